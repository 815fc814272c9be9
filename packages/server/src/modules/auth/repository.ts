import type { Db } from '../../db/database.js';

/** The only place with SQL for logins and sessions. */
export function authRepository(db: Db) {
  return {
    findLogin: (username: string) =>
      db
        .selectFrom('user_logins as l')
        .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'l.tenant_id').onRef('u.id', '=', 'l.user_id'))
        .select(['u.tenant_id', 'u.id', 'u.password_hash', 'u.active'])
        .where('l.username', '=', username)
        .executeTakeFirst(),

    countRecentFailures: async (username: string, ip: string, since: Date) => {
      const row = await db
        .selectFrom('login_failures')
        .select((eb) => [
          eb.fn.countAll<number>().filterWhere('username', '=', username).as('byUser'),
          eb.fn.countAll<number>().filterWhere('ip', '=', ip).as('byIp'),
        ])
        .where('at', '>=', since)
        .where((eb) => eb.or([eb('username', '=', username), eb('ip', '=', ip)]))
        .executeTakeFirstOrThrow();
      return { byUser: Number(row.byUser), byIp: Number(row.byIp) };
    },

    recordFailure: (username: string, ip: string, at: Date) =>
      db.insertInto('login_failures').values({ username, ip, at }).execute(),

    clearFailures: (username: string) => db.deleteFrom('login_failures').where('username', '=', username).execute(),

    createSession: (s: {
      tenant_id: string;
      id: string;
      user_id: string;
      secret_hash: Buffer;
      csrf_token: string;
      created_at: Date;
      expires_at: Date;
    }) => db.insertInto('sessions').values(s).execute(),

    findSession: (tenantId: string, id: string) =>
      db
        .selectFrom('sessions as s')
        .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 's.tenant_id').onRef('u.id', '=', 's.user_id'))
        .select([
          's.secret_hash',
          's.csrf_token',
          's.expires_at',
          'u.id as user_id',
          'u.tenant_id',
          'u.unit_id',
          'u.username',
          'u.full_name',
          'u.roles',
          'u.active',
        ])
        .where('s.tenant_id', '=', tenantId)
        .where('s.id', '=', id)
        .executeTakeFirst(),

    deleteSession: (tenantId: string, id: string) =>
      db.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('id', '=', id).execute(),
  };
}
export type AuthRepository = ReturnType<typeof authRepository>;
