import { z } from 'zod';
import type { NotificationKind } from '../../db/column-types.js';
import { NOTIFICATION_DATA } from './data.js';

const notificationBase = z.object({
  id: z.uuid(),
  day: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
  /** How many identical notifications (same kind, task and subject) this item stands for, the newest shown. */
  count: z.number().int().min(1),
});

/** A bell item about a task (`taskId`), with the data its kind holds. */
const taskItem = <K extends NotificationKind>(kind: K) =>
  notificationBase.extend({ kind: z.literal(kind), taskId: z.uuid(), data: NOTIFICATION_DATA[kind] });

/** A bell item about something else (feedback, a report, a dossier, an amendment, the week): its ids are in `data`. */
const otherItem = <K extends NotificationKind>(kind: K) =>
  notificationBase.extend({ kind: z.literal(kind), taskId: z.null(), data: NOTIFICATION_DATA[kind] });

/** A bell item: its `kind` tells what its `data` holds and whether it is about a task. */
export const notificationOut = z.discriminatedUnion('kind', [
  taskItem('due_soon'),
  taskItem('overdue'),
  taskItem('update_missing'),
  taskItem('returned'),
  taskItem('awaiting_review'),
  taskItem('accepted'),
  otherItem('weekly_digest'),
  otherItem('feedback_deadline'),
  otherItem('report_due'),
  otherItem('apology_needed'),
  otherItem('report_returned'),
  otherItem('decision_waiting'),
]);

export const notificationsOut = z.object({ unread: z.number(), items: z.array(notificationOut) });
export const unreadOut = z.object({ unread: z.number() });
export const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(30) });
export const readIn = z.object({ ids: z.array(z.uuid()).min(1).max(100) }).or(z.object({ all: z.literal(true) }));

/** The signed-in user's e-mail choice (account page). */
export const mailSettingsOut = z.object({ email: z.string().nullable(), emailNotifications: z.boolean() });
export const mailSettingsIn = z.object({
  emailNotifications: z.boolean(),
  email: z
    .union([z.literal(''), z.email({ error: 'Địa chỉ e-mail không hợp lệ.' }).max(200)])
    .nullable()
    .optional(),
});
