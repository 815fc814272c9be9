// The task list, a task's page and the ward dashboard (issue 18.1) against a bare Fastify route, as the median
// time of one request measured in the same run, one request at a time. The app and the bare route run in their
// own processes (serve-for-bench.ts, on the lane's ports 3110 and 3111); Phường Hải Dương's seeded plan gets generated tasks with a year of weekly
// updates (task-rows.ts) and the ward 50,000 dossiers. The dashboard is measured at --dashboard-tasks generated
// tasks, the lists and the task's page at --tasks.
// Run: node --import tsx packages/server/bench/tasks.bench.ts [--tasks 1000] [--dashboard-tasks 500]
//      [--ward-dossiers 50000] [--samples 30]
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createLogger } from '../src/logger.js';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { SEED_WARD } from '../src/seed/first-start.js';
import { withBenchDatabase } from './bench-database.js';
import { generateTasks, generateWardDossiers } from './task-rows.js';

const log = createLogger({ logLevel: 'warn', logFormat: 'json' });
const NOW = '2026-06-15T03:00:00Z'; // 10:00 in Vietnam, mid-year: every kind of flag is met.

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`--${name} wants a positive whole number`);
  return value;
}

// BENCH_CPU_PROF_DIR=<folder>: the servers write CPU profiles there, to see where a request's time goes.
const profiling = process.env.BENCH_CPU_PROF_DIR
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`]
  : [];

/** Starts serve-for-bench.ts in `mode`; resolves with its port once it listens. */
function serve(mode: 'app' | 'bare', env: Record<string, string>, children: ChildProcess[]): Promise<number> {
  const script = path.join(import.meta.dirname, 'serve-for-bench.ts');
  const child = spawn(process.execPath, [...profiling, '--import', 'tsx', script, mode], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${mode} server exited (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve(Number(port));
    });
  });
}

/** The median milliseconds of `samples` requests made one after the other, after three to warm up. */
async function median(url: string, headers: Record<string, string>, samples: number): Promise<number> {
  const once = async () => {
    const started = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    return performance.now() - started;
  };
  for (let i = 0; i < 3; i += 1) await once();
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) times.push(await once());
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** The session cookie of a demo account. */
async function login(port: number, username: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 204) throw new Error(`login of ${username} answered ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function main(): Promise<void> {
  const tasks = option('tasks', 1_000);
  const dashboardTasks = Math.min(option('dashboard-tasks', 500), tasks);
  const wardDossiers = option('ward-dossiers', 50_000);
  const samples = option('samples', 30);
  await withBenchDatabase('cchc-bench-tasks-', log, async ({ url, dataDir, db, children }) => {
    const { tenantId } = await generateTasks(db, SEED_WARD.code, dashboardTasks, 52, 'bench-a');
    await generateWardDossiers(db, tenantId, wardDossiers);
    const barePort = await serve('bare', { BARE_PORT: '3110' }, children);
    const port = await serve(
      'app',
      { DATABASE_URL: url, CCHC_NOW: NOW, CCHC_DATA_DIR: dataDir, BARE_PORT: '3111' },
      children,
    );
    const cookie = { cookie: await login(port, 'haiduong.chutich') };
    const api = `http://127.0.0.1:${port}/api/v1`;
    const baseline = await median(`http://127.0.0.1:${barePort}/`, {}, samples * 4);
    const figures: Record<string, number> = {};
    const record = async (name: string, target: string, label: string) => {
      const ms = await median(`${api}${target}`, cookie, samples);
      figures[name] = Number((ms / baseline).toFixed(2));
      console.log(`  ${name}: ${label}, p50 ${ms.toFixed(1)} ms = ${figures[name]}× the bare route`);
    };
    console.log(`  baseline, a bare Fastify route: p50 ${baseline.toFixed(2)} ms`);
    await record(
      'dashboard',
      '/dashboard',
      `${dashboardTasks} tasks, ${wardDossiers.toLocaleString('en-US')} dossiers`,
    );
    if (tasks > dashboardTasks) await generateTasks(db, SEED_WARD.code, tasks - dashboardTasks, 52, 'bench-b');
    const [task] = (
      (await (await fetch(`${api}/tasks?source=city`, { headers: cookie })).json()) as {
        tasks: { id: string }[];
      }
    ).tasks;
    if (!task) throw new Error('no generated task is listed');
    const size = `${tasks.toLocaleString('en-US')} tasks, 52 updates each`;
    await record('tasks_list', '/tasks', size);
    await record('tasks_list_completed_empty', '/tasks?status=completed', `${size}, none completed`);
    await record('task_view', `/tasks/${task.id}`, `one of ${size}`);
    console.log(JSON.stringify({ bench: figures }));
  });
}

await main();
