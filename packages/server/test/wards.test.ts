import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { intakeBody, procedureId } from './support/dossier-fixtures.js';
import { SEED_TEXT, upload } from './support/plan-fixtures.js';
import { sheetBase64 } from './support/sheets.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let city: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  city = await t.loginAs('thanhpho.admin');
});
afterAll(() => t?.close());

const LE_CHAN = {
  code: 'le-chan',
  name: 'Phường Lê Chân',
  kind: 'ward',
  agencyCode: '000.00.15.H26',
  adminUnitCode: '11311',
  templateCode: 'hai-duong',
  firstAdmin: { username: 'lechan.admin', fullName: 'Quản trị Lê Chân', password: DEMO_PASSWORD },
};

/** Runs `make` once, however many tests ask: each test asks for the state it needs, in any order. */
const once = <T>(make: () => Promise<T>) => {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make();
    return made;
  };
};

/** Lê Chân created by the city admin (the response of its creation). */
const leChanCreated = once(() => city.post('/api/v1/tenants', LE_CHAN));

/** Lê Chân at work: three accounts, its plan imported and in use, a task update, a dossier; what each step answered. */
const leChanAtWork = once(async () => {
  await leChanCreated();
  const admin = await t.loginAs('lechan.admin');
  const accounts: { username: string; status: number }[] = [];
  for (const [username, roles, unitCode] of [
    ['lechan.vhxh', ['coordinator'], 'VHXH'],
    ['lechan.motcua', ['one_stop_officer'], 'TTPVHCC'],
    ['lechan.canbo', ['officer'], 'TTPVHCC'],
  ] as const) {
    const units = (await admin.get('/api/v1/units')).body as { id: string; code: string }[];
    const unitId = units.find((u) => u.code === unitCode)?.id;
    const made = await admin.post('/api/v1/users', {
      username,
      fullName: username,
      password: DEMO_PASSWORD,
      roles,
      unitId,
    });
    accounts.push({ username, status: made.status });
  }
  const vhxh = await t.loginAs('lechan.vhxh');
  const imported = await vhxh.post('/api/v1/plans/imports', upload('ke-hoach.txt', SEED_TEXT));
  const plan = imported.body as { planId: string };
  const inUse = await vhxh.post(`/api/v1/plans/${plan.planId}/in-use`);
  const officer = await t.loginAs('lechan.canbo');
  const tasks = (await officer.get('/api/v1/tasks')).body.tasks as { id: string; no: number }[];
  const task20 = tasks.find((x) => x.no === 20);
  const progress = await officer.post(`/api/v1/tasks/${task20?.id}/updates`, { progress: 30, comment: 'Bắt đầu' });
  const desk = await t.loginAs('lechan.motcua');
  const dossier = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')));
  const report = await vhxh.get('/api/v1/indicators?period=2026-03');
  return {
    accounts,
    imported,
    plan,
    inUse,
    task20,
    progress,
    dossier,
    dossierCode: dossier.body.code as string,
    report,
  };
});

