import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** The primary's current WAL position: a write committed before this call is at or before it. */
export async function currentWalLsn(primary: Db): Promise<string> {
  const { rows } = await sql<{ lsn: string }>`SELECT pg_current_wal_lsn()::text AS lsn`.execute(primary);
  return rows[0]?.lsn ?? '0/0';
}

/** Whether the standby has replayed the WAL up to `lsn` (false when it is not a standby or cannot say). */
export async function replayedUpTo(replica: Db, lsn: string): Promise<boolean> {
  const { rows } = await sql<{ done: boolean | null }>`
    SELECT pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn AS done`.execute(replica);
  return rows[0]?.done === true;
}
