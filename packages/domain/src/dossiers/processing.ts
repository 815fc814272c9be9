// Early / on time / late of a dossier, or within / overdue while it is open, as of the end of a day (docs/DOMAIN.md §3, §4).
import type { FinishedTiming, WorkingCalendar, WorkingTimeLimit } from '../calendar/index.js';
import { type IsoDate, vietnamDateOf } from '../clock.js';
import { dueFromReceipt, supplementPauses } from './due.js';
import { endOfProcessing, type ProcessingEnd, receiptOf } from './end.js';
import type { DossierTimes } from './types.js';

/** Rules that differ between the plain classification of §3 (and form II.06a) and the Decision 766 index. */
export interface ProcessingRules {
  /** More supplement requests than this make the dossier late: 1 in the 766 index, no limit in §3. */
  maxSupplementRequests: number;
  /** Whether the apology letter's new date counts as the due date. False: the letter apologises for being late. */
  apologyMovesDue: boolean;
}

/** The classification of docs/DOMAIN.md §3, used by form II.06a: dates only, no cap on supplement requests. */
export const PLAIN_PROCESSING_RULES: ProcessingRules = { maxSupplementRequests: Infinity, apologyMovesDue: false };

/** Options of {@link classifyProcessing}. */
export interface ClassifyProcessingOptions {
  /** The procedure's time limit, used when the dossier has no recorded appointment. */
  limit: WorkingTimeLimit | null;
  /** The day the standing is judged at, usually a period's last day: later events are not known yet. */
  asOf: IsoDate;
  rules?: ProcessingRules;
  /** The end of processing as of `asOf` when the caller has already found it (`endOfProcessing`); else found here. */
  end?: ProcessingEnd | null;
}

/** Why a dossier got its timing. */
export type TimingReason = 'by_date' | 'too_many_supplements' | 'no_due_date';

/** How an accepted dossier stands at the end of `asOf`. */
export type ProcessingStanding =
  | { state: 'not_accepted' }
  | {
      state: 'finished';
      timing: FinishedTiming;
      reason: TimingReason;
      end: ProcessingEnd;
      /** The date compared with the due date: the end's date. */
      judgedOn: IsoDate;
      dueDate: IsoDate | null;
      supplementRequests: number;
    }
  | {
      state: 'open';
      timing: 'within' | 'overdue';
      reason: TimingReason;
      /** The date compared: the pending supplement request's date while waiting for one, else `asOf`. */
      judgedOn: IsoDate;
      dueDate: IsoDate | null;
      supplementRequests: number;
      waitingForSupplement: boolean;
    };

type Order = 'before' | 'same' | 'after';

function reasonOf(dueDate: IsoDate | null, tooMany: boolean): TimingReason {
  if (tooMany) return 'too_many_supplements';
  // Without any due date the dossier cannot be shown to be on time; the caller reports the missing limit.
  return dueDate === null ? 'no_due_date' : 'by_date';
}

/** Where the judged date falls against the due date; `after` also for a reason other than dates. */
function orderOf(judgedOn: IsoDate, dueDate: IsoDate | null, reason: TimingReason): Order {
  if (reason !== 'by_date' || dueDate === null) return 'after';
  return judgedOn < dueDate ? 'before' : judgedOn === dueDate ? 'same' : 'after';
}

const FINISHED_TIMING: Readonly<Record<Order, FinishedTiming>> = {
  before: 'early',
  same: 'on_time',
  after: 'late',
};

/** What a dossier's timing is judged from, as of the end of a day: everything but the comparison itself. */
export interface TimingBasis {
  end: ProcessingEnd | null;
  /** Supplement requests known (before the end, for a finished dossier). */
  supplementRequests: number;
  /** The pending supplement request's start while the dossier waits for one. */
  waitingSince: Date | null;
  /** The due moment: closed at the end for a finished dossier, at the pending request's start while it waits. */
  dueAt: Date | null;
}

/**
 * The basis of {@link classifyProcessing} for an accepted dossier (null when not accepted by `asOf`). Kept apart so a
 * store can keep it per dossier and compare dates itself.
 */
export function timingBasis(
  calendar: WorkingCalendar,
  dossier: DossierTimes,
  options: { limit: WorkingTimeLimit | null; asOf?: IsoDate; useApology: boolean },
): TimingBasis | null {
  const receivedAt = receiptOf(dossier, options.asOf);
  return receivedAt === null ? null : basisFromReceipt(calendar, dossier, receivedAt, options);
}

