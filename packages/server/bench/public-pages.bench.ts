// The public pages against a bare Fastify route, as requests per second measured in the same run: the monthly
// 766 results (`GET /public/:tenantCode/results`, the running month and a closed one) and the dossier lookup
// (`POST /public/dossiers/lookup`), the ward portal and the published feedback. The app runs in its own process on the bench city (dossier-rows.ts), the
// bare route in another, the load generator (autocannon) here. Each request comes from its own address
// (X-Forwarded-For from loopback, trusted), as citizens do, so the per-address limits do not answer 429. Each page
// is measured twice: without Accept-Encoding (`<name>`) and with a browser's `br, gzip` (`<name>_compressed`).
// Run: node --import tsx packages/server/bench/public-pages.bench.ts [--dossiers 20000] [--seconds 5]
//      [--connections 10] [--rounds 1] [--before-root <folder holding another checkout's packages/server>]
//      [--rate-limit-store memory|database] [--only <name>,<name>…]
// The app logs at info (a line per request) as `npm start` runs it, to /dev/null (LOG_LEVEL changes the level,
// BENCH_APP_LOG=1 shows the lines); `--only` measures some pages alone. `--rounds N` measures each page in N slices of
// `--seconds`, each followed by the bare route, and reports the median slice (steadier on a loaded machine).
// The app counts rate limits in memory by default, as `npm start` runs it (one server, no DATABASE_URL);
// `--rate-limit-store database` measures the shared store of several servers. BENCH_CPU_PROF_DIR=<folder> writes
// a CPU profile of each app server there (node --cpu-prof), to see what a public request costs.
// With --before-root, the same pages are also measured on that checkout's server (same database, same run, each
// case on one server then the other), their figures named `<name>_before`.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { createLogger } from '../src/logger.js';
import { SEED_WARD } from '../src/seed/first-start.js';
import { withBenchDatabase } from './bench-database.js';
import { generateCity } from './dossier-rows.js';

const log = createLogger({ logLevel: 'warn', logFormat: 'json' });
const NOW = '2026-06-15T03:00:00Z'; // 10:00 in Vietnam: June is running, May closed.

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`--${name} wants a positive whole number`);
  return value;
}
const textOption = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
};

/** Starts serve-for-bench.ts in `mode`; resolves with its port once it listens. */
function serve(
  root: string,
  mode: 'app' | 'bare',
  env: Record<string, string>,
  children: ChildProcess[],
): Promise<[ChildProcess, number]> {
  const script = path.join(root, 'packages/server/bench/serve-for-bench.ts');
  const profile =
    process.env.BENCH_CPU_PROF_DIR && mode === 'app'
      ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF_DIR]
      : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', script, mode], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', process.env.BENCH_APP_LOG ? 'inherit' : 'ignore'],
  });
  children.push(child); // stopped by main's finally even if it never listens
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${mode} server exited (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve([child, Number(port)]);
    });
  });
}

/** Stops an app server after its turn: at once, its unfinished requests stop here; gently when profiling. */
function stop(child: ChildProcess): Promise<void> {
  if (!process.env.BENCH_CPU_PROF_DIR) return Promise.resolve(void child.kill('SIGKILL'));
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM'); // the profile is written as the process exits
  });
}

let address = 0;
/** A fresh client address per request (10.x.y.z), so each stays far under the per-address limits. */
const nextAddress = () => {
  address = (address + 1) % 16_000_000;
  return `10.${address >> 16}.${(address >> 8) & 255}.${address & 255}`;
};

type Target = { path: string; method?: 'GET' | 'POST'; body?: string; expect200: boolean; encoding?: string };
/** What browsers send: each case is measured without `Accept-Encoding` (as autocannon sends) and with it. */
const BROWSER_ENCODINGS = 'br, gzip';

/** Requests per second answered 200 (the bare route and the pages alike), after a short warm-up unless `warm` is false. */
async function rate(port: number, target: Target, seconds: number, connections: number, warm = true): Promise<number> {
  const run = (duration: number) =>
    autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration,
      requests: [
        {
          method: target.method ?? 'GET',
          path: target.path,
          body: target.body,
          setupRequest: (request) => ({
            ...request,
            headers: {
              'content-type': 'application/json',
              'x-forwarded-for': nextAddress(),
              ...(target.encoding ? { 'accept-encoding': target.encoding } : {}),
            },
          }),
        },
      ],
    });
  if (warm) await run(1);
  const result = await run(seconds);
  const ok = result['2xx'];
  if (target.expect200 && ok < result.requests.total * 0.99)
    throw new Error(`${target.path}: ${result.non2xx} answers were not 2xx: ${JSON.stringify(result.statusCodeStats)}`);
  return ok / seconds;
}

