import { buildApp } from '../http/app.js';
import { startJobs } from '../jobs/job-runner.js';
import { closeOnSignals, openRuntime } from '../runtime.js';

/** `cchc serve`: migrate, seed on first start, serve the API and the web UI until a signal arrives. */
export async function serve(): Promise<void> {
  const { config, log, clock, database } = await openRuntime({ seed: true });
  const deps = { config, log, clock, db: database.db, pool: database.pool };
  const app = await buildApp(deps, { serveWeb: true });
  const jobs = config.runJobs ? await startJobs(deps, database.url) : null;
  closeOnSignals(async () => {
    await app.close();
    await jobs?.stop();
    await database.close();
  }, log);
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  log.info(`cchc đang chạy tại http://${shown}:${config.port} (API: /api/v1, tài liệu API: /api/docs)`);
}
