import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../../db/column-types.js';

export const notificationOut = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  taskId: z.uuid().nullable(),
  day: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  read: z.boolean(),
  /** How many identical notifications (same kind, task and subject) this item stands for, the newest shown. */
  count: z.number().int().min(1),
});

export const notificationsOut = z.object({ unread: z.number(), items: z.array(notificationOut) });
export const unreadOut = z.object({ unread: z.number() });
export const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(30) });
export const readIn = z.object({ ids: z.array(z.uuid()).min(1).max(100) }).or(z.object({ all: z.literal(true) }));
