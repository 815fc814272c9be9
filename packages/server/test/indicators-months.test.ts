// Three months in the national export format (packages/domain/src/indicators/test-support/months/*.csv), imported
// with `cchc dossiers import`, read with `cchc indicators --json` and through the API, against the figures counted
// by hand in the domain's test-support/hand-counts.ts. The correction has a database of its own, so the figures
// read in any order are the months as first imported.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HAND_COUNTS,
  JUNE_CORRECTED,
  MONTH_FILES,
  MONTHS_NOW,
  MONTHS_PROCEDURES,
} from '../../domain/src/indicators/test-support/hand-counts.js';
import { MONTHS_DIR } from '../../domain/src/indicators/test-support/national-export.js';
import { metricSourceFor } from '../src/modules/targets/metric-sources.js';
import { cliEnv, cliTestTimeout, runCli } from './support/cli-process.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
const MONTHS = Object.keys(HAND_COUNTS) as (keyof typeof HAND_COUNTS)[];
type Row = { code: string; numerator: number; denominator: number; rate: number | null; points: number | null };

const cli = (app: TestApp, ...args: string[]) =>
  runCli(args, cliEnv(app.dataDir, { DATABASE_URL: app.databaseUrl, CCHC_NOW: MONTHS_NOW }));

// Until the CLI sends its logs to stderr (the calreports change), the CCHC_NOW warning is a JSON log line on stdout.
const printedJson = (stdout: string) =>
  JSON.parse(
    stdout
      .split('\n')
      .filter((line) => !line.startsWith('{"level"'))
      .join('\n'),
  );

function importFile(app: TestApp, name: string) {
  const r = cli(app, 'dossiers', 'import', path.join(MONTHS_DIR, name), '--tenant', 'hai-duong');
  if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
  expect(r.stdout).toContain('từ chối 0');
}

/** The ward applies the months' procedures only (9.999 is left for the import to create, without a limit). */
async function catalogue(admin: TestClient) {
  for (const demo of (await admin.get('/api/v1/procedures')).body) {
    await admin.request('PUT', `/api/v1/procedures/${demo.id}`, { ...demo, active: false });
  }
  for (const p of MONTHS_PROCEDURES.filter((procedure) => procedure.code !== '9.999')) {
    const res = await admin.post('/api/v1/procedures', { ...p, unitId: null, components: [], steps: [], active: true });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  }
}

/** A ward of its own with the months' catalogue and the three months imported (one `cchc` spawn each). */
async function monthsImported(): Promise<TestApp> {
  const app = await startTestApp({ now: new Date(MONTHS_NOW) });
  await catalogue(await app.loginAs('haiduong.admin'));
  for (const file of MONTH_FILES) importFile(app, file);
  return app;
}

beforeAll(async () => {
  t = await monthsImported();
}, cliTestTimeout(MONTH_FILES.length));
afterAll(() => t?.close());

const rowOf = (rows: Row[], code: string) => rows.find((row) => row.code === code) as Row;

