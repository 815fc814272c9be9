import type { Role } from '@cchc/domain';
import { sql } from 'kysely';
import type { NotificationKind } from '../../db/column-types.js';
import type { Db } from '../../db/database.js';
import type { NotificationData } from './data.js';

/** What a notification of kind `K` says: its kind with the data that kind holds (data.ts). */
export type NotificationOf<K extends NotificationKind = NotificationKind> = {
  [Kind in K]: { kind: Kind; data: NotificationData<Kind> };
}[K];

/**
 * A notification to create; the key (tenant, user, kind, task, subject, day) makes a second creation a no-op
 * unless the first was cleared meanwhile.
 */
export type NewNotification = NotificationOf & {
  tenantId: string;
  userId: string;
  taskId: string | null;
  /** What a notification outside tasks is about (`dossier:<id>`); absent for tasks. */
  subject?: string;
  day: string;
};

/** A user who may be told something, with the address e-mails go to. */
export interface Recipient {
  id: string;
  email: string | null;
  full_name: string;
}

// A claim older than this is a server that died while sending: another may take the e-mail over.
const STALE_CLAIM_MS = 15 * 60_000;

/** The only SQL of notifications. Every query filters by tenant; a user only ever reads their own. */
export function notificationsRepository(db: Db) {
  const ndb = db;
  return {
    /** Inserts what is new and returns only those rows: what two servers both try lands once. */
    async insertNew(rows: readonly (NewNotification & { id: string; createdAt: Date })[]) {
      if (rows.length === 0) return [];
      return (
        ndb
          .insertInto('notifications')
          .values(
            rows.map((r) => ({
              tenant_id: r.tenantId,
              id: r.id,
              user_id: r.userId,
              kind: r.kind,
              task_id: r.taskId,
              subject: r.subject ?? '',
              day: r.day,
              data: JSON.stringify(r.data),
              created_at: r.createdAt,
            })),
          )
          // Stored and not cleared: said already (the job's second server, a second run of the day), nothing new.
          // Cleared: what it asked was done and it is asked again (a completion returned and submitted again the
          // same day), so the row says it anew, unread, and is e-mailed again.
          .onConflict((oc) =>
            oc
              .constraint('notifications_once')
              .doUpdateSet((eb) => ({
                data: eb.ref('excluded.data'),
                created_at: eb.ref('excluded.created_at'),
                cleared_at: null,
                read_at: null,
                emailed_at: null,
                email_claimed_at: null,
              }))
              .where('notifications.cleared_at', 'is not', null),
          )
          .returning(['id', 'tenant_id', 'user_id', 'kind', 'task_id', 'subject', 'day', 'data'])
          .execute()
      );
    },

    list: (tenantId: string, userId: string, limit: number) =>
      ndb
        .selectFrom('notifications')
        .select(['id', 'kind', 'task_id', 'subject', 'day', 'data', 'created_at', 'read_at'])
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .where('cleared_at', 'is', null)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute(),

    /** Unread items, identical ones (same kind, task and subject) counted once, as the bell shows them. */
    async unreadCount(tenantId: string, userId: string): Promise<number> {
      const row = await ndb
        .selectFrom('notifications')
        .select(sql<number>`count(DISTINCT kind || '|' || coalesce(task_id::text, '') || '|' || subject)`.as('n'))
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .where('cleared_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Marks read; an id marks its whole collapsed item (every row of the same kind, task and subject). */
    markRead: (tenantId: string, userId: string, ids: readonly string[] | 'all', now: Date) =>
      ndb
        .updateTable('notifications as n')
        .set({ read_at: now })
        .where('n.tenant_id', '=', tenantId)
        .where('n.user_id', '=', userId)
        .where('n.read_at', 'is', null)
        .$if(ids !== 'all', (q) =>
          q.where(({ exists, selectFrom }) =>
            exists(
              selectFrom('notifications as m')
                .select('m.id')
                .where('m.tenant_id', '=', tenantId)
                .where('m.user_id', '=', userId)
                .where('m.id', 'in', ids === 'all' ? [] : ids)
                .whereRef('m.kind', '=', 'n.kind')
                .whereRef('m.subject', '=', 'n.subject')
                .where(sql<boolean>`m.task_id IS NOT DISTINCT FROM n.task_id`),
            ),
          ),
        )
        .execute(),

    /**
     * Clears what a done thing asked for: the notifications of some kinds about one task or one subject, for
     * everyone. They leave the bell; the rows stay as history.
     */
    clear: (
      tenantId: string,
      about: { taskId?: string; subject?: string },
      kinds: readonly NotificationKind[],
      now: Date,
    ) =>
      about.taskId === undefined && about.subject === undefined
        ? Promise.resolve([])
        : ndb
            .updateTable('notifications')
            .set({ cleared_at: now })
            .where('tenant_id', '=', tenantId)
            .where('kind', 'in', [...kinds])
            .where('cleared_at', 'is', null)
            .$if(about.taskId !== undefined, (q) => q.where('task_id', '=', about.taskId ?? ''))
            .$if(about.subject !== undefined, (q) => q.where('subject', 'like', `${about.subject ?? ''}%`))
            .execute(),

    /** Takes the right to e-mail a notification; only one server gets it. */
    async claimEmail(tenantId: string, id: string, now: Date): Promise<boolean> {
      const claimed = await ndb
        .updateTable('notifications')
        .set({ email_claimed_at: now })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('emailed_at', 'is', null)
        .where((eb) =>
          eb.or([
            eb('email_claimed_at', 'is', null),
            eb('email_claimed_at', '<', new Date(now.getTime() - STALE_CLAIM_MS)),
          ]),
        )
        .executeTakeFirst();
      return Number(claimed.numUpdatedRows) === 1;
    },

    markEmailed: (tenantId: string, id: string, now: Date) =>
      ndb
        .updateTable('notifications')
        .set({ emailed_at: now })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute(),

    /** Gives a claim back after a failed send, so the next run tries again. */
    releaseClaim: (tenantId: string, id: string) =>
      ndb
        .updateTable('notifications')
        .set({ email_claimed_at: null })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute(),

    /** Active users of some units holding one of the roles. */
    usersOfUnits: (tenantId: string, unitIds: readonly string[], roles: readonly Role[]): Promise<Recipient[]> =>
      unitIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('users')
            .select(['id', 'email', 'full_name'])
            .where('tenant_id', '=', tenantId)
            .where('active', '=', true)
            .where('unit_id', 'in', unitIds)
            .where('roles', '&&', sql<Role[]>`${sql.val([...roles])}::text[]`)
            .execute(),

    /** Active users of a tenant holding one of the roles. */
    usersWithRoles: (tenantId: string, roles: readonly Role[]): Promise<Recipient[]> =>
      db
        .selectFrom('users')
        .select(['id', 'email', 'full_name'])
        .where('tenant_id', '=', tenantId)
        .where('active', '=', true)
        .where('roles', '&&', sql<Role[]>`${sql.val([...roles])}::text[]`)
        .execute(),

    /** E-mail addresses of users, keyed `tenant/user`; users without one are left out. */
    mailSettingsOf: (tenantId: string, userId: string) =>
      db
        .selectFrom('users')
        .select(['email', 'email_notifications_since'])
        .where('tenant_id', '=', tenantId)
        .where('id', '=', userId)
        .executeTakeFirst(),

    setMailSettings: (
      tenantId: string,
      userId: string,
      values: { email: string | null; email_notifications_since: Date | null },
    ) => db.updateTable('users').set(values).where('tenant_id', '=', tenantId).where('id', '=', userId).execute(),

    /** The addresses of those of `users` who opted in to e-mail (and have an address), keyed `tenant/user`. */
    async emailsOf(users: readonly { tenantId: string; userId: string }[]): Promise<Map<string, string>> {
      if (users.length === 0) return new Map();
      const rows = await db
        .selectFrom('users')
        .select(['tenant_id', 'id', 'email'])
        .where((eb) => eb.or(users.map((u) => eb.and([eb('tenant_id', '=', u.tenantId), eb('id', '=', u.userId)]))))
        .where('email', 'is not', null)
        .where('email_notifications_since', 'is not', null)
        .where('active', '=', true)
        .execute();
      return new Map(rows.map((r) => [`${r.tenant_id}/${r.id}`, r.email ?? '']));
    },

    /**
     * Notifications not e-mailed yet of users who opted in, created since they did and after `from`, still open:
     * the events (acceptance, return, approvals waiting) that were created inside another module's transaction.
     */
    pendingEmails: (from: Date) =>
      ndb
        .selectFrom('notifications as n')
        .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'n.tenant_id').onRef('u.id', '=', 'n.user_id'))
        .select(['n.id', 'n.tenant_id', 'n.user_id', 'n.kind', 'n.task_id', 'n.subject', 'n.data'])
        .where('n.emailed_at', 'is', null)
        .where('n.cleared_at', 'is', null)
        .where('n.created_at', '>=', from)
        .where('u.email_notifications_since', 'is not', null)
        .whereRef('n.created_at', '>=', 'u.email_notifications_since')
        .orderBy('n.created_at')
        .execute(),

    wardTenants: () => db.selectFrom('tenants').select(['id', 'name']).where('kind', '!=', 'city').execute(),
  };
}
export type NotificationsRepository = ReturnType<typeof notificationsRepository>;
