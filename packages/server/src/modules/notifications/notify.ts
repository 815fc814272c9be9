import { randomUUID } from 'node:crypto';
import type { Role } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { type NewNotification, notificationsRepository, type Recipient } from './repository.js';

/** The roles of a unit told about its tasks. */
const UNIT_ROLES: readonly Role[] = ['officer', 'unit_head', 'coordinator'];

/** A created notification, as returned to whoever delivers its e-mail. */
export interface CreatedNotification {
  id: string;
  tenant_id: string;
  user_id: string;
  kind: NewNotification['kind'];
  task_id: string | null;
  subject: string;
  data: Record<string, unknown>;
}

/**
 * Creates notifications; those whose key (tenant, user, kind, task, subject, day) exists already are skipped, so running
 * the same reminders twice, or on two servers at once, tells nobody twice. Returns only the ones created.
 */
export async function notify(db: Db, items: readonly NewNotification[], now: Date): Promise<CreatedNotification[]> {
  const rows = items.map((item) => ({ ...item, id: randomUUID(), createdAt: now }));
  return notificationsRepository(db).insertNew(rows);
}

/**
 * Who is told about a task: the users of the units that answer for it (owner and lead units). A unit without
 * accounts is told through the coordinator, who passes the word on; so is a task no unit answers for.
 */
export async function taskRecipients(db: Db, tenantId: string, unitIds: readonly string[]): Promise<Recipient[]> {
  const repo = notificationsRepository(db);
  const units = [...new Set(unitIds)];
  const perUnit = await Promise.all(units.map((unit) => repo.usersOfUnits(tenantId, [unit], UNIT_ROLES)));
  const users = perUnit.flat();
  if (units.length === 0 || perUnit.some((list) => list.length === 0)) {
    users.push(...(await repo.usersWithRoles(tenantId, ['coordinator'])));
  }
  return [...new Map(users.map((u) => [u.id, u])).values()];
}

/** Users of a tenant holding one of the roles (the acceptor, the chairman…). */
export const usersWithRoles = (db: Db, tenantId: string, roles: readonly Role[]) =>
  notificationsRepository(db).usersWithRoles(tenantId, roles);

/** Users of one unit holding one of the roles (its head, for an officer's submission). */
export const usersOfUnit = (db: Db, tenantId: string, unitId: string, roles: readonly Role[]) =>
  notificationsRepository(db).usersOfUnits(tenantId, [unitId], roles);

/**
 * Clears, for everyone, the notifications of some kinds about a task or a subject (`dossier:<id>`,
 * `report:<period>:<unit>`): what they asked for is done, so they leave the bell.
 */
export const clearNotifications = (
  db: Db,
  tenantId: string,
  about: { taskId?: string; subject?: string },
  kinds: readonly NewNotification['kind'][],
  now: Date,
) => notificationsRepository(db).clear(tenantId, about, kinds, now);
