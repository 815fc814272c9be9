import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import type { DB } from './generated.js';

// bigint (int8) counts come back as numbers: ours stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
// `date` columns stay 'YYYY-MM-DD' strings: a calendar date has no time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type Db = Kysely<DB>;

/** An open connection to cchc's database, with whatever must be stopped when cchc exits. */
export interface DatabaseHandle {
  db: Db;
  pool: pg.Pool;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** Opens `DATABASE_URL`, or starts the embedded PostgreSQL in the data folder when it is not set. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  log: Logger,
): Promise<DatabaseHandle> {
  if (config.databaseUrl) return connect(config.databaseUrl, false, async () => {});
  const server = await startEmbeddedPostgres(config.dataDir, log);
  await ensureDatabaseExists(server.url);
  return connect(server.url, true, server.stop);
}

/** Connects a pool and Kysely to a URL; `onClose` runs after the pool has ended. */
export function connect(url: string, embedded: boolean, onClose: () => Promise<void>): DatabaseHandle {
  // A server that went away fails a request in seconds (503), not after the OS's TCP timeout.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client losing its server (restart, failover) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  // pg-pool listens for errors on idle clients only: a client checked out between two queries of a transaction
  // would emit 'error' with no listener when the server dies, and an unheard 'error' ends the process. The
  // transaction's next query fails instead (a 503), and the pool drops the broken client on release.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    url,
    embedded,
    close: async () => {
      await db.destroy();
      // Kysely ends the pool only if it ever used it; raw-SQL users (migrations, backup) share it too.
      if (!pool.ended) await pool.end();
      await onClose();
    },
  };
}

/** The embedded cluster starts with only the `postgres` database; cchc's own is created on first start. */
async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '')}"`);
  } finally {
    await client.end();
  }
}
