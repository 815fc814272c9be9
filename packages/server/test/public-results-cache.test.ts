// The monthly public results are served from results cached per ward and month (migration 0018's input stamps).
// After each kind of input change, made through the real server, what the public route serves must equal a fresh
// computation of the same month at the same instant (the uncached `monthlyResults`), and the change must show.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publicResultsOut } from '../src/modules/indicators/schemas.js';
import { monthlyResults } from '../src/modules/indicators/use-cases/public-results.js';
import { act, at, intakeBody, procedureId, uploadFile } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

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
    await servedEqualsFresh();
    const id = await procedureId(admin, '1.001193');
    const procedure = (await admin.get(`/api/v1/procedures/${id}`)).body;
    const res = await admin.request('PUT', `/api/v1/procedures/${id}`, { ...procedure, limit: { days: 10 } });
    expect(res.status).toBe(200);
    await servedEqualsFresh();
  });

  it('follow a holiday calendar edit', async () => {
    const city = await t.loginAs('thanhpho.admin');
    await servedEqualsFresh();
    const res = await city.post('/api/v1/calendar/days-off', {
      date: '2026-03-03',
      reason: 'Nghỉ hoán đổi',
      noticeNumber: '1/TB-BNV',
      noticeTitle: 'Thông báo nghỉ',
    });
    expect(res.status).toBe(201);
    await servedEqualsFresh();
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
