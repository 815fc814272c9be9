import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { type IsoDate, vietnamDateOf } from '../clock.js';
import type { FeedbackDeadlineSettings, FeedbackStatus } from './types.js';

/** The four deadlines of a feedback (docs/DOMAIN.md §5). */
export const FEEDBACK_DEADLINE_KINDS = ['reject', 'info_request', 'answer', 'publish'] as const;
export type FeedbackDeadlineKind = (typeof FEEDBACK_DEADLINE_KINDS)[number];

/** What the deadlines of a feedback are counted from. */
export interface FeedbackClockStart {
  /** When the feedback was first received (the public form's submission, or the officer's intake). */
  submittedAt: Date;
  /** Transfers to another unit, in any order: the latest restarts the answer clock. */
  transfers: readonly Date[];
  /** When the head approved the answer: the publication clock starts there. */
  approvedAt: Date | null;
}

/** Due moments; `publish` is null until an answer is approved. */
export type FeedbackDeadlines = Record<Exclude<FeedbackDeadlineKind, 'publish'>, Date> & { publish: Date | null };

const MS_PER_MINUTE = 60_000;

/**
 * `days` working days from a moment, ending at the close of the last working minute. The calendar's own
 * `addWorkingDays` lands a limit that starts at an opening on the next opening (Tuesday 07:00 for Monday 07:00 +
 * 1 day), whose DATE would give a feedback a free extra day once dates are compared; ending one minute earlier
 * and adding it back lands on Monday 17:00 instead, and on the same time of day for any other start.
 */
function addWorkingDaysToClose(calendar: WorkingCalendar, from: Date, days: number): Date {
  if (days <= 0) return calendar.nextOpening(from);
  const lastMinute = calendar.addWorkingMinutes(from, days * calendar.minutesPerDay - 1);
  return new Date(lastMinute.getTime() + MS_PER_MINUTE);
}

const latest = (moments: readonly Date[]): Date | null =>
  moments.reduce<Date | null>((a, b) => (a === null || b.getTime() > a.getTime() ? b : a), null);

/**
 * The due moments of a feedback on a ward's working calendar. Each counts working days from the next opening
 * after its start, keeping the time of day (as dossier deadlines do): reject and information request from
 * submission; the answer from submission or the latest transfer, since the unit that received it needs its own
 * full time; publication from the approval.
 */
export function computeFeedbackDeadlines(
  calendar: WorkingCalendar,
  start: FeedbackClockStart,
  settings: FeedbackDeadlineSettings,
): FeedbackDeadlines {
  const answerFrom = latest([start.submittedAt, ...start.transfers]) ?? start.submittedAt;
  return {
    reject: addWorkingDaysToClose(calendar, start.submittedAt, settings.rejectDays),
    info_request: addWorkingDaysToClose(calendar, start.submittedAt, settings.infoRequestDays),
    answer: addWorkingDaysToClose(calendar, answerFrom, settings.answerDays),
    publish: start.approvedAt ? addWorkingDaysToClose(calendar, start.approvedAt, settings.publishDays) : null,
  };
}

/** The deadlines still ahead of a feedback in a status: what reminders and the officers' list watch. */
export function pendingFeedbackDeadlines(
  status: FeedbackStatus,
  infoAlreadyRequested: boolean,
): FeedbackDeadlineKind[] {
  switch (status) {
    case 'received':
      // Rejecting or asking for more is decided at the start; once the citizen has been asked, only the answer is left.
      return infoAlreadyRequested ? ['answer'] : ['reject', 'info_request', 'answer'];
    case 'info_requested':
    case 'awaiting_approval':
      return ['answer'];
    case 'answered':
      return ['publish'];
    default:
      return [];
  }
}

/** A deadline a reminder is due for. */
export interface FeedbackReminder {
  kind: FeedbackDeadlineKind;
  due: Date;
  /** The day the reminder goes out: `remindBefore` working days before the due date. */
  remindOn: IsoDate;
}

/**
 * Reminders due on `today` for the pending deadlines: from `remindBefore` working days before the due date to
 * the due date itself, so a job that missed a day still reminds. Past-due deadlines get none (they are late).
 */
export function feedbackRemindersDue(
  calendar: WorkingCalendar,
  deadlines: FeedbackDeadlines,
  pending: readonly FeedbackDeadlineKind[],
  remindBefore: number,
  today: IsoDate,
): FeedbackReminder[] {
  return pending.flatMap((kind) => {
    const due = deadlines[kind];
    if (!due) return [];
    const dueDate = vietnamDateOf(due);
    const remindOn = calendar.shiftWorkingDays(dueDate, -remindBefore);
    return remindOn <= today && today <= dueDate ? [{ kind, due, remindOn }] : [];
  });
}
