// Which reminders a task owes today. A reminder is kept once per (user, kind, task, day): `day` is
// the bucket that makes a repeat a duplicate, chosen so that nobody is told the same thing every morning.
import { dayOfIso, isoOfDay, weekdayOfDay } from '../calendar/dates.js';
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

/**
 * The Monday of `date`'s week: the bucket of weekly reminders. Whichever day of the week the job first runs (a
 * server started mid-week, a missed 06:00 run caught up at start), the week's reminder is created once.
 */
export function mondayOf(date: IsoDate): IsoDate {
  const day = dayOfIso(date);
  return isoOfDay(day - ((weekdayOfDay(day) + 6) % 7));
}

/**
 * The reminders a task owes on `today`:
 * - due soon: once per due date when it enters the window, again on its last working day;
 * - overdue: on its first overdue day, then once a week (keyed by the week's Monday);
 * - periodic update missing (recurring tasks): once per reporting window, for the one that ended without an update
 *   and for the current one when it closes soon;
 * - returned: once a week while the completion stays returned (the return itself is told at once).
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
  if (flags.overdue) {
    out.push({ kind: 'overdue', day: (flags.workingDaysOverdue ?? 0) <= 1 ? today : mondayOf(today) });
  }
  const missing = windows.find((w) => w.period === flags.missingPeriod);
  if (flags.updateMissing && missing) out.push({ kind: 'update_missing', day: missing.due });
  const current = windowContaining(windows, today);
  if (flags.updateDueSoon && current) out.push({ kind: 'update_missing', day: current.due });
  if (flags.returned) out.push({ kind: 'returned', day: mondayOf(today) });
  return out;
}
