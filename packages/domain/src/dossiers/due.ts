// A dossier's due moment on the working calendar and the apology letter's rules (docs/DOMAIN.md §3).
import {
  type ClockPause,
  computeDueMoment,
  type DueMoment,
  type WorkingCalendar,
  type WorkingTimeLimit,
} from '../calendar/index.js';
import { type IsoDate, vietnamDateOf } from '../clock.js';
import { type Problem, problem } from '../problem.js';
import { onOrBefore, receiptOf } from './end.js';
import type { DossierTimes } from './types.js';

/** Options of {@link computeDossierDue}. */
export interface DossierDueOptions {
  /** The procedure's time limit, used when the dossier has no recorded appointment (NgayHenTra). */
  limit: WorkingTimeLimit | null;
  /** Only supplements and letters known by the end of this day count; everything when left out. */
  asOf?: IsoDate;
  /**
   * Whether the apology letter's new date replaces the due moment. True (the default) for the working due that drives
   * reminders; lateness is judged against the original due, since the letter apologises for being late.
   */
  useApology?: boolean;
  /** Closes the pauses still open at this moment (the end of processing of a finished dossier). */
  closeOpenPausesAt?: Date | null;
}

function known(at: Date | null | undefined, asOf: IsoDate | undefined): at is Date {
  return at != null && onOrBefore(at, asOf);
}

/**
 * The pauses of a dossier's clock as of the end of a day: one per supplement request known by then, open while its
 * supplement is not back (or closed at `closeAt`, when given and later than the request).
 */
export function supplementPauses(dossier: DossierTimes, asOf?: IsoDate, closeAt?: Date | null): ClockPause[] {
  const pauses: ClockPause[] = [];
  for (const request of dossier.supplements ?? []) {
    if (!known(request.requestedAt, asOf)) continue;
    if (closeAt != null && request.requestedAt.getTime() > closeAt.getTime()) continue;
    let to = known(request.suppliedAt, asOf) ? request.suppliedAt : null;
    if (closeAt != null && (to === null || to.getTime() > closeAt.getTime())) to = closeAt;
    pauses.push({ from: request.requestedAt, to });
  }
  return pauses;
}

function limitOf(calendar: WorkingCalendar, receivedAt: Date, dueAt: Date | null, limit: WorkingTimeLimit | null) {
  // A recorded appointment is the limit as the officer set it at acceptance, so it is measured in working time
  // from the receipt and pushed by pauses exactly like a limit from the procedure.
  if (dueAt === null) return limit;
  return { hours: Math.max(0, calendar.workingMinutesBetween(receivedAt, dueAt)) / 60 };
}

function unmovedAppointment(dueAt: Date): DueMoment {
  return { due: dueAt, baseDue: dueAt, pausedMinutes: 0, remainingMinutesAtPause: null, extended: false };
}

/**
 * The due moment of an accepted dossier: its appointment (NgayHenTra), else receipt + the procedure's limit, pushed
 * by the applicant's supplement time (Decree 61 stops the clock), or the apology letter's new date. Null when the
 * dossier is not accepted (as of `asOf`) or has neither an appointment nor a limit.
 */
export function computeDossierDue(
  calendar: WorkingCalendar,
  dossier: DossierTimes,
  options: DossierDueOptions,
): DueMoment | null {
  const receivedAt = receiptOf(dossier, options.asOf);
  if (!receivedAt) return null;
  return dueFromReceipt(
    calendar,
    dossier,
    receivedAt,
    supplementPauses(dossier, options.asOf, options.closeOpenPausesAt),
    options,
  );
}

/**
 * {@link computeDossierDue} for a dossier whose receipt and pauses (as of `asOf`) the caller has already found: the
 * reports classify every dossier of a period and would otherwise look them up twice.
 */
export function dueFromReceipt(
  calendar: WorkingCalendar,
  dossier: DossierTimes,
  receivedAt: Date,
  pauses: readonly ClockPause[],
  options: Omit<DossierDueOptions, 'closeOpenPausesAt'>,
): DueMoment | null {
  // The letter is read only when the rules use it (not for lateness): each field read of a dossier costs.
  const letter = (options.useApology ?? true) ? dossier.apology : null;
  const useLetter = letter != null && known(letter.issuedAt, options.asOf);
  // The common case, said directly: an appointment that no pause or letter moved is the due moment as recorded
  // (what the working-time round trip below gives too, without walking the calendar twice per dossier).
  if (dossier.dueAt !== null && pauses.length === 0 && !useLetter) return unmovedAppointment(dossier.dueAt);
  const limit = limitOf(calendar, receivedAt, dossier.dueAt, options.limit);
  if (!limit) return null;
  const extension = useLetter ? { newDue: letter.newDueAt } : null;
  const moment = computeDueMoment(calendar, { receivedAt, limit, pauses, extension });
  if (dossier.dueAt === null) return moment;
  // Keep the recorded appointment itself when nothing moved it: re-deriving 17:00 from working time would write it
  // as the next morning's opening and shift its date.
  const pushed =
    moment.pausedMinutes === 0 ? dossier.dueAt : calendar.addWorkingMinutes(dossier.dueAt, moment.pausedMinutes);
  const due = moment.extended || moment.due === null ? moment.due : pushed;
  return { ...moment, baseDue: dossier.dueAt, due };
}

/** What {@link validateApology} checks. */
export interface ApologyInput {
  /** The due moment the letter would replace. */
  dueAt: Date;
  /** When the letter is being issued. */
  now: Date;
  /** The new date promised for the result. */
  newDue: Date;
  /** How many apology letters with a new date the dossier already has. */
  previousApologies: number;
}

/** A reason the apology letter cannot be issued; dates in `values` are ISO days (`due`, `today`, `date`). */
export type ApologyProblem = Problem<
  'apology_already_issued' | 'apology_not_later' | 'apology_not_after_today' | 'apology_not_working_day'
>;

/**
 * The answer of {@link validateApology}. `late` says the letter goes out after the last working day before the
 * due date (an overdue dossier, a same-day or hour-limit procedure): still issued, never blocked (docs/DOMAIN.md §3).
 */
export type ApologyCheck = { ok: true; late: boolean } | { ok: false; problems: ApologyProblem[] };

/**
 * Checks an apology letter against Decree 61: the new date is set only once and is a later working day, after the
 * due date and after today. The letter should go out at least one working day before the due date; when that
 * moment has passed (or never existed: same-day and hour-limit procedures) it is still owed, so it is issued and
 * marked late rather than refused.
 */
export function validateApology(calendar: WorkingCalendar, input: ApologyInput): ApologyCheck {
  const problems: ApologyProblem[] = [];
  const dueDate = vietnamDateOf(input.dueAt);
  const today = vietnamDateOf(input.now);
  const newDate = vietnamDateOf(input.newDue);
  if (input.previousApologies > 0) {
    problems.push(problem('apology_already_issued'));
  }
  if (newDate <= dueDate) {
    problems.push(problem('apology_not_later', { due: dueDate }));
  } else if (newDate <= today) {
    problems.push(problem('apology_not_after_today', { today }));
  } else if (!calendar.isWorkingDay(newDate)) {
    problems.push(problem('apology_not_working_day', { date: newDate }));
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, late: today > calendar.lastWorkingDayBefore(dueDate) };
}
