import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect } from '../../src/db/database.js';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';
import { migrate } from '../../src/db/migrate.js';
import { createLogger } from '../../src/logger.js';
import { seedFirstStart } from '../../src/seed/first-start.js';
import { TEST_EPOCH } from './constants.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server URL whose user may create databases. */
    adminUrl: string;
    /** A migrated and seeded database every test file copies (CREATE DATABASE … TEMPLATE). */
    templateDb: string;
    /** 'embedded' or 'external', for messages. */
    dbKind: string;
    /** Prefix of this run's databases, so that parallel runs on one server never meet. */
    runId: string;
  }
}

/**
 * Starts one PostgreSQL for the whole run (the embedded one, or TEST_DATABASE_URL for the `server-pg` project),
 * migrates and seeds a template database once, so each test file gets a fresh copy in milliseconds.
 */
export default async function setup(project: TestProject) {
  const external = project.config.env?.CCHC_TEST_DB === 'external';
  const log = createLogger({ logLevel: 'warn', logFormat: 'json' });
  let dataDir: string | null = null;
  let adminUrl: string;
  let stopServer = async () => {};
  if (external) {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('the server-pg project needs TEST_DATABASE_URL');
    adminUrl = url;
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-test-'));
    fs.chmodSync(dataDir, 0o755); // the unprivileged server user must reach it when tests run as root
    const server = await startEmbeddedPostgres(dataDir, log);
    adminUrl = withDatabase(server.url, 'postgres');
    stopServer = server.stop;
  }
  const runId = `${process.pid}`;
  const templateDb = `cchc_tpl_${runId}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${templateDb}`);
  await adminQuery(adminUrl, `CREATE DATABASE ${templateDb}`);
  const handle = connect(withDatabase(adminUrl, templateDb), false, async () => {});
  await migrate(handle.pool);
  await seedFirstStart(handle.db, TEST_EPOCH, log);
  await handle.close();

  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', templateDb);
  project.provide('dbKind', external ? 'external' : 'embedded');
  project.provide('runId', runId);

  return async () => {
    await dropTestDatabases(adminUrl, templateDb, runId);
    await stopServer();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export async function adminQuery(url: string, query: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

async function dropTestDatabases(url: string, templateDb: string, runId: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
      [templateDb, `cchc_t_${runId}_%`],
    );
    for (const r of rows) await client.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
