import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** The SQL of the login throttle (`login-throttle.ts`): failed attempts by account and address. */
export function loginFailuresRepository(db: Db) {
  return {
    /** Holds the address's advisory lock to the end of the transaction: parallel guesses take turns. */
    lockAddress: (ip: string) => sql`SELECT pg_advisory_xact_lock(1212, hashtext(${ip}))`.execute(db),

    /** Since a moment: the address's failures, the (account, address) pair's, and the pair's last one. */
    counts: (username: string, ip: string, since: Date) =>
      db
        .selectFrom('login_failures')
        .select((eb) => [
          eb.fn.countAll<string>().as('byAddress'),
          eb.fn.countAll<string>().filterWhere('username', '=', username).as('byPair'),
          eb.fn.max('at').filterWhere('username', '=', username).as('lastPair'),
        ])
        .where('ip', '=', ip)
        .where('at', '>=', since)
        .executeTakeFirstOrThrow(),

    insert: async (username: string, ip: string, at: Date) =>
      (await db.insertInto('login_failures').values({ username, ip, at }).returning('id').executeTakeFirstOrThrow()).id,

    /** Takes back an attempt and the pair's earlier failures (other addresses' guesses stay counted). */
    clearPair: (id: number, username: string, ip: string) =>
      db
        .deleteFrom('login_failures')
        .where((eb) => eb.or([eb('id', '=', id), eb.and([eb('username', '=', username), eb('ip', '=', ip)])]))
        .execute(),
  };
}
