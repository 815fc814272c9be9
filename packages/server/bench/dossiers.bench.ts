// Decision 766 indicators and form II.06a for a year over a city of 114 tenants, on cchc's real code path (SQL load,
// domain computation), against one hand-written SQL aggregate over the same rows measured in the same run. Runs on
// the embedded PostgreSQL (started in a temp folder) and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, on
// that server (the machine's PostgreSQL 15 in CI).
// Run: node --import tsx packages/server/bench/dossiers.bench.ts [--dossiers 1000000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { connect, type Db } from '../src/db/database.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { migrate } from '../src/db/migrate.js';
import { createLogger } from '../src/logger.js';
import { indicatorReport, indicatorReports } from '../src/modules/indicators/use-cases/compute-report.js';
import { processingTable, processingTables } from '../src/modules/indicators/use-cases/processing-table.js';
import { seedFirstStart } from '../src/seed/first-start.js';
import { baselineAggregate } from './baseline.js';
import { generateCity, tenantIds } from './dossier-rows.js';

const DEFAULT_DOSSIERS = 100_000;
const YEAR = '2026';
const MIN_MS = 2000;
const MAX_RUNS = 3;
const log = createLogger({ logLevel: 'warn', logFormat: 'json' });

function dossierCount(argv: readonly string[]): number {
  const at = argv.indexOf('--dossiers');
  const value = at === -1 ? DEFAULT_DOSSIERS : Number(argv[at + 1]);
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new Error(`--dossiers wants a positive whole number, got ${argv[at + 1]}`);
  return value;
}

/** Runs `work` once, then again while under MIN_MS and MAX_RUNS; milliseconds per run. */
async function measure(work: () => Promise<unknown>): Promise<number> {
  let runs = 0;
  const begin = performance.now();
  do {
    await work();
    runs++;
  } while (runs < MAX_RUNS && performance.now() - begin < MIN_MS);
  return (performance.now() - begin) / runs;
}

async function adminQuery(url: string, query: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

const withDatabase = (url: string, name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

async function benchOn(label: string, adminUrl: string, count: number): Promise<void> {
  const name = `cchc_bench_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name}`);
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const handle = connect(withDatabase(adminUrl, name), false, () =>
    adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  );
  try {
    await migrate(handle.pool);
    await seedFirstStart(handle.db, new Date('2026-01-01T00:00:00Z'), log);
    const generatedMs = await generateCity(handle.db, { dossiers: count, years: [2026], extras: false });
    await report(label, handle.db, count, generatedMs);
  } finally {
    await handle.close();
  }
}

async function report(label: string, db: Db, count: number, generatedMs: number): Promise<void> {
  const version = (await sql<{ server_version: string }>`SHOW server_version`.execute(db)).rows[0]?.server_version;
  const tenants = await tenantIds(db);
  console.log(
    `${label} (PostgreSQL ${version}): ${count.toLocaleString('en-US')} dossiers in ${tenants.length} tenants, generated in ${(generatedMs / 1000).toFixed(1)} s`,
  );
  const baseline = await measure(() => baselineAggregate(db, YEAR));
  console.log(`  baseline, one SQL aggregate over the year's dossiers of every tenant: ${baseline.toFixed(0)} ms`);
  const figures: Record<string, number> = {};
  // The first read stores every dossier's facts (migration 0024); later reads sum them in SQL. Autovacuum would
  // analyse the new rows in time; the bench does it at once.
  const cold = performance.now();
  await indicatorReports(db, tenants, YEAR);
  console.log(`  first 766 read, storing the facts of every dossier: ${(performance.now() - cold).toFixed(0)} ms`);
  await sql`ANALYZE dossier_facts`.execute(db);
  const cases: [string, () => Promise<unknown>][] = [
    [
      '766 indicators for the year, the city at once',
      async () => {
        await indicatorReports(db, tenants, YEAR);
      },
    ],
    [
      '766 indicators for the year, every tenant',
      async () => {
        for (const id of tenants) await indicatorReport(db, id, YEAR);
      },
    ],
    [
      'II.06a table for the year (unit × field), the city at once',
      async () => {
        await processingTables(db, tenants, YEAR, 'unit_and_field');
      },
    ],
    [
      'II.06a table for the year (unit × field), every tenant',
      async () => {
        for (const id of tenants) await processingTable(db, id, YEAR, 'unit_and_field');
      },
    ],
  ];
  for (const [name, work] of cases) {
    // The baseline again just before and just after each case: at 1 M dossiers the cases run for many minutes, and
    // a ratio to a baseline taken long before, under another load, would say nothing.
    const before = await measure(() => baselineAggregate(db, YEAR));
    const ms = await measure(work);
    const around = (before + (await measure(() => baselineAggregate(db, YEAR)))) / 2;
    console.log(
      `  ${name}: ${ms.toFixed(0)} ms, ${(ms / around).toFixed(1)}× the baseline around it (${around.toFixed(0)} ms)`,
    );
    figures[`${label}: ${name}`] = Number((ms / around).toFixed(2));
  }
  console.log(JSON.stringify({ bench: figures })); // scripts/bench.ts merges these lines
}

async function main(): Promise<void> {
  const count = dossierCount(process.argv.slice(2));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-'));
  fs.chmodSync(dataDir, 0o755); // the unprivileged server user must reach it when run as root
  const server = await startEmbeddedPostgres(dataDir, log);
  try {
    await benchOn('embedded server', withDatabase(server.url, 'postgres'), count);
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const external = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (external) await benchOn('machine server', external, count);
  else console.log('machine server: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
}

await main();
