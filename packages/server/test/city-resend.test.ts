import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wardWithPlanInUse } from './support/city-fixtures.js';
import { at } from './support/dossier-fixtures.js';
import { ensureSeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

// A report the city returns is edited and sent again; a deactivated ward is neither ranked nor reminded.
let t: TestApp;
const Q1 = '/api/v1/reports/periods/2026-Q1/report';
const CITY = '/api/v1/city';
const wardWithPlan = (code: string) => wardWithPlanInUse(t.db, code);

const send = (client: TestClient, version: number, number: string, date: string) =>
  client.post(`${Q1}/send`, { version, number, date, recipients: ['UBND thành phố Hải Phòng'] });

type Row = { code: string; status: string; number: string | null; version: number | null; sentOn: string | null };
const inbox = async (admin: TestClient): Promise<Record<string, Row>> =>
  Object.fromEntries(((await admin.get(`${CITY}/inbox?period=2026-Q1`)).body.rows as Row[]).map((r) => [r.code, r]));

/** Saves the texts of the latest version, one section rewritten, as a new version. */
async function edit(client: TestClient, text: string) {
  const report = (await client.get(Q1)).body;
  const key = report.sectionKeys[0] as string;
  return client.post(`${Q1}/versions`, {
    baseVersion: report.current.version,
    sections: { ...report.current.sections, [key]: text },
    meta: report.current.meta,
  });
}

beforeAll(async () => {
  t = await startTestApp();
  at(t, '2026-03-06 09:00');
  await ensureSeedPlan(t.db);
  await wardWithPlan('p-hoa');
  await wardWithPlan('p-cu');
  const haiDuong = await t.loginAs('haiduong.vhxh');
  expect((await haiDuong.post(`${Q1}/generate`, {})).status).toBe(201);
  expect((await send(await t.loginAs('haiduong.chutich'), 1, '15/BC-UBND', '2026-03-06')).status).toBe(200);
  const hoa = await t.loginAs('p-hoa.coordinator');
  expect((await hoa.post(`${Q1}/generate`, {})).status).toBe(201);
  expect((await send(hoa, 1, '7/BC-UBND', '2026-03-06')).status).toBe(200);
}, 120_000);
afterAll(() => t?.close());

describe('a report the city returns is sent again', () => {
  it('shows the return to the ward, takes an edit and a new sending, and the inbox shows the new sending', async () => {
    at(t, '2026-03-07 09:00');
    const admin = await t.loginAs('thanhpho.admin');
    for (const [code, comment] of [
      ['hai-duong', 'Bổ sung số liệu kiểm tra công vụ.'],
      ['p-hoa', 'Thiếu kết quả giải quyết phản ánh.'],
    ]) {
      expect((await admin.post(`${CITY}/inbox/${code}/2026-Q1/return`, { comment })).status).toBe(200);
    }
    expect((await inbox(admin))['hai-duong']?.status).toBe('returned');

    // The ward's coordinator sees the return, its comment, and may edit and send again.
    const coordinator = await t.loginAs('haiduong.vhxh');
    const seen = (await coordinator.get(Q1)).body;
    expect(seen.returned).toMatchObject({ comment: 'Bổ sung số liệu kiểm tra công vụ.' });
    expect(seen.rights).toEqual({ generate: true, edit: true, send: true });
    expect(seen.sent).toMatchObject({ version: 1, number: '15/BC-UBND' });
    // The version the city returned cannot go out again: 400 on the version field.
    const same = await send(coordinator, 1, '16/BC-UBND', '2026-03-07');
    expect(same.status).toBe(400);
    expect(same.body.error.fields.version).toBeTruthy();
    expect((await edit(coordinator, 'Đã kiểm tra công vụ 4 lượt trong quý.')).status).toBe(201);

    // The other ward edits and sends again before the due date (08/03): on time.
    const hoa = await t.loginAs('p-hoa.coordinator');
    expect((await edit(hoa, 'Đã giải quyết 12/12 phản ánh.')).status).toBe(201);
    expect((await send(hoa, 2, '9/BC-UBND', '2026-03-07')).status).toBe(200);

    // Hải Dương sends its edit after the due date: late.
    at(t, '2026-03-10 09:00');
    const sent = await send(await t.loginAs('haiduong.chutich'), 2, '18/BC-UBND', '2026-03-10');
    expect(sent.status).toBe(200);
    expect(sent.body.returned).toBeNull();
    expect(sent.body.rights).toEqual({ generate: false, edit: false, send: false });
    expect(sent.body.sendings.map((s: { number: string; date: string }) => [s.number, s.date])).toEqual([
      ['15/BC-UBND', '2026-03-06'],
      ['18/BC-UBND', '2026-03-10'],
    ]);
    // Sent again, the report is locked again until another return.
    expect((await coordinator.post(`${Q1}/generate`, {})).status).toBe(409);

    const rows = await inbox(admin);
    expect(rows['hai-duong']).toMatchObject({
      status: 'sent_late',
      sentOn: '2026-03-10',
      number: '18/BC-UBND',
      version: 2,
    });
    expect(rows['p-hoa']).toMatchObject({ status: 'on_time', sentOn: '2026-03-07', number: '9/BC-UBND', version: 2 });
    const file = await admin.request('GET', `${CITY}/inbox/hai-duong/2026-Q1/document.docx`);
    expect(file.headers.get('content-disposition')).toContain('hai-duong-bao-cao-cchc-2026-Q1-v2.docx');
  });
});

describe('a deactivated ward', () => {
  it('is neither ranked nor reminded nor given new city tasks, and is listed as inactive', async () => {
    at(t, '2026-03-10 09:00');
    const admin = await t.loginAs('thanhpho.admin');
    expect((await inbox(admin))['p-cu']?.status).toBe('late');
    const overviewOf = async () =>
      (
        (await admin.get(`${CITY}/overview?period=2026-03`)).body.rows as {
          code: string;
          measures: Record<string, { value: number | null; rank: number | null; reasonCode: string | null }>;
        }[]
      ).find((r) => r.code === 'p-cu');
    // Before: its unsent report counts 0 of 1 sent on time, and that is ranked in its block.
    expect((await overviewOf())?.measures.reports).toMatchObject({ value: 0, reasonCode: null });
    expect((await overviewOf())?.measures.reports?.rank).not.toBeNull();

    expect((await admin.patch('/api/v1/tenants/p-cu', { active: false })).status).toBe(200);

    // The inbox and the reminders leave it out: it owes no more reports.
    expect(Object.keys(await inbox(admin))).not.toContain('p-cu');
    at(t, '2026-03-11 09:00');
    expect((await admin.post(`${CITY}/inbox/reminders`, { period: '2026-Q1' })).body.reminded).toEqual([]);
    expect((await admin.post(`${CITY}/inbox/p-cu/2026-Q1/return`, { comment: 'x' })).status).toBe(404);

    // The rankings and the overview list it, unranked, with the reason.
    for (const measure of ['766', 'plan', 'inspection', 'feedback']) {
      const rows = (await admin.get(`${CITY}/rankings?period=2026-03&measure=${measure}`)).body.rows;
      expect(rows.find((r: { code: string }) => r.code === 'p-cu')).toMatchObject({
        value: null,
        rank: null,
        reasonCode: 'inactive',
        reason: 'Phường/xã đã ngừng hoạt động: không xếp hạng',
      });
    }
    expect((await overviewOf())?.measures.reports).toMatchObject({ value: null, rank: null, reasonCode: 'inactive' });

    // A task for all wards skips it; named alone it is unknown.
    const task = {
      content: 'Báo cáo kết quả số hóa hồ sơ',
      documentNumber: '130/UBND-NC',
      documentDate: '2026-03-11',
      scope: 'all',
    };
    const created = await admin.post(`${CITY}/tasks`, task);
    expect(created.status).toBe(201);
    expect([...created.body.assigned, ...created.body.skipped]).not.toContain('p-cu');
    expect(created.body.assigned).toEqual(expect.arrayContaining(['hai-duong', 'p-hoa']));
    const named = await admin.post(`${CITY}/tasks`, { ...task, scope: 'wards', wards: ['p-cu'] });
    expect(named.status).toBe(400);
  });
});