describe('a ward created by the city admin', () => {
  it('starts with its block, codes, the usual units, the template settings and its first admin', async () => {
    const res = await leChanCreated();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      code: 'le-chan',
      kind: 'ward',
      block: 'ward',
      shortName: 'Lê Chân',
      agencyCode: '000.00.15.H26',
      adminUnitCode: '11311',
      active: true,
      copiedSettingsFrom: 'hai-duong',
      firstAdmin: { username: 'lechan.admin' },
    });
    expect(res.body.firstAdmin.password).toBeUndefined();
    expect(res.body.units.map((u: { code: string }) => u.code)).toEqual([
      'VHXH',
      'VP',
      'TTPVHCC',
      'KTHTDT',
      'CA',
      'TTDVSNC',
      'DTT',
      'BCD',
    ]);
    const got = await city.get('/api/v1/tenants/le-chan');
    expect(got.body).toMatchObject({ code: 'le-chan', block: 'ward' });
  });

  it('puts a commune and a special zone in the commune block, their units named for the level', async () => {
    const commune = await city.post('/api/v1/tenants', { code: 'an-lao', name: 'Xã An Lão', kind: 'commune' });
    expect(commune.body).toMatchObject({ block: 'commune', shortName: 'An Lão', firstAdmin: null });
    expect(commune.body.units.find((u: { code: string }) => u.code === 'CA').name).toBe('Công an xã');
    const zone = await city.post('/api/v1/tenants', { code: 'cat-hai', name: 'Đặc khu Cát Hải', kind: 'special_zone' });
    expect(zone.body).toMatchObject({ block: 'commune', shortName: 'Cát Hải' });
    const generated = await city.post('/api/v1/tenants', {
      code: 'bach-long-vi',
      name: 'Đặc khu Bạch Long Vĩ',
      kind: 'special_zone',
      firstAdmin: { username: 'blv.admin', fullName: 'Quản trị BLV' },
    });
    expect(generated.body.firstAdmin.password).toMatch(/^.{12}$/);
    expect((await t.client().login('blv.admin', generated.body.firstAdmin.password)).status).toBe(204);
  });

  it('refuses a taken code, a taken agency code, a wrong block and a bad kind with field messages', async () => {
    await leChanCreated();
    const again = await city.post('/api/v1/tenants', { ...LE_CHAN, firstAdmin: undefined });
    expect(again.status).toBe(409);
    expect(again.body.error.fieldReasons.code).toEqual({ code: 'code_taken', values: { code: 'le-chan' } });
    const agency = await city.post('/api/v1/tenants', {
      code: 'x1',
      name: 'Phường X',
      kind: 'ward',
      agencyCode: 'H15.50.05.13',
    });
    expect(agency.status).toBe(409);
    expect(agency.body.error.fieldReasons.agencyCode).toMatchObject({
      code: 'agency_code_taken',
      values: { code: 'H15.50.05.13' },
    });
    const block = await city.post('/api/v1/tenants', { code: 'x2', name: 'Xã X', kind: 'commune', block: 'ward' });
    expect(block.status).toBe(400);
    expect(block.body.error.fieldReasons.block).toEqual({
      code: 'block_mismatch',
      values: { block: 'ward', kind: 'commune' },
    });
    const kind = await city.post('/api/v1/tenants', { code: 'x3', name: 'Quận X', kind: 'district' });
    expect(kind.status).toBe(400);
    expect((await city.get('/api/v1/tenants')).body.map((x: { code: string }) => x.code)).not.toContain('x1');
  });

  it('is not created, renamed or merged by a ward admin', async () => {
    const ward = await t.loginAs('haiduong.admin');
    expect((await ward.post('/api/v1/tenants', { code: 'x4', name: 'Phường Y', kind: 'ward' })).status).toBe(403);
    expect((await ward.patch('/api/v1/tenants/hai-duong', { name: 'Phường Khác' })).status).toBe(403);
  });

  it('imports its plan, takes its first accounts, task update, dossier and report without the seed ward', async () => {
    const w = await leChanAtWork();
    for (const { username, status } of w.accounts) expect(status, username).toBe(201);
    expect(w.imported.status).toBe(201);
    expect(w.inUse.status).toBe(200);
    expect(w.task20).toBeDefined();
    expect(w.progress.status).toBe(200);
    expect(w.dossier.status).toBe(201);
    expect(w.dossierCode.startsWith('000.00.15.H26')).toBe(true);
    expect(w.report.status).toBe(200);
    expect(w.report.body.tenant.code).toBe('le-chan');
  });

  it("never shows the second ward's users, dossiers or plan to the first, nor the first's to the second", async () => {
    const { plan, dossierCode } = await leChanAtWork();
    const seedAdmin = await t.loginAs('haiduong.admin');
    const users = (await seedAdmin.get('/api/v1/users')).body.map((u: { username: string }) => u.username);
    expect(users.some((u: string) => u.startsWith('lechan.'))).toBe(false);
    const seedDesk = await t.loginAs('haiduong.motcua');
    const dossiers = await seedDesk.get('/api/v1/dossiers?pageSize=200');
    expect(JSON.stringify(dossiers.body)).not.toContain(dossierCode);
    const seedPlan = (await (await t.loginAs('haiduong.vhxh')).get('/api/v1/plans/current')).body;
    expect(seedPlan.id).not.toBe(plan.planId);
    expect((await seedAdmin.get(`/api/v1/plans/${plan.planId}`)).status).toBe(404);
    expect((await seedAdmin.get('/api/v1/tenants/le-chan')).status).toBe(404);
    expect((await seedAdmin.get('/api/v1/tenants')).body.map((x: { code: string }) => x.code)).toEqual(['hai-duong']);
    // A ward admin cannot use the city's ward picker to look into another ward.
    expect((await seedAdmin.get('/api/v1/users', { 'x-cchc-tenant': 'le-chan' })).status).toBe(403);
    const newAdmin = await t.loginAs('lechan.admin');
    const theirs = (await newAdmin.get('/api/v1/users')).body.map((u: { username: string }) => u.username);
    expect(theirs.every((u: string) => u.startsWith('lechan.'))).toBe(true);
  });

  it('lets the city admin pick the ward and read its pages', async () => {
    const { plan, dossierCode } = await leChanAtWork();
    const pick = { 'x-cchc-tenant': 'le-chan' };
    const me = await city.get('/api/v1/auth/me', pick);
    expect(me.body.tenant.code).toBe('le-chan');
    expect((await city.get('/api/v1/plans/current', pick)).body.id).toBe(plan.planId);
    expect(JSON.stringify((await city.get('/api/v1/dossiers', pick)).body)).toContain(dossierCode);
    expect((await city.get('/api/v1/users', pick)).body.map((u: { username: string }) => u.username)).toContain(
      'lechan.vhxh',
    );
    expect((await city.get('/api/v1/plans/current', { 'x-cchc-tenant': 'no-such-ward' })).status).toBe(404);
  });

  it("opens the picked ward's downloads through the picker's cookie, for the city's reads only", async () => {
    const { plan } = await leChanAtWork();
    const cookie = { cookie: 'cchc_ward=le-chan' };
    const exported = await city.get(`/api/v1/plans/${plan.planId}/export.xlsx`, cookie);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain('spreadsheetml');
    expect((await city.get('/api/v1/auth/me', cookie)).body.tenant.code).toBe('le-chan');
    // Without the pick the city admin is in the city, whose roles read no ward's plan.
    expect((await city.get(`/api/v1/plans/${plan.planId}/export.xlsx`)).status).toBe(403);
    // A ward account is never moved by a left-over cookie: it reads its own ward, and the other ward stays hidden.
    const seedAdmin = await t.loginAs('haiduong.admin');
    expect((await seedAdmin.get('/api/v1/auth/me', cookie)).body.tenant.code).toBe('hai-duong');
    expect((await seedAdmin.get(`/api/v1/plans/${plan.planId}/export.xlsx`, cookie)).status).toBe(404);
  });

  it('renames, deactivates (read only, data kept) and reactivates', async () => {
    const { plan } = await leChanAtWork();
    const renamed = await city.patch('/api/v1/tenants/le-chan', {
      name: 'Phường Lê Chân mới',
      shortName: 'Lê Chân mới',
    });
    expect(renamed.body).toMatchObject({ name: 'Phường Lê Chân mới', shortName: 'Lê Chân mới' });
    expect((await city.patch('/api/v1/tenants/le-chan', { active: false })).body.active).toBe(false);
    const admin = await t.loginAs('lechan.admin');
    const write = await admin.post('/api/v1/users', {
      username: 'lechan.new',
      fullName: 'Mới',
      password: DEMO_PASSWORD,
      roles: ['officer'],
    });
    expect(write.status).toBe(403);
    expect(write.body.error.message).toMatch(/ngừng hoạt động/);
    expect((await admin.get('/api/v1/users')).body.length).toBe(4);
    expect((await (await t.loginAs('lechan.vhxh')).get(`/api/v1/plans/${plan.planId}`)).status).toBe(200);
    const citizen = await t.client().post('/api/v1/public/le-chan/feedback', { content: 'Phản ánh thử' });
    expect(citizen.status).toBe(403);
    expect(citizen.body.error.message).toMatch(/ngừng hoạt động/);
    expect((await city.patch('/api/v1/tenants/le-chan', { active: true })).body.active).toBe(true);
    const again = await admin.post('/api/v1/users', {
      username: 'lechan.new',
      fullName: 'Mới',
      password: DEMO_PASSWORD,
      roles: ['officer'],
    });
    expect(again.status).toBe(201);
  });

  it('records a merger: the former unit is deactivated and listed under the ward it became', async () => {
    await leChanCreated();
    await city.post('/api/v1/tenants', { code: 'trai-cau', name: 'Phường Trại Cau', kind: 'ward' });
    const merged = await city.post('/api/v1/tenants/le-chan/mergers', {
      formerName: 'Phường Trại Cau',
      formerCode: '11320',
      formerTenantCode: 'trai-cau',
    });
    expect(merged.status).toBe(201);
    expect(merged.body).toEqual([
      {
        id: expect.any(String),
        formerName: 'Phường Trại Cau',
        formerCode: '11320',
        formerTenantCode: 'trai-cau',
        effectiveOn: '2025-07-01',
      },
    ]);
    expect((await city.get('/api/v1/tenants/trai-cau')).body.active).toBe(false);
    const twice = await city.post('/api/v1/tenants/le-chan/mergers', { formerName: 'Phường Trại Cau' });
    expect(twice.status).toBe(409);
  });
});

