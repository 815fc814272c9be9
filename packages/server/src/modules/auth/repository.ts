import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** The only place with SQL for logins and sessions. */
export function authRepository(db: Db) {
  return {
    db,
    findLogin: (username: string) =>
      db
        .selectFrom('user_logins as l')
        .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'l.tenant_id').onRef('u.id', '=', 'l.user_id'))
        .select(['u.tenant_id', 'u.id', 'u.password_hash', 'u.active'])
        .where('l.username', '=', username)
        .executeTakeFirst(),

    /** Accounts an identity provider's claim names: by e-mail (any case) or by username. */
    findLoginsByClaim: (field: 'email' | 'username', value: string) =>
      db
        .selectFrom('users as u')
        .select(['u.tenant_id', 'u.id', 'u.active'])
        .where(field === 'email' ? sql`lower(u.email)` : sql`lower(u.username)`, '=', value.trim().toLowerCase())
        .limit(2)
        .execute(),

    createSession: (s: {
      tenant_id: string;
      id: string;
      user_id: string;
      secret_hash: Buffer;
      csrf_token: string;
      created_at: Date;
      expires_at: Date;
      last_seen_at: Date;
      ip: string;
      user_agent: string | null;
    }) => db.insertInto('sessions').values(s).execute(),

    findSession: (tenantId: string, id: string) =>
      db
        .selectFrom('sessions as s')
        .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 's.tenant_id').onRef('u.id', '=', 's.user_id'))
        .innerJoin('tenants as t', 't.id', 's.tenant_id')
        .select([
          't.kind as tenant_kind',
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
          'u.must_change_password',
          's.last_seen_at',
        ])
        .where('s.tenant_id', '=', tenantId)
        .where('s.id', '=', id)
        .executeTakeFirst(),

    /**
     * Marks a session used; at most once a minute, so reads do not turn every request into a write (the caller
     * skips the statement for a session it read as seen within the minute; this holds when two requests race).
     */
    touchSession: (tenantId: string, id: string, now: Date) =>
      db
        .updateTable('sessions')
        .set({ last_seen_at: now })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where((eb) =>
          eb.or([eb('last_seen_at', 'is', null), eb('last_seen_at', '<', new Date(now.getTime() - 60_000))]),
        )
        .execute(),

    listSessions: (tenantId: string, userId: string, now: Date) =>
      db
        .selectFrom('sessions')
        .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .where('expires_at', '>', now)
        .orderBy('created_at', 'desc')
        .execute(),

    deleteUserSession: (tenantId: string, userId: string, id: string) =>
      db
        .deleteFrom('sessions')
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst(),

    findPasswordHash: async (tenantId: string, userId: string) =>
      (
        await db
          .selectFrom('users')
          .select('password_hash')
          .where('tenant_id', '=', tenantId)
          .where('id', '=', userId)
          .executeTakeFirst()
      )?.password_hash,

    /** A new password: one's own (the temporary flag goes) or an admin's reset (temporary, changed at first use). */
    setPassword: (tenantId: string, userId: string, passwordHash: string, now: Date, temporary: boolean) =>
      db
        .updateTable('users')
        .set({ password_hash: passwordHash, must_change_password: temporary, password_changed_at: now })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', userId)
        .execute(),

    /** Ends every session of a user, or every one but the session asking. */
    endSessions: (tenantId: string, userId: string, exceptSessionId?: string) =>
      db
        .deleteFrom('sessions')
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .$if(exceptSessionId !== undefined, (q) => q.where('id', '!=', exceptSessionId ?? ''))
        .execute(),

    deleteSession: (tenantId: string, id: string) =>
      db.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('id', '=', id).execute(),
  };
}
export type AuthRepository = ReturnType<typeof authRepository>;
