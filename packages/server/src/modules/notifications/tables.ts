import type { ColumnType } from 'kysely';
import type { Db } from '../../db/database.js';

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

/**
 * Why a user is told something: reminders of the daily job, review events, the weekly digest (tasks), and the
 * reminders of other modules: a feedback deadline, a periodic report due, an apology letter to issue.
 */
export const NOTIFICATION_KINDS = [
  'due_soon',
  'overdue',
  'update_missing',
  'returned',
  'awaiting_review',
  'weekly_digest',
  'feedback_deadline',
  'report_due',
  'apology_needed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationsTable = {
  tenant_id: string;
  id: string;
  user_id: string;
  kind: NotificationKind;
  task_id: string | null;
  // What a notification outside tasks is about (`feedback:<id>:<deadline>`…); '' for task notifications.
  subject: ColumnType<string, string | undefined, string>;
  day: string;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: ColumnType<Date, Date, Date>;
  read_at: Nullable<Date>;
  email_claimed_at: Nullable<Date>;
  emailed_at: Nullable<Date>;
};

/** Kysely's view of the notifications table of migrations 0004 and 0008. */
export type NotificationTables = { notifications: NotificationsTable };

export const withNotificationTables = (db: Db) => db.withTables<NotificationTables>();