describe('settings copied from a template ward', () => {
  it("copies the template's office hours and procedure catalogue, units mapped by code; no template, no copy", async () => {
    const hours = {
      periods: [
        { from: '07:30', to: '11:30' },
        { from: '13:30', to: '17:00' },
      ],
      saturdayCounter: null,
    };
    expect(
      (await (await t.loginAs('haiduong.admin')).request('PUT', '/api/v1/calendar/office-hours', hours)).status,
    ).toBe(200);
    await city.post('/api/v1/tenants', {
      code: 'copy-a',
      name: 'Phường Copy A',
      kind: 'ward',
      templateCode: 'hai-duong',
    });
    await city.post('/api/v1/tenants', { code: 'copy-b', name: 'Phường Copy B', kind: 'ward' });
    const rows = await t.db
      .selectFrom('office_hours as o')
      .innerJoin('tenants as x', 'x.id', 'o.tenant_id')
      .select(['x.code', 'o.periods'])
      .where('x.code', 'in', ['copy-a', 'copy-b'])
      .execute();
    expect(rows).toEqual([{ code: 'copy-a', periods: hours.periods }]);
    const procedures = await t.db
      .selectFrom('procedures as p')
      .innerJoin('tenants as x', 'x.id', 'p.tenant_id')
      .leftJoin('units as u', (j) => j.onRef('u.tenant_id', '=', 'p.tenant_id').onRef('u.id', '=', 'p.unit_id'))
      .select(['x.code as ward', 'p.code', 'u.code as unit'])
      .where('x.code', 'in', ['hai-duong', 'copy-a', 'copy-b'])
      .orderBy('p.code')
      .execute();
    const of = (ward: string) => procedures.filter((p) => p.ward === ward).map((p) => [p.code, p.unit]);
    expect(of('copy-a')).toEqual(of('hai-duong'));
    expect(of('copy-a').length).toBeGreaterThan(0);
    expect(of('copy-b')).toEqual([]);
  });
});

