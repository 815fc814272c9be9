// The hand-built month of the domain's indicator tests (packages/domain/src/indicators/test-support/march-2026.ts),
// entered through the API with the clock moved to each event, must give the same `cchc indicators --json` figures as
// the domain computes for that month.
import { computeIndicators, periodOf } from '@cchc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar2026 } from '../../domain/src/dossiers/test-support/build.js';
import { MARCH_DOSSIERS, MARCH_PROCEDURES } from '../../domain/src/indicators/test-support/march-2026.js';
import { DOSSIER_METRIC_SOURCES } from '../src/modules/indicators/metric-sources.js';
import { metricSourceFor } from '../src/modules/targets/metric-sources.js';
import { cliEnv, runCli } from './support/cli-process.js';
import { at } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
const files = [
  { name: 'Tờ khai', hasFile: true },
  { name: 'Giấy tờ tùy thân', hasFile: true },
];
const url = (code: string) => `https://dvc.example/kq/${code}.pdf`;
const entered = [
  { code: '1.1', numerator: 10, denominator: 10, evidence: 'Quyết định công bố 12/QĐ-UBND' },
  { code: '1.2', numerator: 8, denominator: 10, evidence: 'Ảnh chụp CSDL quốc gia 31/03' },
  { code: '1.4', numerator: 45, denominator: 50, evidence: 'Báo cáo Cổng DVC quốc gia tháng 3' },
  { code: '4.3', numerator: 0, denominator: 0, evidence: 'Chưa phát sinh' },
] as const;

/** Logs in at the clock's time: the month spans more than a session. */
async function as(user: string, local: string): Promise<TestClient> {
  at(t, local);
  return t.loginAs(user);
}

const DESK = 'haiduong.motcua';
const ids = new Map<string, string>();
const procedureIds = new Map<string, string>();

async function intake(name: string, local: string, procedure: string, body: Record<string, unknown>) {
  const res = await (await as(DESK, local)).post('/api/v1/dossiers', {
    procedureId: procedureIds.get(procedure),
    channel: 1,
    applicant: { name: `Người nộp ${name}`, phone: '0900005678', address: 'Hải Dương' },
    ...body,
  });
  if (res.status !== 201) throw new Error(`${name}: ${JSON.stringify(res.body)}`);
  ids.set(name, res.body.id);
}

async function step(name: string, local: string, action: string, body: Record<string, unknown> = {}) {
  const res = await (await as(DESK, local)).post(`/api/v1/dossiers/${ids.get(name)}/actions/${action}`, body);
  if (res.status !== 200) throw new Error(`${name} ${action}: ${JSON.stringify(res.body)}`);
}

async function patch(name: string, body: Record<string, unknown>) {
  const res = await (await t.loginAs(DESK)).patch(`/api/v1/dossiers/${ids.get(name)}`, body);
  if (res.status !== 200) throw new Error(`${name} patch: ${JSON.stringify(res.body)}`);
}

/** P1–P5 as the domain's month has them; the demo catalogue is set aside so the ward applies these five only. */
async function catalogue(admin: TestClient) {
  for (const demo of (await admin.get('/api/v1/procedures')).body) {
    await admin.request('PUT', `/api/v1/procedures/${demo.id}`, { ...demo, active: false });
  }
  for (const p of MARCH_PROCEDURES) {
    const body = { ...p, unitId: null, components: [], steps: [], active: true };
    const res = await admin.post('/api/v1/procedures', body);
    procedureIds.set(p.code, res.body.id);
  }
}

