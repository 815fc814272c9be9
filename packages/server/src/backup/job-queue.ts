import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import PgBoss from 'pg-boss';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { ident } from './tables.js';

/** The job queue's schema (pg-boss): scheduled and waiting jobs, so a restore loses no pending reminder or import. */
export const QUEUE_SCHEMA = 'pgboss';
// Parents before children: jobs name their queue.
const ORDER = ['version', 'queue', 'schedule', 'subscription', 'job', 'archive'];

/** The queue's tables present in this database (none before the first start with jobs). */
export async function queueTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition`,
    [QUEUE_SCHEMA],
  );
  const rank = (n: string) => (ORDER.includes(n) ? ORDER.indexOf(n) : ORDER.length);
  return rows.map((r) => r.name).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

const qualified = (name: string) => `${ident(QUEUE_SCHEMA)}.${ident(name)}`;

/**
 * Writes one queue table (a SELECT: the job table is partitioned per queue, which plain COPY refuses), in the order
 * of its first column so that two backups of the same data are the same files.
 */
export async function copyQueueTableOut(client: pg.ClientBase, name: string, file: string): Promise<void> {
  const query = `COPY (SELECT * FROM ${qualified(name)} ORDER BY 1) TO STDOUT`;
  await pipeline(client.query(copyTo(query)), fs.createWriteStream(file));
}

/** Creates pg-boss's empty schema when missing, as its own start would (its plan commits by itself). */
export async function ensureQueueSchema(pool: pg.Pool): Promise<void> {
  const exists = await pool.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [QUEUE_SCHEMA]);
  if (!exists.rowCount) await pool.query(PgBoss.getConstructionPlans(QUEUE_SCHEMA));
}

/**
 * Loads the queue's tables inside the restore's transaction. Queues go through pg-boss's `create_queue`, which also
 * creates each queue's job partition; the version number is the new schema's own.
 */
export async function loadQueueTables(client: pg.ClientBase, dir: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const file = path.join(dir, `${name}.copy`);
    if (name === 'version') {
      // The schema's own version number stays (it was just built); its bookkeeping times come back.
      await client.query(`CREATE TEMP TABLE restored_version (LIKE ${qualified('version')}) ON COMMIT DROP`);
      await pipeline(fs.createReadStream(file), client.query(copyFrom('COPY restored_version FROM STDIN')));
      await client.query(`UPDATE ${qualified('version')} v
          SET (maintained_on, cron_on, monitored_on) = (r.maintained_on, r.cron_on, r.monitored_on)
          FROM restored_version r`);
      continue;
    }
    if (name === 'queue') {
      await client.query(`CREATE TEMP TABLE restored_queue (LIKE ${qualified('queue')}) ON COMMIT DROP`);
      await pipeline(fs.createReadStream(file), client.query(copyFrom('COPY restored_queue FROM STDIN')));
      await client.query(`SELECT ${ident(QUEUE_SCHEMA)}.create_queue(name, json_build_object(
          'policy', policy, 'retryLimit', retry_limit, 'retryDelay', retry_delay, 'retryBackoff', retry_backoff,
          'expireInSeconds', expire_seconds, 'retentionMinutes', retention_minutes, 'deadLetter', dead_letter))
        FROM restored_queue ORDER BY dead_letter IS NOT NULL, name`);
      // create_queue stamps its own times and defaults: the backed-up row is the truth.
      await client.query(`UPDATE ${qualified('queue')} q
          SET (policy, retry_limit, retry_delay, retry_backoff, expire_seconds, retention_minutes, dead_letter,
               created_on, updated_on)
            = (r.policy, r.retry_limit, r.retry_delay, r.retry_backoff, r.expire_seconds, r.retention_minutes,
               r.dead_letter, r.created_on, r.updated_on)
          FROM restored_queue r WHERE q.name = r.name`);
      continue;
    }
    await pipeline(fs.createReadStream(file), client.query(copyFrom(`COPY ${qualified(name)} FROM STDIN`)));
  }
}
