import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** One hit counted in the key's current fixed window; returns the window's count and the milliseconds left. */
export async function countHit(db: Db, key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  // The database's clock, not the app's: every server must agree on where a window starts, and CCHC_NOW (a
  // fixed day in tests and demos) would never end one. A count lost in a crash lets one more request through, so
  // the commit does not wait for the disk (synchronous_commit off for this statement's transaction only).
  const { rows } = await sql<{ hits: number; ttl: number }>`
    WITH w AS (
      SELECT to_timestamp(floor(extract(epoch FROM clock_timestamp()) * 1000 / ${windowMs}) * ${windowMs} / 1000.0) AS start,
             set_config('synchronous_commit', 'off', true) AS no_wait
    )
    INSERT INTO rate_limit_hits AS h (key, window_start, hits)
    SELECT ${key}, w.start, 1 FROM w
    ON CONFLICT (key, window_start) DO UPDATE SET hits = h.hits + 1
    RETURNING h.hits,
      greatest(0, ceil(extract(epoch FROM h.window_start - clock_timestamp()) * 1000) + ${windowMs})::int AS ttl`.execute(
    db,
  );
  const row = rows[0];
  if (!row) throw new Error('rate limit: the count returned no row');
  return { current: row.hits, ttl: row.ttl };
}

/** Drops windows that ended before `olderThanMs` ago. */
export async function dropEndedWindows(db: Db, olderThanMs: number): Promise<void> {
  await sql`DELETE FROM rate_limit_hits
             WHERE window_start < clock_timestamp() - make_interval(secs => ${olderThanMs} / 1000.0)`.execute(db);
}