async function enterMonth() {
  await intake('D1', '2026-03-02 09:00', 'P1', { channel: 2, components: files });
  await patch('D1', { synced: true });
  await step('D1', '2026-03-02 10:00', 'start');
  await step('D1', '2026-03-05 15:00', 'finish', { resultCode: 'KS-1', resultFileUrl: url('KS-1') });
  await step('D1', '2026-03-06 08:00', 'return-result');

  await intake('D2', '2026-03-03 08:00', 'P1', {
    components: [
      { name: 'Tờ khai', hasFile: true },
      { name: 'Giấy chứng sinh', hasFile: false },
    ],
  });
  await step('D2', '2026-03-04 09:00', 'request-supplement', { items: ['Giấy chứng sinh'], reason: 'Thiếu giấy' });
  await step('D2', '2026-03-04 14:00', 'receive-supplement');
  await step('D2', '2026-03-06 09:00', 'request-supplement', { items: ['Tờ khai'], reason: 'Ghi sai tên' });
  await step('D2', '2026-03-06 10:00', 'receive-supplement');
  await step('D2', '2026-03-09 16:00', 'finish', { resultCode: 'KS-2', resultFileUrl: url('KS-2') });

  await intake('D3', '2026-03-04 09:00', 'P2', { components: files });
  await patch('D3', { synced: true });
  await step('D3', '2026-03-04 09:05', 'record-payment', { place: 'offline', amount: 2000 });
  await step('D3', '2026-03-04 09:10', 'start');
  await step('D3', '2026-03-06 16:30', 'finish', { resultCode: 'CT-3', resultFileUrl: url('CT-3') });
  await step('D3', '2026-03-09 08:00', 'return-result');

  await intake('D4', '2026-03-25 08:00', 'P2', { channel: 2, stage: 'registered' });
  await step('D4', '2026-03-25 10:00', 'accept');
  await step('D4', '2026-03-25 11:00', 'start');
  await patch('D4', { synced: true, feeLines: [{ name: 'Lệ phí chứng thực', amount: 0 }] });

  await intake('D5', '2026-03-26 09:00', 'P3', { channel: 2 });
  await patch('D5', { synced: true });
  await step('D5', '2026-03-26 09:30', 'record-payment', { place: 'portal', amount: 50_000 });
  await step('D5', '2026-03-26 10:00', 'start');

  await intake('D6', '2026-02-25 09:00', 'P1', { channel: 3, components: files });
  await step('D6', '2026-02-25 10:00', 'start');
  await step('D6', '2026-03-05 10:00', 'finish', { resultCode: 'KS-6' });
  await step('D6', '2026-03-05 11:00', 'return-result');

  await intake('D7', '2026-02-10 09:00', 'P1', { components: files });
  await step('D7', '2026-02-10 10:00', 'start');
  await step('D7', '2026-02-12 10:00', 'finish', { resultCode: 'KS-7', resultFileUrl: url('KS-7') });
  await step('D7', '2026-03-02 08:00', 'return-result');

  await intake('D8', '2026-03-10 09:00', 'P2', {});
  await patch('D8', { feeLines: [{ name: 'Lệ phí chứng thực', amount: 2000 }] });
  await step('D8', '2026-03-11 09:00', 'request-supplement', { items: ['Bản chính'], reason: 'Thiếu bản chính' });

  await intake('D9', '2026-03-12 09:00', 'P1', { channel: 2, stage: 'registered' });
  await step('D9', '2026-03-12 15:00', 'refuse', { reason: 'Không thuộc thẩm quyền' });

  await intake('D10', '2026-03-16 09:00', 'P3', {});
  await step('D10', '2026-03-16 10:00', 'record-payment', { place: 'gateway', amount: 50_000 });
  await step('D10', '2026-03-18 10:00', 'withdraw', { reason: 'Công dân rút hồ sơ' });

  await intake('D11', '2026-03-30 14:00', 'P4', {});
  await step('D11', '2026-03-30 15:00', 'start');
  await step('D11', '2026-04-01 09:00', 'finish');
  await step('D11', '2026-04-01 10:00', 'return-result');

  await intake('D12', '2026-03-16 09:00', 'P1', { components: files });
  await step('D12', '2026-03-16 10:00', 'start');
  const letter = await (await as(DESK, '2026-03-20 10:00')).post(`/api/v1/dossiers/${ids.get('D12')}/apology`, {
    reason: 'Chờ xác minh',
    newDueAt: '2026-03-25T16:00:00+07:00',
  });
  if (letter.status !== 200) throw new Error(`D12 apology: ${JSON.stringify(letter.body)}`);
  await step('D12', '2026-03-24 11:00', 'finish', { resultCode: 'KS-12', resultFileUrl: url('KS-12') });

  await intake('D13', '2026-03-19 09:00', 'P1', { channel: 2, components: files });
  await step('D13', '2026-03-20 09:00', 'request-supplement', { items: ['Tờ khai'], reason: 'Thiếu chữ ký' });
  await step('D13', '2026-03-24 09:00', 'receive-supplement');
  await step('D13', '2026-03-27 16:00', 'finish', { resultCode: 'KS-13', resultFileUrl: url('KS-13') });
}

