// What grows with the city, measured beside the headline figures: the one-stop dossier list and search, the city
// view and the IOC feed for 114 wards, the import of a month's export, and backup and restore, on the bench city
// (dossier-rows.ts).
// Requests are medians against a bare Fastify route measured in the same run; the import against a plain COPY of
// the same file into a table of text columns; backup and restore against a plain COPY of the dossiers table out
// and back in. The app, the bare route and the CLI run in their own processes.
// Run: node --import tsx packages/server/bench/city-growth.bench.ts [--dossiers 200000] [--import-rows 20000]
//      [--samples 20]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { createLogger } from '../src/logger.js';
import { createFeedKey } from '../src/modules/feed/keys.js';
import { SEED_WARD } from '../src/seed/first-start.js';
import { withBenchDatabase } from './bench-database.js';
import { medianMs, numberOption, serveForBench, sessionCookie } from './bench-http.js';
import { generateCity } from './dossier-rows.js';

const log = createLogger({ logLevel: 'warn', logFormat: 'json' });
const NOW = '2026-06-15T03:00:00Z'; // 10:00 in Vietnam: June is running, May closed.
const CLI = path.join(import.meta.dirname, '../src/cli/main.ts');

const ratio = (x: number, base: number) => Number((x / base).toFixed(2));

/** Runs the cchc CLI as an officer would; returns its seconds, or throws with what it printed. */
function cli(args: string[], env: Record<string, string>): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`cchc ${args.join(' ')} exited ${r.status}: ${r.stderr}${r.stdout}`);
  return (performance.now() - started) / 1000;
}

