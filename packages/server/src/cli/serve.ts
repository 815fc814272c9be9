import type { AppDeps } from '../http/deps.js';
import { closeOnSignals, openRuntime } from '../runtime.js';
import { closeParsePool } from '../uploads/parse-pool.js';

/**
 * `cchc serve`: migrate, seed on first start, serve the API and the web UI until a signal arrives. PostgreSQL starts
 * (its own process) while this one loads the app's modules, and pg-boss starts while the routes are registered:
 * a restart waits for the slower of each pair, not for their sum.
 */
export async function serve(): Promise<void> {
  const runtime = openRuntime({ seed: true });
  const [{ config, log, clock, database, replica }, { buildApp }, { startJobs }] = await Promise.all([
    runtime,
    import('../http/app.js'),
    import('../jobs/job-runner.js'),
  ]);
  const deps: AppDeps = { config, log, clock, db: database.db, pool: database.pool };
  if (replica) deps.replica = { db: replica.db, pool: replica.pool };
  const starting = config.runJobs ? startJobs(deps, database.url) : null;
  const app = await buildApp(deps, { serveWeb: true });
  const jobs = await starting;
  // Routes read the queue at request time: long work (dossier imports) goes to pg-boss from here on.
  if (jobs) deps.jobs = jobs;
  closeOnSignals(async () => {
    await app.close();
    await jobs?.stop();
    await closeParsePool();
    await replica?.close();
    await database.close();
  }, log);
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  log.info(`cchc đang chạy tại http://${shown}:${config.port} (API: /api/v1, tài liệu API: /api/docs)`);
}
