// The monthly public results are served from results cached per ward and month (migration 0018's input stamps).
// After each kind of input change, made through the real server, what the public route serves must equal a fresh
// computation of the same month at the same instant (the uncached `monthlyResults`), and the change must show.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publicResultsOut } from '../src/modules/indicators/schemas.js';
import { monthlyResults } from '../src/modules/indicators/use-cases/public-results.js';
import { act, at, intakeBody, procedureId, uploadFile } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
const MONTH = '2026-03';

// Each test changes its ward for good (a frozen month, a day off, imported dossier numbers), so each has a database
// of its own, at 20/03 09:00, and fills the cache itself before the change it follows.
beforeEach(async () => {
  t = await startTestApp();
  at(t, '2026-03-20 09:00');
}, 120_000);
afterEach(() => t?.close());

const served = async (month = MONTH) => {
  const res = await t.client().get(`/api/v1/public/hai-duong/results?month=${month}`);
  expect(res.status).toBe(200);
  return res.body;
};
const fresh = async (month = MONTH) =>
  JSON.parse(JSON.stringify(publicResultsOut.parse(await monthlyResults(t.db, 'hai-duong', month, t.clock.now()))));

/** Serves the month twice (the second from the cache), checks both against a fresh computation. */
async function servedEqualsFresh(month = MONTH) {
  const first = await served(month);
  expect(first).toEqual(await fresh(month));
  expect(await served(month)).toEqual(first);
  return first;
}

const HEADER =
  'MaHoSo,MaTTHC,TenTTHC,TenLinhVuc,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,NgayTra,TrangThaiHoSo';
const ROWS = [
  'H15.50.05.13-260302-0901,1.001193,,,2,20260302090000,20260303090000,20260302150000,20260303080000,10',
  'H15.50.05.13-260304-0902,1.001193,,,1,20260304090000,20260305090000,20260306150000,20260306160000,10',
];

