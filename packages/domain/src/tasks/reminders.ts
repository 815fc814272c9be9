// Which reminders a task owes today (issue 5 §5). A reminder is kept once per (user, kind, task, day): `day` is
// the bucket that makes a repeat a duplicate, chosen so that nobody is told the same thing every morning.
import { dayOfIso, weekdayOfDay } from '../calendar/dates.js';
import type { IsoDate } from '../clock.js';
import type { TaskFlags } from './flags.js';
import { type ReportingWindow, windowContaining } from './reporting-windows.js';

/** The reminders of the daily job. */
export type ReminderKind = 'due_soon' | 'overdue' | 'update_missing' | 'returned';

/** A reminder to create, with the day of its key. */
export interface DueReminder {
  kind: ReminderKind;
  day: IsoDate;
}

const isMonday = (date: IsoDate) => weekdayOfDay(dayOfIso(date)) === 1;

/**
 * The reminders a task owes on `today`:
 * - due soon: once per due date when it enters the window, again on its last working day;
 * - overdue: on its first overdue day, then every Monday;
 * - periodic update missing (recurring tasks): once per reporting window, for the one that ended without an update
 *   and for the current one when it closes soon;
 * - returned: every Monday while the completion stays returned (the return itself is told at once).
 */
export function remindersDue(
  task: { flags: TaskFlags; dueDate: IsoDate | null },
  today: IsoDate,
  windows: readonly ReportingWindow[],
): DueReminder[] {
  const { flags, dueDate } = task;
  const out: DueReminder[] = [];
  if (flags.dueSoon && dueDate) out.push({ kind: 'due_soon', day: dueDate });
  if (flags.dueSoon && flags.workingDaysLeft === 1) out.push({ kind: 'due_soon', day: today });
  if (flags.overdue && ((flags.workingDaysOverdue ?? 0) <= 1 || isMonday(today))) {
    out.push({ kind: 'overdue', day: today });
  }
  const missing = windows.find((w) => w.period === flags.missingPeriod);
  if (flags.updateMissing && missing) out.push({ kind: 'update_missing', day: missing.due });
  const current = windowContaining(windows, today);
  if (flags.updateDueSoon && current) out.push({ kind: 'update_missing', day: current.due });
  if (flags.returned && isMonday(today)) out.push({ kind: 'returned', day: today });
  return out;
}
