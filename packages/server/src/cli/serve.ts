import { buildApp } from '../http/app.js';
import type { AppDeps } from '../http/deps.js';
import { startJobs } from '../jobs/job-runner.js';
import { closeOnSignals, openRuntime } from '../runtime.js';
import { closeParsePool } from '../uploads/parse-pool.js';

/** `cchc serve`: migrate, seed on first start, serve the API and the web UI until a signal arrives. */
export async function serve(): Promise<void> {
  const { config, log, clock, database } = await openRuntime({ seed: true });
  const deps: AppDeps = { config, log, clock, db: database.db, pool: database.pool };
  const app = await buildApp(deps, { serveWeb: true });
  const jobs = config.runJobs ? await startJobs(deps, database.url) : null;
  // Routes read the queue at request time: long work (dossier imports) goes to pg-boss from here on.
  if (jobs) deps.jobs = jobs;
  closeOnSignals(async () => {
    await app.close();
    await jobs?.stop();
    await closeParsePool();
    await database.close();
  }, log);
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  log.info(`cchc đang chạy tại http://${shown}:${config.port} (API: /api/v1, tài liệu API: /api/docs)`);
}
