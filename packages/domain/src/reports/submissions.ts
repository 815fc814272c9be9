// A unit's periodic report (báo cáo của đơn vị) on its way to the coordinator (docs/DOMAIN.md §1: units report to Phòng
// Văn hoá – Xã hội, which consolidates): its states, the moves between them, lateness and reminders.
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { IsoDate } from '../clock.js';

/** Where a unit's report stands. */
export const SUBMISSION_STATUSES = [
  'draft', // đang soạn
  'submitted', // đã gửi, chờ tiếp nhận
  'returned', // bị trả lại, cần bổ sung
  'accepted', // đã tiếp nhận
] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** What can be done to a unit's report: the unit saves and submits, the coordinator returns or accepts. */
export type SubmissionAction = 'save' | 'submit' | 'return' | 'accept';

/** The states each action starts from. A returned report is edited and submitted again. */
const ALLOWED_FROM: Record<SubmissionAction, readonly SubmissionStatus[]> = {
  save: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  return: ['submitted'],
  accept: ['submitted'],
};

const STATUS_AFTER: Record<Exclude<SubmissionAction, 'save'>, SubmissionStatus> = {
  submit: 'submitted',
  return: 'returned',
  accept: 'accepted',
};

/** Whether an action is allowed on a report in this state; a unit that never saved is a draft. */
export const canActOnSubmission = (status: SubmissionStatus, action: SubmissionAction): boolean =>
  ALLOWED_FROM[action].includes(status);

/** The state after an action (saving keeps it). */
export const submissionStatusAfter = (status: SubmissionStatus, action: SubmissionAction): SubmissionStatus =>
  action === 'save' ? status : STATUS_AFTER[action];

/**
 * How a unit's report stands against its due date: `on_time` or `late` once submitted, `pending` before the due
 * date, `overdue` after it. The first submission decides: a report returned for more work and sent again after
 * the due date was still in on time.
 */
export type SubmissionTiming = 'on_time' | 'late' | 'pending' | 'overdue';

/** The timing of a unit's report from the day it was first submitted (Vietnam's date), its due date and today. */
export function submissionTiming(firstSubmittedOn: IsoDate | null, due: IsoDate, today: IsoDate): SubmissionTiming {
  if (firstSubmittedOn !== null) return firstSubmittedOn <= due ? 'on_time' : 'late';
  return today > due ? 'overdue' : 'pending';
}

/** Whether a report is flagged late: submitted after its due date, or still missing after it. */
export const isFlaggedLate = (timing: SubmissionTiming): boolean => timing === 'late' || timing === 'overdue';

/** Kinds of reminder: before the due date, and once the day after it passed without a report. */
export type ReportReminderKind = 'due_soon' | 'overdue';

/** A reminder to send today. */
export interface ReportReminder {
  kind: ReportReminderKind;
  due: IsoDate;
}

/** What the reminder rule looks at. */
export interface ReportReminderInput {
  due: IsoDate;
  today: IsoDate;
  /** Null when the unit has not opened its form yet. */
  status: SubmissionStatus | null;
  /** Working days before the due date on which to remind (e.g. [5, 1]); docs/DOMAIN.md §1 counts them back. */
  workingDaysBefore: readonly number[];
  calendar: Pick<WorkingCalendar, 'shiftWorkingDays'>;
}

/** The days, before a due date, on which units are reminded. */
export function reminderDays(
  due: IsoDate,
  workingDaysBefore: readonly number[],
  calendar: Pick<WorkingCalendar, 'shiftWorkingDays'>,
): IsoDate[] {
  const days = workingDaysBefore.filter((n) => n > 0).map((n) => calendar.shiftWorkingDays(due, -n));
  return [...new Set(days)].sort();
}

/**
 * The reminder due today for a unit's report, if any: on each reminder day while the report is not in, and on the
 * first working day after the due date when it is still missing. A report handed in needs no reminder; a returned
 * one is reminded like a missing one, since the coordinator waits for it.
 */
export function reportReminderDue(input: ReportReminderInput): ReportReminder | null {
  const { due, today, status, calendar } = input;
  if (status === 'submitted' || status === 'accepted') return null;
  if (today <= due) {
    return reminderDays(due, input.workingDaysBefore, calendar).includes(today) ? { kind: 'due_soon', due } : null;
  }
  return today === calendar.shiftWorkingDays(due, 1) ? { kind: 'overdue', due } : null;
}
