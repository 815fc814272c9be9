// The set-up benches share: an embedded PostgreSQL in a temporary folder, migrated and seeded as on first start,
// the child servers a bench starts, and the clean-up even when the bench is stopped from outside.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../src/db/database.js';
import { connect } from '../src/db/database.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { migrate } from '../src/db/migrate.js';
import type { Logger } from '../src/logger.js';
import { seedFirstStart } from '../src/seed/first-start.js';

export interface BenchDatabase {
  /** The database's URL, for the app servers the bench starts. */
  url: string;
  /** The data folder, for those servers' `CCHC_DATA_DIR`. */
  dataDir: string;
  db: Db;
  /** Servers the bench starts: stopped at the end, killed on ^C or a timeout. */
  children: ChildProcess[];
}

export async function withBenchDatabase(
  prefix: string,
  log: Logger,
  run: (bench: BenchDatabase) => Promise<void>,
): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dataDir, 0o755);
  const server = await startEmbeddedPostgres(dataDir, log);
  const url = Object.assign(new URL(server.url), { pathname: '/postgres' }).toString();
  const handle = connect(url, false, async () => {});
  const children: ChildProcess[] = [];
  // Stopped from outside (a timeout, ^C): the servers must not outlive the bench.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      for (const child of children) child.kill('SIGKILL');
      process.exit(1);
    });
  try {
    await migrate(handle.pool);
    await seedFirstStart(handle.db, new Date('2026-01-01T00:00:00Z'), log);
    await run({ url, dataDir, db: handle.db, children });
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await handle.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
