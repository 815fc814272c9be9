import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

/** `packages/server/migrations`: two levels above both `src/db` and `dist/db`. */
export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

/** The reviewed SQL files, `NNNN-what-it-does.sql`, in order. */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}-[a-z0-9-]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

// Any constant works; it only has to be the same for every cchc process on one database.
const MIGRATION_LOCK = 4_817_203;

/**
 * Applies the files not yet applied, each in its own transaction, under an advisory lock so that several
 * servers starting at once against one database migrate it once. An applied file that changed is an error:
 * migrations are append-only.
 */
export async function migrate(pool: pg.Pool, onApplied: (name: string) => void = () => {}): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL)',
    );
    const done = new Map(
      (await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations')).rows.map(
        (r) => [r.name, r.checksum],
      ),
    );
    const applied: string[] = [];
    for (const file of readMigrations()) {
      const known = done.get(file.name);
      if (known !== undefined) {
        if (known !== file.checksum) throw new Error(`migration ${file.name} was changed after it was applied`);
        continue;
      }
      await applyOne(client, file);
      applied.push(file.name);
      onApplied(file.name);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

async function applyOne(client: pg.PoolClient, file: MigrationFile): Promise<void> {
  try {
    await client.query('BEGIN');
    await client.query(file.sql);
    await client.query('INSERT INTO schema_migrations (name, checksum, applied_at) VALUES ($1, $2, now())', [
      file.name,
      file.checksum,
    ]);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw new Error(`migration ${file.name} failed: ${(e as Error).message}`);
  }
}

/** Names of applied migrations and of those waiting, for the health check. */
export async function migrationStatus(pool: pg.Pool): Promise<{ applied: number; pending: string[] }> {
  const rows = await pool
    .query<{ name: string }>('SELECT name FROM schema_migrations')
    .then((r) => r.rows)
    .catch(() => []);
  const names = new Set(rows.map((r) => r.name));
  return {
    applied: names.size,
    pending: readMigrations()
      .filter((f) => !names.has(f.name))
      .map((f) => f.name),
  };
}