async function rateAndEnter() {
  const detail = await (await t.loginAs(DESK)).get(`/api/v1/dossiers/${ids.get('D6')}`);
  const rating = { code: detail.body.code, phone: '5678', satisfied: false, criteria: ['on_time'] };
  expect((await t.client().post('/api/v1/public/dossiers/rating', rating)).status).toBe(204);
  const coordinator = await as('haiduong.vhxh', '2026-04-02 09:00');
  for (const entry of entered) {
    const res = await coordinator.request('PUT', '/api/v1/indicators/entries', { period: '2026-03', ...entry });
    expect(res.status).toBe(204);
  }
}

beforeAll(async () => {
  t = await startTestApp();
  await catalogue(await as('haiduong.admin', '2026-02-09 08:00'));
  await enterMonth();
  await rateAndEnter();
}, 300_000); // a month of dossiers through the API, each step logged in on its day: minutes on a busy machine
afterAll(() => t?.close());

/** The domain's figures for the same month: the feedback module holds no feedback (0 of 0), no national sync ratio. */
function expected() {
  const period = periodOf('2026-03');
  const report = computeIndicators({
    period,
    calendar: calendar2026(),
    procedures: MARCH_PROCEDURES,
    dossiers: MARCH_DOSSIERS,
    feedback: {
      onTime: { numerator: 0, denominator: 0 },
      satisfaction: { numerator: 0, denominator: 0 },
      dossierCodesWithFeedback: [],
    },
    entered: [...entered],
  });
  return {
    period: '2026-03',
    tenant: 'hai-duong',
    indicators: report.indicators.map(({ group: _group, evidence: _evidence, ...row }) => row),
    total: report.total,
    band: report.band,
  };
}

