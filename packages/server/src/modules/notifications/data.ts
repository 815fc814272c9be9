import { FEEDBACK_DEADLINE_KINDS } from '@cchc/domain';
import { z } from 'zod';
import type { NotificationKind } from '../../db/column-types.js';

// What each kind of notification holds in its `data`: the one contract of the producers (tasks, reports, feedback,
// dossiers, the city), the bell's response schema and the e-mail texts. The UI words an item in its language from
// these values and builds its link from the ids in them.

/** A task named in a notification. */
const taskData = z.object({
  taskNo: z.number().int().nullable(),
  content: z.string(),
  dueDate: z.string().nullable(),
});

/** The daily job's reminders about a task, with the working days of its flag and the reporting period. */
const taskReminder = taskData.extend({
  workingDays: z.number().int().nullable(),
  period: z.string().nullable(),
});

/** A period report reminder ("report:<period>:…"): a unit's report, or the ward's consolidated one. */
const reportDue = z.object({
  periodCode: z.string(),
  period: z.string(),
  reminder: z.enum(['due_soon', 'overdue']),
  dueDate: z.string(),
});

export const NOTIFICATION_DATA = {
  due_soon: taskReminder,
  overdue: taskReminder,
  update_missing: taskReminder,
  // The weekly reminder of a returned completion (the daily job), or the return itself (with the reason).
  returned: z.union([taskReminder, taskData.extend({ comment: z.string() })]),
  awaiting_review: taskData,
  accepted: taskData.extend({ comment: z.string().nullable(), onTime: z.boolean() }),
  weekly_digest: z.object({
    onTimeRate: z.number().nullable(),
    completed: z.number().int(),
    total: z.number().int(),
    overdue: z.number().int(),
    dueSoon: z.number().int(),
    awaitingReview: z.number().int(),
    updateMissing: z.number().int(),
  }),
  feedback_deadline: z.object({
    feedbackId: z.uuid(),
    trackingCode: z.string(),
    title: z.string(),
    deadline: z.enum(FEEDBACK_DEADLINE_KINDS),
    dueDate: z.string(),
  }),
  // A unit's report (its name), or the consolidated one (the city's return adds its comment).
  report_due: z.union([
    reportDue.extend({ unitName: z.string() }),
    reportDue.extend({ consolidated: z.literal(true), comment: z.string().optional() }),
  ]),
  report_returned: z.object({
    periodCode: z.string(),
    period: z.string(),
    unitName: z.string(),
    comment: z.string().nullable(),
  }),
  decision_waiting: z.object({
    amendmentId: z.uuid(),
    action: z.enum(['add', 'change', 'drop']),
    taskNo: z.number().int().nullable(),
    content: z.string(),
  }),
  apology_needed: z.object({ dossierId: z.uuid(), code: z.string(), dueDate: z.string() }),
} as const satisfies Record<NotificationKind, z.ZodType>;

/** The data of a notification of kind `K`. */
export type NotificationData<K extends NotificationKind = NotificationKind> = z.infer<(typeof NOTIFICATION_DATA)[K]>;
