// The task list, a task's page and the ward dashboard against a bare Fastify route, as the median
// time of one request measured in the same run, one request at a time. The app and the bare route run in their
// own processes (serve-for-bench.ts: the app on --port, the bare route on a free port); Phường Hải Dương's seeded plan
// gets generated tasks with a year of weekly updates (task-rows.ts) and the ward 50,000 dossiers. The dashboard is
// measured at --dashboard-tasks generated tasks, the lists and the task's page at --tasks. The dashboard is measured
// twice: its readings kept, and as the first request after a write to one of the ward's dossiers (its 766 inputs
// change, so it computes them again), --first-samples times.
// Run: node --import tsx packages/server/bench/tasks.bench.ts [--tasks 1000] [--dashboard-tasks 500]
//      [--ward-dossiers 50000] [--samples 30] [--first-samples 5] [--port 3110]

import { sql } from 'kysely';
import { createLogger } from '../src/logger.js';
import { SEED_WARD } from '../src/seed/first-start.js';
import { withBenchDatabase } from './bench-database.js';
import { medianMs, numberOption, serveForBench, sessionCookie } from './bench-http.js';
import { generateTasks, generateWardDossiers } from './task-rows.js';

const log = createLogger({ logLevel: 'warn', logFormat: 'json' });
const NOW = '2026-06-15T03:00:00Z'; // 10:00 in Vietnam, mid-year: every kind of flag is met.

async function main(): Promise<void> {
  const tasks = numberOption('tasks', 1_000);
  const dashboardTasks = Math.min(numberOption('dashboard-tasks', 500), tasks);
  const wardDossiers = numberOption('ward-dossiers', 50_000);
  const samples = numberOption('samples', 30);
  const firstSamples = numberOption('first-samples', 5);
  const appPort = String(numberOption('port', 3110));
  await withBenchDatabase('cchc-bench-tasks-', log, async ({ url, dataDir, db, children }) => {
    const { tenantId } = await generateTasks(db, SEED_WARD.code, dashboardTasks, 52, 'bench-a');
    await generateWardDossiers(db, tenantId, wardDossiers);
    const barePort = await serveForBench('bare', { BARE_PORT: '0' }, children);
    const port = await serveForBench(
      'app',
      { DATABASE_URL: url, CCHC_NOW: NOW, CCHC_DATA_DIR: dataDir, BARE_PORT: appPort },
      children,
    );
    const cookie = { cookie: await sessionCookie(port, 'haiduong.chutich') };
    const api = `http://127.0.0.1:${port}/api/v1`;
    const baseline = await medianMs(`http://127.0.0.1:${barePort}/`, {}, samples * 4);
    const figures: Record<string, number> = {};
    const record = async (name: string, target: string, label: string) => {
      const ms = await medianMs(`${api}${target}`, cookie, samples);
      figures[name] = Number((ms / baseline).toFixed(2));
      console.log(`  ${name}: ${label}, p50 ${ms.toFixed(1)} ms = ${figures[name]}× the bare route`);
    };
    console.log(`  baseline, a bare Fastify route: p50 ${baseline.toFixed(2)} ms`);
    await record(
      'dashboard',
      '/dashboard',
      `${dashboardTasks} tasks, ${wardDossiers.toLocaleString('en-US')} dossiers`,
    );
    // A write to one dossier changes the ward's 766 input stamp (migration 0018): the next read computes again.
    const touchDossier = () =>
      sql`UPDATE dossiers SET updated_at = now() WHERE tenant_id = ${tenantId} AND code = 'TASKBENCH-0000001'`.execute(
        db,
      );
    const firstMs = await medianMs(`${api}/dashboard`, cookie, firstSamples, touchDossier);
    figures.dashboard_first_after_write = Number((firstMs / baseline).toFixed(2));
    console.log(
      `  dashboard_first_after_write: the first request after a dossier's write, p50 ${firstMs.toFixed(1)} ms = ${figures.dashboard_first_after_write}× the bare route`,
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
