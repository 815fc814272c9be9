import { sql } from 'kysely';
import type { Db } from './database.js';

/**
 * Runs `work` on one connection holding a session-level advisory lock, released however `work` ends: for a
 * step that must run once however many servers start at the same moment (first-start seeding).
 */
export async function withSessionLock<T>(db: Db, key: number, work: (conn: Db) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${key})`.execute(conn);
    try {
      return await work(conn);
    } finally {
      await sql`SELECT pg_advisory_unlock(${key})`.execute(conn);
    }
  });
}