/** A national export of `rows` dossiers of one month, received at the seed ward, as the province's system writes. */
function monthExport(file: string, rows: number, procedureCode: string): void {
  const header = 'MaHoSo,MaTTHC,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,NgayTra,TrangThaiHoSo,ChuHoSo';
  const lines = [header];
  for (let i = 1; i <= rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const done = i % 4 !== 0;
    lines.push(
      [
        `H15.50.05.13-2605${day}-${String(900_000 + i).padStart(7, '0')}`,
        procedureCode,
        String(1 + (i % 3)),
        `202605${day}080000`,
        `202605${day}160000`,
        done ? `202605${day}150000` : '',
        done ? `202605${day}163000` : '',
        done ? '10' : '4',
        `Người nộp nhập ${i}`,
      ].join(','),
    );
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

async function copySeconds(url: string, statement: string, file: string, direction: 'in' | 'out'): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    if (direction === 'out') await pipeline(client.query(copyTo(statement)), fs.createWriteStream(file));
    else await pipeline(fs.createReadStream(file), client.query(copyFrom(statement)));
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const dossiers = numberOption('dossiers', 200_000);
  const importRows = numberOption('import-rows', 20_000);
  const samples = numberOption('samples', 20);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-growth-work-'));
  await withBenchDatabase('cchc-bench-growth-', log, async ({ url, dataDir, db, children }) => {
    const generated = await generateCity(db, { dossiers, years: [2026], extras: false });
    console.log(
      `  the city: ${dossiers.toLocaleString('en-US')} dossiers in 114 wards (${(generated / 1000).toFixed(1)} s)`,
    );
    const figures: Record<string, number> = {};

    const barePort = await serveForBench('bare', {}, children);
    const port = await serveForBench('app', { DATABASE_URL: url, CCHC_NOW: NOW, CCHC_DATA_DIR: dataDir }, children);
    const api = `http://127.0.0.1:${port}/api/v1`;
    const baseline = await medianMs(`http://127.0.0.1:${barePort}/`, {}, samples * 4);
    console.log(`  baseline, a bare Fastify route: p50 ${baseline.toFixed(2)} ms`);
    const record = async (name: string, target: string, headers: Record<string, string>, label: string) => {
      const ms = await medianMs(`${api}${target}`, headers, samples);
      figures[name] = ratio(ms, baseline);
      console.log(`  ${name}: ${label}, p50 ${ms.toFixed(1)} ms = ${figures[name]}× the bare route`);
    };

    const { rows } = await sql<{ code: string; applicant_name: string }>`
      SELECT d.code, d.applicant_name FROM dossiers d JOIN tenants t ON t.id = d.tenant_id
       WHERE t.code = ${SEED_WARD.code} ORDER BY d.code DESC LIMIT 1`.execute(db);
    const sample = rows[0];
    if (!sample) throw new Error('the seed ward has no generated dossier');
    const desk = { cookie: await sessionCookie(port, 'haiduong.motcua') };
    const ward = `the ward's ${Math.round(dossiers / 114).toLocaleString('en-US')} dossiers`;
    await record('dossier_list', '/dossiers', desk, `first page of ${ward}`);
    await record('dossier_search_code', `/dossiers?q=${encodeURIComponent(sample.code)}`, desk, `by code in ${ward}`);
    const name = encodeURIComponent(sample.applicant_name);
    await record('dossier_search_name', `/dossiers?q=${name}`, desk, `by applicant in ${ward}`);

    const city = { cookie: await sessionCookie(port, 'thanhpho.admin') };
    await record('city_rankings', '/city/rankings?period=2026-05', city, '114 wards, May');
    await record('city_overview', '/city/overview?period=2026-05', city, '114 wards, May');
    const actor = { userId: null, now: new Date(NOW), lang: 'vi' } as const;
    const { key } = await createFeedKey(db, { name: 'IOC bench', wards: 'all' }, actor);
    const bearer = { authorization: `Bearer ${key}` };
    await record('feed_indicators', '/feed/indicators?period=2026-05', bearer, '114 wards, May');

    const env = { DATABASE_URL: url, CCHC_DATA_DIR: dataDir, CCHC_NOW: NOW };
    const exportFile = path.join(work, 'thang-5.csv');
    const [procedure] = (
      await sql<{ code: string }>`
        SELECT p.code FROM procedures p JOIN tenants t ON t.id = p.tenant_id
         WHERE t.code = ${SEED_WARD.code} AND p.code IS NOT NULL ORDER BY p.code LIMIT 1`.execute(db)
    ).rows;
    monthExport(exportFile, importRows, procedure?.code ?? '1.001193');
    await sql`CREATE UNLOGGED TABLE bench_copy_baseline (a text, b text, c text, d text, e text, f text, g text,
              h text, i text)`.execute(db);
    const copyIn = await copySeconds(url, 'COPY bench_copy_baseline FROM STDIN (FORMAT csv, HEADER)', exportFile, 'in');
    await sql`DROP TABLE bench_copy_baseline`.execute(db);
    const imported = cli(['dossiers', 'import', exportFile, '--tenant', SEED_WARD.code], env);
    figures.import_month = ratio(imported, copyIn);
    console.log(
      `  import_month: ${importRows.toLocaleString('en-US')} rows through cchc dossiers import ${imported.toFixed(1)} s` +
        ` = ${figures.import_month}× a plain COPY of the file (${copyIn.toFixed(2)} s)`,
    );

    const archive = path.join(work, 'city.tar.gz');
    const copyOut = await copySeconds(url, 'COPY dossiers TO STDOUT', path.join(work, 'dossiers.copy'), 'out');
    const backedUp = cli(['backup', archive], env);
    figures.backup = ratio(backedUp, copyOut);
    console.log(
      `  backup: cchc backup ${backedUp.toFixed(1)} s = ${figures.backup}× COPY dossiers out (${copyOut.toFixed(2)} s)`,
    );

    await sql`CREATE DATABASE bench_restored`.execute(db);
    const restoredUrl = Object.assign(new URL(url), { pathname: '/bench_restored' }).toString();
    await sql`CREATE TABLE bench_copy_in (LIKE dossiers)`.execute(db);
    const copyBack = await copySeconds(url, 'COPY bench_copy_in FROM STDIN', path.join(work, 'dossiers.copy'), 'in');
    await sql`DROP TABLE bench_copy_in`.execute(db);
    const restoreDir = path.join(work, 'restored-data');
    const restored = cli(['restore', archive], { ...env, DATABASE_URL: restoredUrl, CCHC_DATA_DIR: restoreDir });
    figures.restore = ratio(restored, copyBack);
    console.log(
      `  restore: cchc restore ${restored.toFixed(1)} s = ${figures.restore}× COPY dossiers in (${copyBack.toFixed(2)} s)`,
    );
    console.log(JSON.stringify({ bench: figures }));
  });
  fs.rmSync(work, { recursive: true, force: true });
}

await main();
