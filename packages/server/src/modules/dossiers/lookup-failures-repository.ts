import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** The SQL of the public lookup's throttle (`lookup-throttle.ts`): failed lookups by code and address. */
export function lookupFailuresRepository(db: Db) {
  return {
    /** A counter row lost in a crash costs one extra guess, not data: the transaction does not wait for the disk. */
    skipDiskWait: () => sql`SET LOCAL synchronous_commit TO off`.execute(db),

    /** Holds the address's advisory lock to the end of the transaction: parallel guesses take turns. */
    lockAddress: (ip: string) => sql`SELECT pg_advisory_xact_lock(1213, hashtext(${ip}))`.execute(db),

    /** Since a moment: the address's failures and the (code, address) pair's. */
    counts: (code: string, ip: string, since: Date) =>
      db
        .selectFrom('dossier_lookup_failures')
        .select((eb) => [
          eb.fn.countAll<string>().as('byAddress'),
          eb.fn.countAll<string>().filterWhere('code', '=', code).as('byPair'),
        ])
        .where('ip', '=', ip)
        .where('at', '>=', since)
        .executeTakeFirstOrThrow(),

    insert: async (code: string, ip: string, at: Date) =>
      (
        await db
          .insertInto('dossier_lookup_failures')
          .values({ code, ip, at })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,

    /** Takes back a lookup and the pair's earlier failures. */
    clearPair: (id: number, code: string, ip: string) =>
      db
        .deleteFrom('dossier_lookup_failures')
        .where((eb) => eb.or([eb('id', '=', id), eb.and([eb('code', '=', code), eb('ip', '=', ip)])]))
        .execute(),
  };
}
