import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { type DatabaseHandle, openDatabase } from '../src/db/database.js';
import { isAlive } from '../src/db/embedded-postgres.js';
import { migrate } from '../src/db/migrate.js';
import { buildApp } from '../src/http/app.js';
import { type JobRunner, startJobs } from '../src/jobs/job-runner.js';
import { createLogger } from '../src/logger.js';
import { seedFirstStart } from '../src/seed/first-start.js';
import { TEST_EPOCH } from './support/constants.js';
import { TestClient } from './support/test-app.js';

// The app on its own embedded PostgreSQL (not the suite's shared one), so the test may crash and stop it.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-restart-'));
let database: DatabaseHandle;
let app: Awaited<ReturnType<typeof buildApp>>;
let url: string;
let jobs: JobRunner;

beforeAll(async () => {
  const config = loadConfig({ NODE_ENV: 'test', CCHC_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const log = createLogger({ logLevel: process.env.TEST_LOG_LEVEL ?? 'silent', logFormat: 'json' });
  database = await openDatabase(config, log);
  await migrate(database.pool);
  await seedFirstStart(database.db, TEST_EPOCH, log);
  const deps = { config, log, clock: createClock(TEST_EPOCH), db: database.db, pool: database.pool };
  app = await buildApp(deps);
  jobs = await startJobs(deps, database.url); // pg-boss loses its connections too, and must not end the process
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 120_000);

afterAll(async () => {
  await app?.close();
  await jobs?.stop();
  await database?.close();
  // As root the cluster lives in a service location (CLUSTER_LOCATION): removed with the data folder.
  fs.rmSync(path.dirname(pgdata()), { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The cluster's folder: in the data folder, or where CLUSTER_LOCATION says when run as root. */
function pgdata(): string {
  const pointer = path.join(dataDir, 'CLUSTER_LOCATION');
  const cluster = fs.existsSync(pointer) ? fs.readFileSync(pointer, 'utf8').trim() : path.join(dataDir, 'postgres');
  return path.join(cluster, 'pgdata');
}
const postmasterPid = () => Number(fs.readFileSync(path.join(pgdata(), 'postmaster.pid'), 'utf8').split('\n')[0]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function healthy(timeoutMs: number): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(250)) {
    const res = await fetch(`${url}/api/v1/health`);
    if (res.status === 200) return true;
  }
  return false;
}

describe('the app survives its database going away', () => {
  it('keeps running through a crash and a fast shutdown; every acknowledged write is there', async () => {
    const admin = new TestClient(url);
    expect((await admin.login('haiduong.admin')).status).toBe(204);
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    let stop = false;
    let n = 0;
    const writer = async () => {
      while (!stop) {
        const k = n++;
        const res = await admin.post('/api/v1/legal-documents', {
          numberSymbol: `${k}/2026/QĐ-UBND`,
          docType: 'decision',
          title: `Quyết định thử số ${k}`,
          issuer: 'UBND phường',
          signedOn: '2026-01-05',
          effectiveOn: '2026-01-05',
        });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 201) acknowledged.push(res.body.id);
        else if (res.status === 503 && res.body.error?.code !== 'unavailable')
          throw new Error(JSON.stringify(res.body));
        else if (res.status !== 503) throw new Error(`unexpected ${res.status}: ${JSON.stringify(res.body)}`);
        await sleep(5);
      }
    };
    const load = Promise.all([writer(), writer()]);
    await sleep(1000);

    // A crash: the postmaster killed outright. The supervisor restarts it.
    const crashed = postmasterPid();
    process.kill(crashed, 'SIGKILL');
    await sleep(500);
    const health = await (await fetch(`${url}/api/v1/health`)).json();
    expect(health.status).toBe('degraded');
    expect(health.database.reachable).toBe(false);
    expect(health.database.problem).toBeTruthy();
    expect(await healthy(60_000)).toBe(true);
    expect(isAlive(crashed)).toBe(false);
    await sleep(1000);

    // A fast shutdown, as an operator or a failover does; the supervisor starts it again.
    process.kill(postmasterPid(), 'SIGINT'); // SIGINT is PostgreSQL's fast shutdown
    await sleep(1000);
    expect(await healthy(60_000)).toBe(true);
    await sleep(1000);
    stop = true;
    await load;

    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(20);
    const stored = await database.pool.query('SELECT count(*) AS n FROM legal_documents WHERE id = ANY($1::uuid[])', [
      acknowledged,
    ]);
    expect(stored.rows[0].n).toBe(acknowledged.length);
  }, 180_000);
});