async function importRows(rows: string[]) {
  const desk = await t.loginAs('haiduong.motcua');
  const res = await uploadFile(
    desk,
    '/api/v1/dossiers/imports',
    'thang-3.csv',
    `${[HEADER, ...rows].join('\r\n')}\r\n`,
  );
  expect(res.status).toBeLessThan(300);
  for (let i = 0; i < 100; i++) {
    const job = await desk.get(`/api/v1/dossiers/imports/${res.body.id}`);
    if (job.body.status === 'done') return;
    if (job.body.status === 'failed') throw new Error(JSON.stringify(job.body));
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('import did not finish');
}

// Returned dossiers of 1.001193 received Monday 02/03 09:00 without an appointment (NgayHenTra), processed on 06/03
// and on 04/03: their due moment is the receipt plus the procedure's limit on the working calendar, at each reading
// (docs/DOMAIN.md §4, indicator 2.1), so a limit or a day off moves it with no write to the dossier. The seeded ward
// has no other dossier in March 2026: each test's dossier is the month's only one.
const FINISHED_0306 = 'H15.50.05.13-260302-0901,1.001193,,,1,20260302090000,,20260306150000,20260306160000,10';
const FINISHED_0304 = 'H15.50.05.13-260302-0902,1.001193,,,1,20260302090000,,20260304150000,20260304160000,10';

type Limit = { days: number } | null;

/** Sets a procedure's time limit; returns the procedure's id. */
async function setLimit(admin: TestClient, id: string, limit: Limit) {
  const procedure = (await admin.get(`/api/v1/procedures/${id}`)).body;
  const res = await admin.request('PUT', `/api/v1/procedures/${id}`, { ...procedure, limit });
  expect(res.status).toBe(200);
  return id;
}

/**
 * Imports a row of 1.001193 while the procedure has no limit, so the dossier keeps no due moment of its own, then
 * gives the procedure `limit`; returns the procedure's id.
 */
async function withoutAppointment(admin: TestClient, limit: Limit, row: string) {
  const id = await setLimit(admin, await procedureId(admin, '1.001193'), null);
  await importRows([row]);
  return setLimit(admin, id, limit);
}

/** An indicator's numerator and denominator in served results. */
const figure = (results: { indicators: { code: string; numerator: number; denominator: number }[] }, code: string) => {
  const found = results.indicators.find((r) => r.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  return { numerator: found.numerator, denominator: found.denominator };
};

describe('cached public monthly results', () => {
  it('serve the running month as a fresh computation does', async () => {
    const before = await servedEqualsFresh();
    expect(before.judgedOn).toBe('2026-03-20');
  });

  it('follow a dossier import', async () => {
    const before = await servedEqualsFresh();
    await importRows(ROWS);
    const after = await servedEqualsFresh();
    // Two dossiers received in March, counted by hand.
    expect(after.dossierCount).toBe(before.dossierCount + 2);
  });

  it('follow a counter intake and a status change', async () => {
    const desk = await t.loginAs('haiduong.motcua');
    const before = await servedEqualsFresh();
    const created = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')));
    expect(created.status).toBe(201);
    const openId = created.body.id;
    const afterIntake = await servedEqualsFresh();
    expect(afterIntake.dossierCount).toBe(before.dossierCount + 1);
    const officer = await t.loginAs('haiduong.canbo');
    expect((await act(officer, openId, 'start')).status).toBe(200);
    const finished = await act(officer, openId, 'finish', {
      resultCode: 'KS-01',
      resultFileUrl: 'https://dvc.example/kq/1.pdf',
    });
    expect(finished.body.status).toBe(9);
    const afterFinish = await servedEqualsFresh();
    expect(afterFinish).not.toEqual(afterIntake);
  });

  it("follow a procedure's time limit change", async () => {
    const admin = await t.loginAs('haiduong.admin');
    const received = await withoutAppointment(admin, { days: 10 }, FINISHED_0306);
    // Due 02/03 09:00 + 10 working days = Monday 16/03 09:00 (no day off in March): processed 06/03, early.
    const before = await servedEqualsFresh();
    await setLimit(admin, received, { days: 2 });
    // Due 02/03 09:00 + 2 working days = Wednesday 04/03 09:00: processed 06/03, late.
    const after = await servedEqualsFresh();
    expect(after).not.toEqual(before);
    expect(figure(before, '2.1')).toEqual({ numerator: 1, denominator: 1 });
    expect(figure(after, '2.1')).toEqual({ numerator: 0, denominator: 1 });
  });

  it('follow a holiday calendar edit', async () => {
    const admin = await t.loginAs('haiduong.admin');
    await withoutAppointment(admin, { days: 1 }, FINISHED_0304);
    // Due 02/03 09:00 + 1 working day = Tuesday 03/03 09:00: processed 04/03, late.
    const before = await servedEqualsFresh();
    const city = await t.loginAs('thanhpho.admin');
    const res = await city.post('/api/v1/calendar/days-off', {
      date: '2026-03-03',
      reason: 'Nghỉ hoán đổi',
      noticeNumber: '1/TB-BNV',
      noticeTitle: 'Thông báo nghỉ',
    });
    expect(res.status).toBe(201);
    // 03/03 off: due Wednesday 04/03 09:00, the day it was processed: on time.
    const after = await servedEqualsFresh();
    expect(after).not.toEqual(before);
    expect(figure(before, '2.1')).toEqual({ numerator: 0, denominator: 1 });
    expect(figure(after, '2.1')).toEqual({ numerator: 1, denominator: 1 });
    // 2.2, in working days (07:00-11:30, 13:30-17:00): 02/03 09:00 to 04/03 15:00 is 2.5 days, 1.5 with 03/03 off.
    expect(figure(before, '2.2')).toEqual({ numerator: 2.5, denominator: 1 });
    expect(figure(after, '2.2')).toEqual({ numerator: 1.5, denominator: 1 });
  });

  it('follow the app clock: a new Vietnam day judges the open dossiers again', async () => {
    at(t, '2026-03-20 23:59');
    expect((await servedEqualsFresh()).judgedOn).toBe('2026-03-20');
    at(t, '2026-03-21 00:01');
    expect((await servedEqualsFresh()).judgedOn).toBe('2026-03-21');
    at(t, '2026-03-31 10:00');
    expect((await servedEqualsFresh()).judgedOn).toBe('2026-03-31');
  });

  it('serve a closed month from its frozen revision', async () => {
    at(t, '2026-04-02 09:00');
    const closed = await servedEqualsFresh();
    expect(closed).toMatchObject({ provisional: false, revision: 1 });
    expect(await servedEqualsFresh()).toEqual(closed);
  });
});
