import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** The health check's SQL: a round trip, and the replica's replay position against the primary's WAL. */
export const healthRepository = {
  ping: (db: Db) => sql`SELECT 1`.execute(db),

  /** The standby's last replayed WAL position (null on a primary) and the seconds since its last replay. */
  standbyReplay: async (replica: Db) =>
    (
      await sql<{ replayed: string | null; seconds: number | null }>`
        SELECT pg_last_wal_replay_lsn()::text AS replayed,
               extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 AS seconds`.execute(replica)
    ).rows[0],

  /** Bytes of WAL the primary wrote past a position. */
  walBytesAfter: async (primary: Db, lsn: string) =>
    (
      await sql<{ bytes: number }>`
        SELECT greatest(pg_wal_lsn_diff(pg_current_wal_lsn(), ${lsn}::pg_lsn), 0)::float8 AS bytes`.execute(primary)
    ).rows[0]?.bytes ?? null,
};