describe.each(MONTHS)('%s through the import, the CLI and the API', (month) => {
  const counted = HAND_COUNTS[month];

  it('cchc indicators --json prints the hand counts', () => {
    const r = cli(t, 'indicators', '--period', month, '--tenant', 'hai-duong', '--json');
    expect(r.status).toBe(0);
    const printed = printedJson(r.stdout);
    for (const code of ['2.1', '2.2', '1.4', '4.1'] as const) {
      const { numerator, denominator } = counted[code];
      expect(rowOf(printed.indicators, code), code).toMatchObject({ numerator, denominator });
    }
    expect(rowOf(printed.indicators, '3.3').rate).toBeCloseTo(counted['3.3'].rate, 4);
    expect(rowOf(printed.indicators, '2.2')).toMatchObject({ rate: null, points: null });
    expect(printed).toMatchObject({
      provisional: counted.provisional,
      dossierCount: counted.dossierCount,
      insufficientData: counted.insufficientData,
      missingDueDate: { dossierCodes: counted.missingDueDate },
    });
    if (counted.insufficientData) expect(printed).toMatchObject({ band: null, bandName: 'chưa đủ dữ liệu' });
    expect(rowOf(printed.indicators, '2.1')).toHaveProperty('clause');
  });

  it('lists the late dossiers behind 2.1 through the API', async () => {
    const chairman = await t.loginAs('haiduong.chutich');
    const res = await chairman.get(`/api/v1/indicators/2.1/dossiers?period=${month}&part=excluded`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((item: { code: string }) => item.code).sort()).toEqual(counted['2.1'].late);
    expect(res.body).toMatchObject({ numerator: counted['2.1'].numerator, denominator: counted['2.1'].denominator });
  });

  it('the public page shows each figure with its calculation, the running month provisional', async () => {
    const res = await t.client().get(`/api/v1/public/hai-duong/results?month=${month}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ provisional: counted.provisional, insufficientData: counted.insufficientData });
    const row = rowOf(res.body.indicators, '2.1') as Row & { formula: { numerator: string }; clause: string };
    expect(row).toMatchObject({ numerator: counted['2.1'].numerator, denominator: counted['2.1'].denominator });
    expect(row.clause).toContain('766/QĐ-TTg');
    expect(res.body.revision).toBe(counted.provisional ? null : 1);
  });
});

describe('rules seen through the API', () => {
  it('refuses a figure with no dossiers behind it with a field-level 400', async () => {
    const chairman = await t.loginAs('haiduong.chutich');
    const entered = await chairman.get('/api/v1/indicators/1.1/dossiers?period=2026-06');
    expect(entered.status).toBe(400);
    expect(entered.body.error.fields).toHaveProperty('code');
    expect((await chairman.get('/api/v1/indicators/9.9/dossiers?period=2026-06')).status).toBe(400);
  });
});

describe('one figure for the dashboard and the index', () => {
  it("the dashboard's target f reads the same 5.4 as the year's index on the same day", async () => {
    const tenant = await t.db
      .selectFrom('tenants')
      .select('id')
      .where('code', '=', 'hai-duong')
      .executeTakeFirstOrThrow();
    const context = { db: t.db, tenantId: tenant.id, plan: { id: 'plan', year: 2026 }, asOf: '2026-08-12' };
    const reading = await metricSourceFor('satisfaction')?.read(context);
    const year = await (await t.loginAs('haiduong.chutich')).get('/api/v1/indicators?period=2026');
    const row = rowOf(year.body.indicators, '5.4');
    expect(reading).toMatchObject({ numerator: row.numerator, denominator: row.denominator });
    expect(row.denominator).toBeGreaterThan(0);
  });
});

describe('a published month is frozen', () => {
  let c: TestApp; // the months imported in a database of their own: the correction changes no other test's figures
  beforeAll(async () => {
    c = await monthsImported();
  }, cliTestTimeout(MONTH_FILES.length));
  afterAll(() => c?.close());

  it('a later correction makes a dated revision 2; revision 1 still shows what was published', async () => {
    const before = await c.client().get('/api/v1/public/hai-duong/results?month=2026-06');
    expect(before.body.revision).toBe(1);
    c.clock.set(new Date('2026-08-20T09:00:00+07:00'));
    const r = runCli(
      ['dossiers', 'import', path.join(MONTHS_DIR, '2026-06-correction.csv'), '--tenant', 'hai-duong'],
      cliEnv(c.dataDir, { DATABASE_URL: c.databaseUrl, CCHC_NOW: '2026-08-20T09:00:00+07:00' }),
    );
    expect(r.status).toBe(0);
    const after = await c.client().get('/api/v1/public/hai-duong/results?month=2026-06');
    // Dated by the import's clock (CCHC_NOW runs on from the moment it sets).
    expect(after.body.revision).toBe(2);
    expect(after.body.publishedAt.slice(0, 13)).toBe('2026-08-20T02');
    expect(after.body.revisions.map((rev: { revision: number; reason: string }) => [rev.revision, rev.reason])).toEqual(
      [
        [2, 'import'],
        [1, 'published'],
      ],
    );
    for (const [code, expected] of Object.entries(JUNE_CORRECTED)) {
      expect(rowOf(after.body.indicators, code), code).toMatchObject(expected);
    }
    const first = await c.client().get('/api/v1/public/hai-duong/results?month=2026-06&revision=1');
    expect(rowOf(first.body.indicators, '2.1')).toMatchObject({ numerator: HAND_COUNTS['2026-06']['2.1'].numerator });
    // July did not change: no new revision.
    const july = await c.client().get('/api/v1/public/hai-duong/results?month=2026-07');
    expect(july.body.revisions).toHaveLength(1);
  });
});
