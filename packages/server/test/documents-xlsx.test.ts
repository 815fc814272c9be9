import type { DocumentTable } from '@cchc/domain';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderXlsx } from '../src/documents/index.js';

const received: DocumentTable = {
  title: 'Biểu II.06a: Kết quả giải quyết TTHC',
  columns: [
    { title: 'Đơn vị', width: 40 },
    { title: 'Tổng số', width: 15 },
    { title: 'Trực tuyến', width: 15 },
    { title: 'Trực tiếp, BCCI', width: 15 },
    { title: 'Ghi chú', width: 15 },
  ],
  headerRows: [
    [
      { text: 'Đơn vị', rowSpan: 2 },
      { text: 'Số hồ sơ nhận giải quyết', colSpan: 3 },
      { text: 'Ghi chú', rowSpan: 2 },
    ],
    [{ text: 'Tổng số' }, { text: 'Trực tuyến' }, { text: 'Trực tiếp, BCCI' }],
  ],
  rows: [
    { group: 'I. Hộ tịch' },
    ['Phòng Văn hóa - Xã hội', 1250, 900, 350, null],
    ['Công an phường', 40, 10.25, 29.75, 'Số liệu tạm'],
  ],
  totals: ['Tổng cộng', 1290, 910.25, 379.75, null],
};

const plain: DocumentTable = {
  columns: [
    { title: 'TT', width: 10 },
    { title: 'Nhiệm vụ', width: 90 },
  ],
  rows: [[1, 'Ban hành kế hoạch']],
};

describe('renderXlsx', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const buffer = await renderXlsx([received, plain, { ...plain, title: 'Biểu II.06a: Kết quả giải quyết TTHC' }]);
    workbook = new ExcelJS.Workbook();
    // exceljs declares its own Buffer type (an ArrayBuffer); at run time it reads Node's Buffer.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  });

  it('names one sheet per table after its title, without characters Excel forbids, each name unique', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Biểu II.06a  Kết quả giải qu',
      'Bảng 2',
      'Biểu II.06a  Kết quả giải q 2',
    ]);
  });

  it('reads back the same cells: title, merged header, group row, values as numbers, totals', () => {
    const sheet = workbook.worksheets[0]!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(sheet.getCell('A1').value).toBe('Biểu II.06a: Kết quả giải quyết TTHC');
    expect(values(2)).toEqual([
      'Đơn vị',
      'Số hồ sơ nhận giải quyết',
      'Số hồ sơ nhận giải quyết',
      'Số hồ sơ nhận giải quyết',
      'Ghi chú',
    ]);
    expect(values(3)).toEqual(['Đơn vị', 'Tổng số', 'Trực tuyến', 'Trực tiếp, BCCI', 'Ghi chú']);
    expect(sheet.getCell('A3').isMerged && sheet.getCell('A3').master.address).toBe('A2');
    expect(sheet.getCell('D2').master.address).toBe('B2');
    expect(sheet.getCell('A4').value).toBe('I. Hộ tịch');
    expect(sheet.getCell('E4').master.address).toBe('A4');
    expect(values(5)).toEqual(['Phòng Văn hóa - Xã hội', 1250, 900, 350]);
    expect(values(6)).toEqual(['Công an phường', 40, 10.25, 29.75, 'Số liệu tạm']);
    expect(values(7)).toEqual(['Tổng cộng', 1290, 910.25, 379.75]);
  });

  it('uses Times New Roman, bold headers and totals, borders, column widths by weight and a frozen header', () => {
    const sheet = workbook.worksheets[0]!;
    for (const address of ['A2', 'B3', 'A5', 'B6', 'A7'])
      expect(sheet.getCell(address).font?.name).toBe('Times New Roman');
    expect(sheet.getCell('B2').font?.bold).toBe(true);
    expect(sheet.getCell('B5').font?.bold).toBeFalsy();
    expect(sheet.getCell('B7').font?.bold).toBe(true);
    expect(sheet.getCell('B5').border?.left?.style).toBe('thin');
    expect(sheet.getCell('B2').alignment?.horizontal).toBe('center');
    const widths = [1, 2, 3].map((index) => sheet.getColumn(index).width ?? 0);
    expect(widths[0]).toBeGreaterThan(widths[1] ?? 0);
    expect(widths[1]).toBe(widths[2]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(workbook.worksheets[1]!.getCell('A1').value).toBe('TT');
    expect(workbook.worksheets[1]!.getCell('B2').value).toBe('Ban hành kế hoạch');
  });
});
