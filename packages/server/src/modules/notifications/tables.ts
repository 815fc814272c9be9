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
  // Events that tell people what happened: a completion accepted, a unit report returned, a decision waiting for the chairman.
  'accepted',
  'report_returned',
  'decision_waiting',
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
  // Set when what the notification asks for is done (migration 0014): the bell leaves it out.
  cleared_at: Nullable<Date>;
};

/** Kysely's view of the notifications table of migrations 0004, 0008 and 0014. */
export type NotificationTables = { notifications: NotificationsTable };

export const withNotificationTables = (db: Db) => db.withTables<NotificationTables>();
