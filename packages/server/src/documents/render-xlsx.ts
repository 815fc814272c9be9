import type { CellValue, DocumentTable } from '@cchc/domain';
import type ExcelJS from 'exceljs';
import { FONT, SIZE_PT } from './page.js';
import { alignOf, placeHeaderCells, shareWidths } from './table-layout.js';
import { newWorkbook } from './workbook.js';

/** Characters of column width shared between a sheet's columns: about a landscape A4 page at 12 pt. */
const SHEET_WIDTH_CHARS = 140;
const MIN_COLUMN_CHARS = 5;
/** Excel forbids these in sheet names and caps names at 31 characters. */
const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/g;

const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;
const GRID_BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN };

function sheetNames(tables: readonly DocumentTable[]): string[] {
  const used = new Set<string>();
  return tables.map((table, index) => {
    const base = (table.title ?? `Bảng ${index + 1}`).replace(FORBIDDEN_IN_SHEET_NAME, ' ').trim().slice(0, 28);
    let name = base || `Bảng ${index + 1}`;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 27)} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

function styleCell(cell: ExcelJS.Cell, bold: boolean, align: 'left' | 'center' | 'right'): void {
  cell.font = { name: FONT, size: SIZE_PT.table, bold, color: { argb: 'FF000000' } };
  cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
  cell.border = GRID_BORDER;
}

function writeTitle(sheet: ExcelJS.Worksheet, table: DocumentTable): number {
  if (!table.title) return 0;
  sheet.mergeCells(1, 1, 1, table.columns.length);
  const cell = sheet.getCell(1, 1);
  cell.value = table.title;
  cell.font = { name: FONT, size: SIZE_PT.body, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  return 1;
}

function writeHeader(sheet: ExcelJS.Worksheet, table: DocumentTable, top: number): number {
  const rows = placeHeaderCells(table);
  // Every cell of the header area gets borders first, so merged areas are outlined whole.
  for (let r = 1; r <= rows.length; r += 1) {
    for (let c = 1; c <= table.columns.length; c += 1) styleCell(sheet.getCell(top + r, c), true, 'center');
  }
  for (const cell of rows.flat()) {
    const row = top + 1 + cell.row;
    const column = 1 + cell.column;
    sheet.getCell(row, column).value = cell.text;
    if (cell.rowSpan > 1 || cell.columnSpan > 1) {
      sheet.mergeCells(row, column, row + cell.rowSpan - 1, column + cell.columnSpan - 1);
    }
  }
  return top + rows.length;
}

function writeValues(
  sheet: ExcelJS.Worksheet,
  table: DocumentTable,
  row: number,
  values: readonly CellValue[],
  bold: boolean,
) {
  table.columns.forEach((column, index) => {
    const value = values[index] ?? null;
    const cell = sheet.getCell(row, index + 1);
    cell.value = value;
    styleCell(cell, bold, alignOf(column, value));
  });
}

function writeBody(sheet: ExcelJS.Worksheet, table: DocumentTable, top: number): void {
  let row = top;
  for (const values of table.rows) {
    row += 1;
    if ('group' in values) {
      for (let c = 1; c <= table.columns.length; c += 1) styleCell(sheet.getCell(row, c), true, 'left');
      sheet.mergeCells(row, 1, row, table.columns.length);
      sheet.getCell(row, 1).value = values.group;
    } else {
      writeValues(sheet, table, row, values, false);
    }
  }
  if (table.totals) writeValues(sheet, table, row + 1, table.totals, true);
}

function addSheet(workbook: ExcelJS.Workbook, table: DocumentTable, name: string): void {
  const wide = table.columns.length > 6;
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: wide ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  shareWidths(table.columns, SHEET_WIDTH_CHARS).forEach((width, index) => {
    sheet.getColumn(index + 1).width = Math.max(MIN_COLUMN_CHARS, width);
  });
  const titleRows = writeTitle(sheet, table);
  const headerEnd = writeHeader(sheet, table, titleRows);
  writeBody(sheet, table, headerEnd);
  sheet.views = [{ state: 'frozen', ySplit: headerEnd }];
  sheet.pageSetup.printTitlesRow = `${titleRows + 1}:${headerEnd}`;
}

/**
 * Renders appendix tables to an .xlsx workbook, one sheet per table named after its title: Times New Roman, bold
 * header rows with their merges, group rows merged across, a bold totals row, numbers kept as numbers.
 */
export async function renderXlsx(tables: readonly DocumentTable[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'cchc';
  const names = sheetNames(tables);
  tables.forEach((table, index) => {
    addSheet(workbook, table, names[index] ?? `Bảng ${index + 1}`);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
