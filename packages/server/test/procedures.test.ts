import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { uploadFile } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

async function catalogueWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const list = workbook.addWorksheet('Danh mục');
  list.addRow([
    'Mã TTHC',
    'Tên thủ tục',
    'Lĩnh vực',
    'Thời hạn giải quyết',
    'Phí, lệ phí',
    'Mức độ',
    'Đơn vị thực hiện',
  ]);
  list.addRow([
    '1.004227',
    'Đăng ký khai tử',
    'Hộ tịch',
    '01 ngày làm việc',
    '',
    'Toàn trình',
    'Phòng Văn hóa - Xã hội',
  ]);
  list.addRow(['2.000908', 'Chứng thực bản sao (sửa)', 'Chứng thực', '4 giờ', '2.000', 'Một phần', 'TTPVHCC']);
  list.addRow(['', 'Không mã', 'Hộ tịch', '1 ngày', '', '', '']);
  list.addRow(['1.000001', 'Thời hạn lạ', 'Hộ tịch', 'tùy trường hợp', '', '', '']);
  const steps = workbook.addWorksheet('Quy trình');
  steps.addRow(['Mã TTHC', 'Bước', 'Tên bước', 'Đơn vị', 'Thời gian (giờ)']);
  steps.addRow(['1.004227', 1, 'Tiếp nhận', 'TTPVHCC', 2]);
  steps.addRow(['1.004227', 2, 'Thẩm định, trình ký', 'VHXH', 4]);
  steps.addRow(['1.004227', 3, 'Xác nhận của cơ quan BHXH', 'Bảo hiểm xã hội khu vực', 2]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('procedure catalogue', () => {
  it('seeds five demo procedures with limits, fees and steps', async () => {
    // The tests below import and edit procedures in the shared database; the seed is read from a fresh copy.
    const seeded = await startTestApp();
    onTestFinished(() => seeded.close());
    const c = await seeded.loginAs('haiduong.canbo');
    const list = await c.get('/api/v1/procedures');
    expect(list.body).toHaveLength(5);
    expect(list.body.every((p: { demo: boolean }) => p.demo)).toBe(true);
    const license = list.body.find((p: { code: string }) => p.code === '1.009994');
    expect(license).toMatchObject({ limit: { days: 15 }, fee: 75000, onlineLevel: 'full', field: 'Xây dựng' });
    expect(license.steps.map((s: { budgetHours: number }) => s.budgetHours)).toEqual([4, 96, 16, 4]);
  });

  it('imports a catalogue from .xlsx: new and updated procedures, steps, other agencies, rejected rows', async () => {
    const admin = await t.loginAs('haiduong.admin');
    const res = await uploadFile(admin, '/api/v1/procedures/import', 'danh-muc.xlsx', await catalogueWorkbook());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 1, updated: 1 });
    expect(res.body.rejected).toEqual([
      { row: 4, code: null, reason: 'Thiếu mã thủ tục' },
      { row: 5, code: '1.000001', reason: 'Không hiểu thời hạn "tùy trường hợp"' },
    ]);
    const list = (await admin.get('/api/v1/procedures')).body;
    const death = list.find((p: { code: string }) => p.code === '1.004227');
    expect(death).toMatchObject({ limit: { days: 1 }, fee: null, onlineLevel: 'full', demo: false, incomplete: false });
    expect(death.steps).toMatchObject([
      { no: 1, name: 'Tiếp nhận', budgetHours: 2, agency: null },
      { no: 2, budgetHours: 4, agency: null },
      { no: 3, unitId: null, agency: 'Bảo hiểm xã hội khu vực' },
    ]);
    const copy = list.find((p: { code: string }) => p.code === '2.000908');
    expect(copy).toMatchObject({
      name: 'Chứng thực bản sao (sửa)',
      limit: { hours: 4 },
      fee: 2000,
      onlineLevel: 'partial',
    });
  });

  it('lets the form complete a procedure and refuses a duplicate code or the wrong role', async () => {
    const admin = await t.loginAs('haiduong.admin');
    const body = {
      code: '1.000002',
      name: 'Đăng ký giám hộ',
      field: 'Hộ tịch',
      limit: { days: 3 },
      fee: null,
      onlineLevel: 'partial',
      returnsPaperResult: true,
      steps: [{ name: 'Tiếp nhận', budgetHours: 4 }],
    };
    const created = await admin.post('/api/v1/procedures', body);
    expect(created.status).toBe(201);
    expect((await admin.post('/api/v1/procedures', body)).status).toBe(409);
    const updated = await admin.request('PUT', `/api/v1/procedures/${created.body.id}`, { ...body, fee: 5000 });
    expect(updated.body).toMatchObject({ fee: 5000, steps: [{ no: 1, name: 'Tiếp nhận' }] });
    const officer = await t.loginAs('haiduong.canbo');
    expect((await officer.post('/api/v1/procedures', { ...body, code: 'X' })).status).toBe(403);
  });
});
