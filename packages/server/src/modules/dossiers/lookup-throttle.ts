import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/**
 * Guessing the 4 phone digits of a dossier code is slowed per (code, address) and per address, never per code
 * alone: a stranger's wrong guesses must not lock the applicant out of their own dossier.
 */
export const LOOKUP_FAILURES_PER_CODE_AND_ADDRESS = 5;
export const LOOKUP_FAILURES_PER_ADDRESS = 30;
const WINDOW_MS = 15 * 60_000;

/** A counted lookup: its row stands as a failure unless {@link succeeded} takes it back. */
export interface LookupAttempt {
  allowed: boolean;
  succeeded(): Promise<void>;
}

/**
 * Counts a lookup before the digits are compared, under the address's advisory lock, so parallel guesses take
 * turns at the counter. A refused attempt is not counted (it compared nothing).
 */
export async function beginLookupAttempt(db: Db, code: string, ip: string, now: Date): Promise<LookupAttempt> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const id = await db.transaction().execute(async (trx) => {
    // A counter row lost in a crash costs one extra guess, not data: no wait for the disk.
    await sql`SET LOCAL synchronous_commit TO off`.execute(trx);
    await sql`SELECT pg_advisory_xact_lock(1213, hashtext(${ip}))`.execute(trx);
    const row = await trx
      .selectFrom('dossier_lookup_failures')
      .select((eb) => [
        eb.fn.countAll<string>().as('byAddress'),
        eb.fn.countAll<string>().filterWhere('code', '=', code).as('byPair'),
      ])
      .where('ip', '=', ip)
      .where('at', '>=', since)
      .executeTakeFirstOrThrow();
    if (Number(row.byPair) >= LOOKUP_FAILURES_PER_CODE_AND_ADDRESS) return null;
    if (Number(row.byAddress) >= LOOKUP_FAILURES_PER_ADDRESS) return null;
    const inserted = await trx
      .insertInto('dossier_lookup_failures')
      .values({ code, ip, at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return inserted.id;
  });
  return {
    allowed: id !== null,
    succeeded: async () => {
      if (id === null) return;
      await db.transaction().execute(async (trx) => {
        await sql`SET LOCAL synchronous_commit TO off`.execute(trx);
        await trx
          .deleteFrom('dossier_lookup_failures')
          .where((eb) => eb.or([eb('id', '=', id), eb.and([eb('code', '=', code), eb('ip', '=', ip)])]))
          .execute();
      });
    },
  };
}