function basisFromReceipt(
  calendar: WorkingCalendar,
  dossier: DossierTimes,
  receivedAt: Date,
  options: { limit: WorkingTimeLimit | null; asOf?: IsoDate; useApology: boolean; end?: ProcessingEnd | null },
): TimingBasis {
  const { asOf } = options;
  const end = options.end !== undefined ? options.end : endOfProcessing(dossier, asOf);
  if (end !== null) {
    // The pauses known by the end, closed there: counted, and pushing the due moment.
    const pauses = supplementPauses(dossier, asOf, end.at);
    const due = dueFromReceipt(calendar, dossier, receivedAt, pauses, options);
    return { end, supplementRequests: pauses.length, waitingSince: null, dueAt: due?.due ?? null };
  }
  const known = supplementPauses(dossier, asOf);
  let waitingSince: Date | null = null;
  for (const pause of known) {
    if (pause.to !== null) continue;
    waitingSince = pause.from;
    break;
  }
  // Closing the pending pause at its own start leaves the due date that held when the clock stopped.
  const pauses = waitingSince === null ? known : supplementPauses(dossier, asOf, waitingSince);
  const due = dueFromReceipt(calendar, dossier, receivedAt, pauses, options);
  return { end, supplementRequests: known.length, waitingSince, dueAt: due?.due ?? null };
}

/**
 * Classifies a dossier as of the end of `asOf` by DATES in Vietnam's calendar. A finished dossier compares the date
 * of its end of processing (9, else 10, else 8/7/3) with its due date: early, on time or late. An open one is
 * within or overdue at `asOf`; while it waits for a supplement the clock is stopped, so the request's date is
 * compared instead. The applicant's supplement time pushes the due date; more requests than the rules allow make
 * the dossier late whatever the dates.
 */
export function classifyProcessing(
  calendar: WorkingCalendar,
  dossier: DossierTimes,
  options: ClassifyProcessingOptions,
): ProcessingStanding {
  const receivedAt = receiptOf(dossier, options.asOf);
  return receivedAt === null ? { state: 'not_accepted' } : classifyAccepted(calendar, dossier, receivedAt, options);
}

/** {@link classifyProcessing} of a dossier the caller already found accepted at `receivedAt` (by `asOf`). */
export function classifyAccepted(
  calendar: WorkingCalendar,
  dossier: DossierTimes,
  receivedAt: Date,
  options: ClassifyProcessingOptions,
): Exclude<ProcessingStanding, { state: 'not_accepted' }> {
  const { asOf, limit, end: knownEnd } = options;
  const rules = options.rules ?? PLAIN_PROCESSING_RULES;
  const basisOptions = { limit, asOf, useApology: rules.apologyMovesDue, end: knownEnd };
  const basis = basisFromReceipt(calendar, dossier, receivedAt, basisOptions);
  const { end, supplementRequests, waitingSince, dueAt } = basis;
  const dueDate = dueAt ? vietnamDateOf(dueAt) : null;
  const reason = reasonOf(dueDate, supplementRequests > rules.maxSupplementRequests);
  if (end !== null) {
    const judgedOn = vietnamDateOf(end.at);
    const timing = FINISHED_TIMING[orderOf(judgedOn, dueDate, reason)];
    return { state: 'finished', timing, judgedOn, dueDate, reason, end, supplementRequests };
  }
  const judgedOn = waitingSince ? vietnamDateOf(waitingSince) : asOf;
  const timing = orderOf(judgedOn, dueDate, reason) === 'after' ? 'overdue' : 'within';
  const waitingForSupplement = waitingSince !== null;
  return { state: 'open', timing, judgedOn, dueDate, reason, supplementRequests, waitingForSupplement };
}

/** Whether a standing counts as processed or processing on time: early, on time, or open within the deadline. */
export function isOnTimeStanding(standing: ProcessingStanding): boolean {
  if (standing.state === 'finished') return standing.timing !== 'late';
  return standing.state === 'open' && standing.timing === 'within';
}

// Module-level helpers rather than arrows made per call: tsx's `__name` wraps each arrow, per dossier.
/** An instant (an open pause's end: `stop`) held inside [start, stop], in milliseconds. */
const clip = (at: Date | null, start: number, stop: number) => Math.min(Math.max(at?.getTime() ?? stop, start), stop);
const byFrom = (a: { from: number }, b: { from: number }) => a.from - b.from;

/**
 * Working minutes the office spent on a dossier from its receipt to a moment: the working time between them less
 * the applicant's supplement time (overlapping requests counted once).
 */
export function officeWorkingMinutes(calendar: WorkingCalendar, dossier: DossierTimes, until: Date): number {
  const receivedAt = receiptOf(dossier);
  if (receivedAt === null || until.getTime() <= receivedAt.getTime()) return 0;
  const known = supplementPauses(dossier, undefined, until);
  // Most dossiers have no supplement request: their office time is the working time itself.
  if (known.length === 0) return calendar.workingMinutesBetween(receivedAt, until);
  const [start, stop] = [receivedAt.getTime(), until.getTime()];
  const pauses: { from: number; to: number }[] = [];
  for (const pause of known) pauses.push({ from: clip(pause.from, start, stop), to: clip(pause.to, start, stop) });
  pauses.sort(byFrom);
  let paused = 0;
  let coveredUntil = start;
  for (const pause of pauses) {
    const from = Math.max(pause.from, coveredUntil);
    if (pause.to > from) paused += calendar.workingMinutesBetween(new Date(from), new Date(pause.to));
    coveredUntil = Math.max(coveredUntil, pause.to);
  }
  return calendar.workingMinutesBetween(receivedAt, until) - paused;
}