describe('Decision 766 indicators for the hand-built March 2026', () => {
  it('prints the same figures with cchc indicators --json', () => {
    const r = runCli(
      ['indicators', '--period', '2026-03', '--tenant', 'hai-duong', '--json'],
      cliEnv(t.dataDir, { DATABASE_URL: t.databaseUrl }),
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed).toMatchObject(expected());
    const row = (code: string) => printed.indicators.find((i: { code: string }) => i.code === code);
    // Hand-counted in the domain's test: 7 of 11 on time; 6 processed with a result; 5.4 = 11 − 4 late − D6.
    expect(row('2.1')).toMatchObject({ numerator: 7, denominator: 11, points: 12.73, source: 'computed' });
    expect(row('2.2')).toMatchObject({ numerator: 27.44, denominator: 6, rate: null });
    expect(row('3.3')).toMatchObject({ numerator: 3, denominator: 10, rate: 0.3 });
    expect(row('5.4')).toMatchObject({ numerator: 6, denominator: 11 });
    expect(row('1.4')).toMatchObject({ numerator: 45, denominator: 50, rate: 0.9, source: 'entered' });
  });

  it('answers the same through the API, with the evidence of entered figures', async () => {
    const chairman = await as('haiduong.chutich', '2026-04-02 09:00');
    const res = await chairman.get('/api/v1/indicators?period=2026-03');
    expect(res.status).toBe(200);
    expect({ total: res.body.total, band: res.body.band }).toEqual({ total: expected().total, band: expected().band });
    expect(res.body.indicators.find((i: { code: string }) => i.code === '1.1').evidence).toBe(
      'Quyết định công bố 12/QĐ-UBND',
    );
    const quarter = await chairman.get('/api/v1/indicators?period=2026-Q1');
    expect(quarter.body.indicators.find((i: { code: string }) => i.code === '1.2')).toMatchObject({
      numerator: 8,
      denominator: 10,
    });
  });

  it('builds form II.06a with its invariants, and exports it', async () => {
    const chairman = await as('haiduong.chutich', '2026-04-02 09:00');
    const res = await chairman.get('/api/v1/statistics/processing-table?period=2026-03&grouping=field');
    expect(res.status).toBe(200);
    expect(res.body.problems).toEqual([]);
    // 11 to handle: 10 received in March (4 online: D1 D4 D5 D13) and D6 carried over; 7 ended, 4 still open.
    expect(res.body.total).toEqual({
      received: 11,
      online: 4,
      inPersonOrPost: 6,
      carriedOver: 1,
      processed: 7,
      early: 4,
      onTime: 1,
      late: 2,
      processing: 4,
      withinDeadline: 3,
      overdue: 1,
    });
    expect(res.body.apologiesIssued).toBe(1);
    const xlsx = await chairman.get('/api/v1/statistics/processing-table.xlsx?period=2026-03');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('publishes the month on the public results page', async () => {
    at(t, '2026-04-02 09:00');
    const res = await t.client().get('/api/v1/public/hai-duong/results?month=2026-03');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ month: '2026-03', provisional: false, total: expected().total });
    expect((await t.client().get('/api/v1/public/hai-duong/results?month=2026-05')).status).toBe(404);
  });

  it('feeds the plan targets through the metric registry, for the year up to a day', async () => {
    expect(DOSSIER_METRIC_SOURCES.map((source) => metricSourceFor(source.metric))).toEqual([...DOSSIER_METRIC_SOURCES]);
    const tenant = await t.db
      .selectFrom('tenants')
      .select('id')
      .where('code', '=', 'hai-duong')
      .executeTakeFirstOrThrow();
    const context = { db: t.db, tenantId: tenant.id, plan: { id: 'plan', year: 2026 }, asOf: '2026-03-31' };
    const read = (metric: string) => metricSourceFor(metric)?.read(context);
    // Accepted by 31/03: D1–D8, D10–D13 (12); synced: D1, D3, D4, D5.
    expect(await read('dossiers_tracked')).toMatchObject({
      value: 33.33,
      numerator: 4,
      denominator: 12,
      origin: 'computed',
    });
    // Paid: D3 at the counter, D5 on the portal, D10 on the gateway.
    expect(await read('online_payment')).toMatchObject({ value: 66.67, numerator: 2, denominator: 3 });
    // 5.4 from 1 January: the 12 above (D7 counts now) − 4 late (D2, D4, D6, D12) − D6 rated not satisfied.
    expect(await read('satisfaction')).toMatchObject({ value: 58.33, numerator: 7, denominator: 12 });
    // Readings are kept until the ward's 766 inputs change (migration 0018's stamp): a write by any path, here plain
    // SQL taking back D6's dislike, counts at the next read.
    const rateD6 = (satisfied: boolean) =>
      t.db
        .updateTable('dossier_ratings')
        .set({ satisfied })
        .where('dossier_id', '=', ids.get('D6') ?? '')
        .execute();
    await rateD6(true);
    expect(await read('satisfaction')).toMatchObject({ numerator: 8, denominator: 12 });
    await rateD6(false);
    expect(await read('satisfaction')).toMatchObject({ numerator: 7, denominator: 12 });
  });

  it('takes points and targets from the city configuration', async () => {
    const city = await as('thanhpho.admin', '2026-04-02 09:00');
    const saved = await city.request('PUT', '/api/v1/indicators/config', {
      indicators: { '2.1': { maxPoints: 10, target: 0.5 } },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.indicators['2.1']).toEqual({ maxPoints: 10, target: 0.5 });
    const ward = await as('haiduong.chutich', '2026-04-02 09:00');
    expect((await ward.request('PUT', '/api/v1/indicators/config', { indicators: {} })).status).toBe(403);
    const report = await ward.get('/api/v1/indicators?period=2026-03');
    // 7/11 = 63.6% reaches the 50% target: full 10 points.
    expect(report.body.indicators.find((i: { code: string }) => i.code === '2.1')).toMatchObject({
      points: 10,
      maxPoints: 10,
      target: 0.5,
    });
  });
});
