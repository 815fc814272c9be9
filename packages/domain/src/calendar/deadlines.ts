import { vietnamDateOf } from '../clock.js';
import { dayOfIso, isoOfDay } from './dates.js';
import type { WorkingCalendar } from './working-calendar.js';

/** A procedure's time limit: working days (keeping the time of day) or working hours (8 h = 1 day). */
export type WorkingTimeLimit = { days: number } | { hours: number };

/**
 * A stop of the clock: from a supplement request (yêu cầu bổ sung) to the supplement received; `to` is null
 * while the applicant has not answered yet.
 */
export interface ClockPause {
  from: Date;
  to: Date | null;
}

/** What decides a dossier's due moment. */
export interface DueMomentInput {
  /** Receipt of the complete dossier: the clock starts at the next opening from here. */
  receivedAt: Date;
  limit: WorkingTimeLimit;
  pauses?: readonly ClockPause[];
  /** The new date promised in the apology letter (phiếu xin lỗi và hẹn lại); Decree 61 allows it once. */
  extension?: { newDue: Date } | null;
}

/** A dossier's due moment and how it was reached. */
export interface DueMoment {
  /** When the result is due; null while a pause is open, since the clock is stopped. */
  due: Date | null;
  /** The due moment from the limit alone, before pauses and extension. */
  baseDue: Date;
  /** Working minutes the pauses pushed the due moment by. */
  pausedMinutes: number;
  /** While a pause is open, the working minutes that were left when the clock stopped; otherwise null. */
  remainingMinutesAtPause: number | null;
  /** True when the due moment is the apology letter's new date. */
  extended: boolean;
}

function limitMinutes(calendar: WorkingCalendar, limit: WorkingTimeLimit): number {
  const minutes = 'days' in limit ? limit.days * calendar.minutesPerDay : limit.hours * 60;
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`Not a time limit: ${JSON.stringify(limit)}`);
  return minutes;
}

interface PauseOutcome {
  /** Working minutes from the clock's start to the due moment, pauses included. */
  dueOffset: number;
  /** Working minutes left when an open pause stopped the clock, else null. */
  openRemaining: number | null;
}

/**
 * Pushes the due offset by each pause, in order. Supplement time is not counted (Decree 61 stops the clock while
 * the applicant completes the dossier); a pause that starts once the time is already up changes nothing, and
 * overlapping pauses count their common time once.
 */
const byStart = (a: ClockPause, b: ClockPause) => a.from.getTime() - b.from.getTime();

function applyPauses(calendar: WorkingCalendar, input: DueMomentInput, limit: number): PauseOutcome {
  if (!input.pauses?.length) return { dueOffset: limit, openRemaining: null };
  const pauses = [...input.pauses].sort(byStart);
  let dueOffset = limit;
  let pausedUntil = 0;
  for (const pause of pauses) {
    if (pause.to !== null && pause.to.getTime() < pause.from.getTime()) {
      throw new RangeError(`A pause ends before it starts: ${pause.from.toISOString()}`);
    }
    const stoppedAt = Math.max(calendar.workingMinutesBetween(input.receivedAt, pause.from), pausedUntil, 0);
    if (stoppedAt >= dueOffset) break;
    if (pause.to === null) return { dueOffset, openRemaining: dueOffset - stoppedAt };
    const resumedAt = calendar.workingMinutesBetween(input.receivedAt, pause.to);
    dueOffset += Math.max(0, resumedAt - stoppedAt);
    pausedUntil = Math.max(pausedUntil, resumedAt);
  }
  return { dueOffset, openRemaining: null };
}

/**
 * The due moment of a dossier: receipt + the limit in working time, pushed by the paused working time, or the
 * apology letter's new date when there is one. Throws a RangeError on a negative limit or a pause that ends
 * before it starts.
 */
export function computeDueMoment(calendar: WorkingCalendar, input: DueMomentInput): DueMoment {
  const limit = limitMinutes(calendar, input.limit);
  // A limit in days keeps the time of day (Mon 07:00 + 1 day = Tue 07:00); one in hours that runs out at 11:30 or
  // 17:00 ends then (15:00 + 2 h = 17:00 the same day), not at the next opening.
  const boundary = 'days' in input.limit ? 'next_opening' : 'closing_time';
  const baseDue = calendar.addWorkingMinutes(input.receivedAt, limit, boundary);
  const { dueOffset, openRemaining } = applyPauses(calendar, input, limit);
  const pausedMinutes = dueOffset - limit;
  if (input.extension) {
    return {
      due: input.extension.newDue,
      baseDue,
      pausedMinutes,
      remainingMinutesAtPause: openRemaining,
      extended: true,
    };
  }
  let due: Date | null = null;
  if (openRemaining === null)
    due = pausedMinutes === 0 ? baseDue : calendar.addWorkingMinutes(input.receivedAt, dueOffset, boundary);
  return { due, baseDue, pausedMinutes, remainingMinutesAtPause: openRemaining, extended: false };
}

/** How a finished item stands against its due date: trước hạn, đúng hạn, quá hạn. */
export type FinishedTiming = 'early' | 'on_time' | 'late';

/**
 * Classifies a finished item by comparing DATES in Vietnam's calendar, not moments (docs/DOMAIN.md §3, 766 indicator
 * 2.1): finishing at 16:00 on the due date is on time even when the due moment was 10:00.
 */
export function classifyFinished(finishedAt: Date, due: Date): FinishedTiming {
  const finished = vietnamDateOf(finishedAt);
  const dueDate = vietnamDateOf(due);
  if (finished < dueDate) return 'early';
  return finished === dueDate ? 'on_time' : 'late';
}

/** How an open item stands at a moment: trong hạn, sắp đến hạn, quá hạn. */
export type OpenTiming = 'within' | 'due_soon' | 'overdue';

/** Options of {@link classifyOpen}. */
export interface OpenTimingOptions {
  /** Due soon when at most this many working days are left after today (0 = due today only). Default 1. */
  dueSoonWorkingDays?: number;
}

/**
 * Classifies an open item at a moment by dates, like {@link classifyFinished}: overdue once the date is past the
 * due date; due soon when the due date is within `dueSoonWorkingDays` working days, which leaves the day the
 * apology letter needs (Decree 61: at least one working day before the due date).
 */
export function classifyOpen(
  calendar: WorkingCalendar,
  due: Date,
  at: Date,
  options: OpenTimingOptions = {},
): OpenTiming {
  const today = vietnamDateOf(at);
  const dueDate = vietnamDateOf(due);
  if (today > dueDate) return 'overdue';
  const left = calendar.countWorkingDays(isoOfDay(dayOfIso(today) + 1), dueDate);
  return left <= (options.dueSoonWorkingDays ?? 1) ? 'due_soon' : 'within';
}
