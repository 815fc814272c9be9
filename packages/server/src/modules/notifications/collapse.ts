import type { z } from 'zod';
import type { NotificationKind } from '../../db/column-types.js';
import { notificationOut } from './schemas.js';

/** A stored notification as the bell reads it. */
interface StoredNotification {
  id: string;
  kind: NotificationKind;
  task_id: string | null;
  subject: string;
  day: string;
  data: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
}

/**
 * Folds identical notifications of one person (same kind, task and subject: "task 1 overdue" told on three
 * Mondays) into one item with a count. Rows come newest first; the newest of a group speaks for it, and the
 * group is read only when all its rows are. The stored data is untyped JSON: each item is read back through its
 * kind's schema, so what the bell sends is what the kind holds. A row of another shape (written by an older
 * version, or by hand) is left out and named in `unreadable`, so one bad row never takes the whole bell down.
 */
export function collapseIdentical(rows: readonly StoredNotification[]): {
  items: z.infer<typeof notificationOut>[];
  unreadable: string[];
} {
  const groups = new Map<string, { first: StoredNotification; count: number; read: boolean }>();
  for (const row of rows) {
    const key = `${row.kind}|${row.task_id ?? ''}|${row.subject}`;
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      group.read &&= row.read_at !== null;
    } else groups.set(key, { first: row, count: 1, read: row.read_at !== null });
  }
  const items: z.infer<typeof notificationOut>[] = [];
  const unreadable: string[] = [];
  for (const { first, count, read } of groups.values()) {
    const item = notificationOut.safeParse({
      id: first.id,
      kind: first.kind,
      taskId: first.task_id,
      day: first.day,
      data: first.data,
      createdAt: first.created_at.toISOString(),
      read,
      count,
    });
    if (item.success) items.push(item.data);
    else unreadable.push(first.id);
  }
  return { items, unreadable };
}