async function main(): Promise<void> {
  const dossiers = option('dossiers', 20_000);
  const seconds = option('seconds', 5);
  const connections = option('connections', 10);
  const rounds = option('rounds', 1);
  const root = path.resolve(import.meta.dirname, '../../..');
  const beforeRoot = textOption('before-root');
  await withBenchDatabase('cchc-bench-', log, async ({ url, dataDir, db, children }) => {
    await generateCity(db, { dossiers, years: [2026], extras: false });
    // The city-wide code index the lookup starts from, which the generated rows skip.
    await sql`INSERT INTO dossier_codes (code, tenant_id, dossier_id) SELECT code, tenant_id, id FROM dossiers
              ON CONFLICT DO NOTHING`.execute(db);
    const { rows } = await sql<{ code: string; phone: string }>`
      SELECT d.code, right(d.applicant_phone, 4) AS phone FROM dossiers d JOIN tenants t ON t.id = d.tenant_id
       WHERE t.code = ${SEED_WARD.code} ORDER BY d.code LIMIT 1`.execute(db);
    const sample = rows[0];
    if (!sample) throw new Error('the bench city has no dossier in the seeded ward');
    const [, barePort] = await serve(root, 'bare', {}, children);
    const rateLimitStore = textOption('rate-limit-store') ?? 'memory';
    const env = { DATABASE_URL: url, CCHC_NOW: NOW, CCHC_DATA_DIR: dataDir, RATE_LIMIT_STORE: rateLimitStore };
    const servers: [string, ChildProcess, number][] = [['', ...(await serve(root, 'app', env, children))]];
    if (beforeRoot) servers.push(['_before', ...(await serve(path.resolve(beforeRoot), 'app', env, children))]);
    const results = `/api/v1/public/${SEED_WARD.code}/results?month=`;
    const bare = (warm = true) => rate(barePort, { path: '/', expect200: true }, seconds, connections, warm);
    // The bare route again after each case: a case's ratio is to the mean of the bare runs just before and just
    // after it, so a load that changes during the run weighs on both sides alike.
    let baseline = await bare();
    const figures: Record<string, number> = {};
    console.log(
      `${dossiers.toLocaleString('en-US')} dossiers in 114 tenants; ${connections} connections, ${seconds} s each;` +
        ` rate limits in ${rateLimitStore}`,
    );
    console.log(`  baseline, a bare Fastify route: ${baseline.toFixed(0)} req/s`);
    // Without Accept-Encoding, as autocannon sends; `_compressed` below adds a browser's.
    const cases: [string, Target][] = [
      ['public_results_running_month', { path: `${results}2026-06`, expect200: true }],
      ['public_results_closed_month', { path: `${results}2026-05`, expect200: true }],
      ['public_ward_portal', { path: `/api/v1/public/${SEED_WARD.code}/portal`, expect200: true }],
      ['public_published_feedback', { path: `/api/v1/public/${SEED_WARD.code}/feedback/published`, expect200: true }],
      [
        'public_dossier_lookup',
        { path: '/api/v1/public/dossiers/lookup', method: 'POST', body: JSON.stringify(sample), expect200: true },
      ],
    ];
    const only = textOption('only')?.split(',');
    // Each case as sent (`name`) and with a browser's Accept-Encoding (`name_compressed`), one after the other.
    const measured = cases.flatMap(([name, target]): [string, Target][] => [
      [name, target],
      [`${name}_compressed`, { ...target, encoding: BROWSER_ENCODINGS }],
    ]);
    // Case by case, each server in turn (with --before-root): both are measured in the same minutes.
    for (const [name, target] of measured) {
      if (only && !only.includes(name)) continue;
      for (const [suffix, , port] of servers) {
        // `rounds` slices of the case, each followed by the bare route: a slice's ratio is to the bare runs on both
        // sides of it, and the figure is the median slice, so a burst of load elsewhere weighs on one slice only.
        const slices: { perSecond: number; around: number }[] = [];
        for (let round = 0; round < rounds; round++) {
          const perSecond = await rate(port, target, seconds, connections, round === 0);
          const after = await bare(false);
          slices.push({ perSecond, around: (baseline + after) / 2 });
          baseline = after;
        }
        const median = slices.sort((a, b) => a.perSecond / a.around - b.perSecond / b.around)[rounds >> 1];
        if (!median) continue;
        const ratio = median.perSecond / median.around;
        figures[`${name}${suffix}`] = Number(ratio.toFixed(4));
        const each = slices.map((slice) => (100 * (slice.perSecond / slice.around)).toFixed(1)).join(' ');
        console.log(
          `  ${name}${suffix}: ${median.perSecond.toFixed(0)} req/s, ${(100 * ratio).toFixed(2)} % of the bare route` +
            ` around it (${median.around.toFixed(0)} req/s; median of ${rounds}: ${each} %)`,
        );
      }
    }
    for (const [, child] of servers) await stop(child);
    console.log(JSON.stringify({ bench: figures }));
  });
}

await main();
