// What needs attention on a task today: due soon or overdue on the working calendar, a periodic update missing,
// a trigger awaited, a completion returned or awaiting review. Pure: "today" and the calendar are arguments.

import { dayOfIso, isoOfDay } from '../calendar/dates.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { IsoDate } from '../clock.js';
import type { TimeframeKind } from '../plan/types.js';
import { lastEndedWindow, type ReportingWindow, windowContaining } from './reporting-windows.js';
import { isPendingReview, isSettledStatus, type ReviewState, type TaskStatus } from './status.js';

/** The facts of a task the flags are computed from. */
export interface TaskTimingInput {
  kind: TimeframeKind;
  /** The due date in force: the plan's, or the one set when an event task's trigger was received. */
  dueDate: IsoDate | null;
  status: TaskStatus;
  review: ReviewState | null;
  /** The day the unit said the work was done, while its completion waits for review. */
  completedOn: IsoDate | null;
  /** Days of the task's progress updates and contributions, any order. */
  updateDates: readonly IsoDate[];
}

/** What the flags are computed against. */
export interface TaskFlagContext {
  today: IsoDate;
  calendar: Pick<WorkingCalendar, 'countWorkingDays'>;
  /** The plan's reporting windows (for recurring tasks). */
  windows: readonly ReportingWindow[];
  /** A task is due soon when this many working days or fewer are left, today and the due date included. */
  dueSoonWorkingDays: number;
}

/** The flags of one task. */
export interface TaskFlags {
  dueSoon: boolean;
  overdue: boolean;
  /** Working days left until the due date, both days included; null without a due date or once overdue. */
  workingDaysLeft: number | null;
  /** Working days since the due date, when overdue. */
  workingDaysOverdue: number | null;
  /** Recurring task: the last reporting window ended with no update since it opened. */
  updateMissing: boolean;
  /** The window whose update is missing. */
  missingPeriod: string | null;
  /** Recurring task: the current window closes soon and has no update yet. */
  updateDueSoon: boolean;
  /** Event task ("Theo yêu cầu của thành phố"): no due date until the trigger is recorded. */
  awaitingTrigger: boolean;
  returned: boolean;
  awaitingReview: boolean;
}

const nextDay = (date: IsoDate): IsoDate => isoOfDay(dayOfIso(date) + 1);

/** A completion submitted on or before the due date is not overdue while it waits for review. */
function submittedInTime(task: TaskTimingInput): boolean {
  return isPendingReview(task.review) && task.completedOn !== null && task.dueDate !== null
    ? task.completedOn <= task.dueDate
    : false;
}

function dueFlags(task: TaskTimingInput, ctx: TaskFlagContext) {
  const open = !isSettledStatus(task.status) && !submittedInTime(task);
  const due = task.dueDate;
  if (!open || due === null) return { dueSoon: false, overdue: false, workingDaysLeft: null, workingDaysOverdue: null };
  if (due < ctx.today) {
    const late = ctx.calendar.countWorkingDays(nextDay(due), ctx.today);
    return { dueSoon: false, overdue: true, workingDaysLeft: null, workingDaysOverdue: late };
  }
  const left = ctx.calendar.countWorkingDays(ctx.today, due);
  const waiting = isPendingReview(task.review);
  return {
    dueSoon: !waiting && left <= ctx.dueSoonWorkingDays,
    overdue: false,
    workingDaysLeft: left,
    workingDaysOverdue: null,
  };
}

const hasUpdateBetween = (dates: readonly IsoDate[], from: IsoDate, to: IsoDate) =>
  dates.some((d) => from <= d && d <= to);

function periodicFlags(task: TaskTimingInput, ctx: TaskFlagContext) {
  const none = { updateMissing: false, missingPeriod: null, updateDueSoon: false };
  if (task.kind !== 'recurring' || isSettledStatus(task.status)) return none;
  const ended = lastEndedWindow(ctx.windows, ctx.today);
  // An update given late still counts: the flag asks for news, not for punctuality.
  const missing = ended !== null && !hasUpdateBetween(task.updateDates, ended.start, ctx.today);
  const current = windowContaining(ctx.windows, ctx.today);
  const dueSoon =
    current !== null &&
    !hasUpdateBetween(task.updateDates, current.start, ctx.today) &&
    ctx.calendar.countWorkingDays(ctx.today, current.due) <= ctx.dueSoonWorkingDays;
  return { updateMissing: missing, missingPeriod: missing ? (ended?.period ?? null) : null, updateDueSoon: dueSoon };
}

/** The flags of a task on a given day. */
export function computeTaskFlags(task: TaskTimingInput, ctx: TaskFlagContext): TaskFlags {
  return {
    ...dueFlags(task, ctx),
    ...periodicFlags(task, ctx),
    awaitingTrigger: task.kind === 'event' && task.dueDate === null && !isSettledStatus(task.status),
    returned: task.review === 'returned',
    awaitingReview: isPendingReview(task.review),
  };
}