describe('a ward whose units come from a sheet', () => {
  it('takes the units with their aliases, which the plan importer then recognises', async () => {
    const contentBase64 = await sheetBase64([
      ['Mã', 'Tên đơn vị', 'Tên viết tắt', 'Tên khác'],
      ['VP', 'Văn phòng HĐND và UBND xã', 'VP HĐND&UBND', 'Văn phòng HĐND&UBND; VP HĐND và UBND'],
      ['VHXH', 'Phòng Văn hóa - Xã hội', 'Phòng VHXH', 'Phòng VHXH'],
      ['TTPVHCC', 'Trung tâm Phục vụ hành chính công', 'TT PVHCC', 'Trung tâm phục vụ HCC'],
    ]);
    const res = await city.post('/api/v1/tenants', {
      code: 'tan-tien',
      name: 'Xã Tân Tiến',
      kind: 'commune',
      unitsFile: { fileName: 'don-vi.xlsx', contentBase64 },
      firstAdmin: { username: 'tantien.admin', fullName: 'Quản trị Tân Tiến', password: DEMO_PASSWORD },
    });
    expect(res.status).toBe(201);
    expect(res.body.units).toEqual([
      { code: 'VP', name: 'Văn phòng HĐND và UBND xã' },
      { code: 'VHXH', name: 'Phòng Văn hóa - Xã hội' },
      { code: 'TTPVHCC', name: 'Trung tâm Phục vụ hành chính công' },
    ]);
    const admin = await t.loginAs('tantien.admin');
    const units = (await admin.get('/api/v1/units')).body as { code: string; aliases: string[] }[];
    expect(units.find((u) => u.code === 'VP')?.aliases).toEqual(['Văn phòng HĐND&UBND', 'VP HĐND và UBND']);
    const preview = await admin.post('/api/v1/plans/imports/preview', upload('ke-hoach.txt', SEED_TEXT));
    expect(preview.status).toBe(200);
    const unknown = preview.body.unknownUnits.map((u: { name: string }) => u.name);
    expect(unknown).not.toContain('Văn phòng HĐND&UBND');
    expect(unknown).not.toContain('Trung tâm phục vụ HCC');
    expect(unknown).toContain('Công an phường');
  });

  it('refuses a unit sheet with a row it cannot read, naming the row, and creates nothing', async () => {
    const contentBase64 = await sheetBase64([
      ['Mã', 'Tên'],
      ['VP', 'Văn phòng'],
      ['mã sai!', 'X'],
    ]);
    const res = await city.post('/api/v1/tenants', {
      code: 'tan-tien-2',
      name: 'Xã Tân Tiến 2',
      kind: 'commune',
      unitsFile: { fileName: 'don-vi.xlsx', contentBase64 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/dòng 3/);
    expect(res.body.error.fieldReasons['units.3.code']).toMatchObject({ code: 'invalid_format', values: { row: 3 } });
    expect((await city.get('/api/v1/tenants/tan-tien-2')).status).toBe(404);
  });
});

describe('the whole city from one spreadsheet', () => {
  const HEADER = ['Mã', 'Tên', 'Loại', 'Khối', 'Mã một cửa', 'Mã ĐVHC', 'Quản trị'];
  const rows = [
    HEADER,
    ['kien-an', 'Phường Kiến An', 'Phường', 'Khối phường', 'H15.60.01', '11400', 'kienan.admin'],
    ['tien-lang', 'Xã Tiên Lãng', 'Xã', 'Khối xã', null, '11800', null],
    ['sai-khoi', 'Xã Sai Khối', 'Xã', 'Khối phường', null, null, null],
    ['quan-x', 'Quận X', 'Quận', null, null, null, null],
  ];

  it('creates, reports each row, and changes nothing when sent again', async () => {
    const body = { fileName: 'thanh-pho.xlsx', contentBase64: await sheetBase64(rows) };
    const first = await city.post('/api/v1/tenants/import', body);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: 2, updated: 0, unchanged: 0, errors: 2 });
    expect(first.body.rows.map((r: { row: number; action: string }) => [r.row, r.action])).toEqual([
      [2, 'created'],
      [3, 'created'],
      [4, 'error'],
      [5, 'error'],
    ]);
    expect(first.body.rows[0].password).toMatch(/.{12}/);
    expect(first.body.rows[2].fields.block).toBeDefined();
    expect(first.body.rows[3].fields.kind).toBeDefined();
    const second = await city.post('/api/v1/tenants/import', body);
    expect(second.body).toMatchObject({ created: 0, updated: 0, unchanged: 2, errors: 2 });
    const renamed = rows.map((r) => (r[0] === 'tien-lang' ? ['tien-lang', 'Xã Tiên Lãng mới', ...r.slice(2)] : r));
    const third = await city.post('/api/v1/tenants/import', {
      fileName: 'b.xlsx',
      contentBase64: await sheetBase64(renamed),
    });
    expect(third.body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect((await city.get('/api/v1/tenants/tien-lang')).body).toMatchObject({
      name: 'Xã Tiên Lãng mới',
      block: 'commune',
    });
  });

  it('says which columns it looked for when the header is not there, and refuses an empty file', async () => {
    const bad = await city.post('/api/v1/tenants/import', {
      fileName: 'a.xlsx',
      contentBase64: await sheetBase64([['A', 'B']]),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/code, name, kind/);
    expect((await city.post('/api/v1/tenants/import', { fileName: 'a.xlsx', contentBase64: '' })).status).toBe(400);
  });

  it("creates a ward's accounts in bulk from a sheet, once", async () => {
    // A ward of its own, so the test needs no other to have run.
    const made = await city.post('/api/v1/tenants', {
      code: 'do-son',
      name: 'Phường Đồ Sơn',
      kind: 'ward',
      firstAdmin: { username: 'doson.admin', fullName: 'Quản trị Đồ Sơn' },
    });
    expect(made.status).toBe(201);
    const sheet = await sheetBase64([
      ['Tên đăng nhập', 'Họ và tên', 'Vai trò', 'Mã đơn vị'],
      ['doson.vhxh', 'Nguyễn Thị Hoa', 'coordinator', 'VHXH'],
      ['doson.canbo', 'Trần Văn Bình', 'officer', 'KTHTDT'],
      ['doson.sai', 'Lê Sai', 'officer', 'KHONGCO'],
    ]);
    const res = await city.post('/api/v1/tenants/do-son/accounts/import', {
      fileName: 'tk.xlsx',
      contentBase64: sheet,
    });
    expect(res.body).toMatchObject({ created: 2, errors: 1 });
    expect(res.body.rows[2].fields.unitCode).toMatch(/KHONGCO/);
    const again = await city.post('/api/v1/tenants/do-son/accounts/import', {
      fileName: 'tk.xlsx',
      contentBase64: sheet,
    });
    expect(again.body).toMatchObject({ created: 0, unchanged: 2, errors: 1 });
    const pick = { 'x-cchc-tenant': 'do-son' };
    const users = (await city.get('/api/v1/users', pick)).body.map((u: { username: string }) => u.username).sort();
    expect(users).toEqual(['doson.admin', 'doson.canbo', 'doson.vhxh']);
    const other = await t.loginAs('haiduong.admin');
    expect(
      (await other.post('/api/v1/tenants/do-son/accounts/import', { fileName: 'tk.xlsx', contentBase64: sheet }))
        .status,
    ).toBe(404);
  });
});
