import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, intakeBody, procedureId, uploadFile } from './support/dossier-fixtures.js';
import { createWard } from './support/factories.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let squatter: Awaited<ReturnType<typeof createWard>>;
let squatterDesk: TestClient;
const OURS = 'H15.50.05.13'; // Phường Hải Dương's agency code (seed)
const HEADER = 'MaHoSo,MaTTHC,TenTTHC,TenLinhVuc,KenhThucHien,NgayTiepNhan,TrangThaiHoSo,ChuHoSo,SoDienThoai';
const csv = (codes: string[]) =>
  `${[HEADER, ...codes.map((c) => `${c},1.001193,Khai sinh,Hộ tịch,1,20260320080000,2,Kẻ Chiếm Mã,0900005678`)].join('\r\n')}\r\n`;

async function importCodes(client: TestClient, codes: string[]) {
  const started = await uploadFile(client, '/api/v1/dossiers/imports', 'chiem-ma.csv', csv(codes));
  expect(started.status).toBe(202);
  for (let i = 0; i < 100; i++) {
    const res = await client.get(`/api/v1/dossiers/imports/${started.body.id}`);
    if (res.body.status === 'done' || res.body.status === 'failed') return res.body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('import did not finish');
}

beforeAll(async () => {
  t = await startTestApp();
  at(t, '2026-03-20 09:00');
  squatter = await createWard(t.db, 'kien-an', ['ward_admin', 'one_stop_officer']);
  const admin = await t.loginAs(squatter.usernames.ward_admin ?? '');
  const own = await admin.put('/api/v1/dossiers/settings', { agencyCode: 'H15.50.05.99', secondSupplement: 'warn' });
  expect(own.status).toBe(200);
  squatterDesk = await t.loginAs(squatter.usernames.one_stop_officer ?? '');
});
afterAll(() => t?.close());

describe('one ward cannot block another', () => {
  it("refuses, row by row with a reason, imported codes under another ward's agency prefix", async () => {
    const report = await importCodes(squatterDesk, [`${OURS}-260320-0001`, 'H15.50.05.99-260320-0001']);
    expect(report).toMatchObject({ status: 'done', created: 1, rejectedCount: 1 });
    expect(report.rejected).toEqual([
      { row: 2, code: `${OURS}-260320-0001`, reason: `Mã hồ sơ mang mã đơn vị ${OURS} của phường/xã khác` },
    ]);
  });

  it('takes the next number at the counter when a code was planted, and the planted code never answers', async () => {
    // Planted the old way: while the prefix belonged to nobody (before prefixes were checked).
    await t.db.updateTable('tenants').set({ agency_code: null }).where('code', '=', 'hai-duong').execute();
    const planted = [`${OURS}-260320-0001`, `${OURS}-260320-0002`];
    expect(await importCodes(squatterDesk, planted)).toMatchObject({ created: 2, rejectedCount: 0 });
    await t.db.updateTable('tenants').set({ agency_code: OURS }).where('code', '=', 'hai-duong').execute();

    const desk = await t.loginAs('haiduong.motcua');
    const procedure = await procedureId(desk, '1.001193');
    const first = await desk.post('/api/v1/dossiers', intakeBody(procedure));
    const second = await desk.post('/api/v1/dossiers', intakeBody(procedure));
    expect([first.status, second.status]).toEqual([201, 201]);
    expect([first.body.code, second.body.code]).toEqual([`${OURS}-260320-0003`, `${OURS}-260320-0004`]);

    const lookup = (code: string) => t.client().post('/api/v1/public/dossiers/lookup', { code, phone: '5678' });
    for (const code of planted) expect((await lookup(code)).status).toBe(404);
    expect((await lookup(first.body.code)).status).toBe(200);
  });
});
