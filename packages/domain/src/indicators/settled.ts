// A dossier's facts with every recorded event known: what a store keeps per dossier so that the figures of any period
// judged on a day after its last event can be summed by comparing dates, without the dossier's history.
import type { WorkingCalendar } from '../calendar/index.js';
import { type IsoDate, vietnamDateOf } from '../clock.js';
import {
  type DossierRecord,
  hasResult,
  officeWorkingMinutes,
  type ProcedureRecord,
  receiptOf,
  timingBasis,
} from '../dossiers/index.js';
import { type DossierTraits, traitsOf } from './contribution.js';

/** The stored facts of a dossier. Dates are Vietnam calendar days. */
export interface SettledFacts {
  /** The latest instant the dossier records (receipt, status changes, ends, supplements, letter): the facts hold for
   * any day judged after it. */
  lastEventAt: Date | null;
  /** Null when never accepted (still 1, or refused at intake). */
  receivedOn: IsoDate | null;
  finished: boolean;
  endedOn: IsoDate | null;
  endStatus: number | null;
  /** The date compared with the due date: the end's, or the pending supplement request's; null for an open dossier
   * judged at the day asked. */
  judgedOn: IsoDate | null;
  /** The due date without, and with, the apology letter's new date (the rules choose). */
  dueOn: IsoDate | null;
  dueOnWithLetter: IsoDate | null;
  supplementRequests: number;
  /** 2.2: office working minutes to the end, for a dossier processed with a result; else 0. */
  officeMinutes: number;
  traits: DossierTraits;
}

function lastEventOf(dossier: DossierRecord): Date | null {
  let last = -Infinity;
  const see = (at: Date | null | undefined) => {
    if (at && at.getTime() > last) last = at.getTime();
  };
  see(dossier.receivedAt);
  see(dossier.finishedAt);
  see(dossier.returnedAt);
  see(dossier.apology?.issuedAt);
  for (const change of dossier.history) see(change.at);
  for (const request of dossier.supplements ?? []) {
    see(request.requestedAt);
    see(request.suppliedAt);
  }
  return last === -Infinity ? null : new Date(last);
}

const dateOf = (at: Date | null | undefined): IsoDate | null => (at ? vietnamDateOf(at) : null);

/** The facts of a dossier with all its events known (see {@link SettledFacts}). */
export function settledFactsOf(
  calendar: WorkingCalendar,
  dossier: DossierRecord,
  procedure: ProcedureRecord | undefined,
): SettledFacts {
  const limit = procedure?.limit ?? null;
  const plain = timingBasis(calendar, dossier, { limit, useApology: false });
  const lettered = timingBasis(calendar, dossier, { limit, useApology: true });
  const end = plain?.end ?? null;
  const judgedAt = end?.at ?? plain?.waitingSince ?? null;
  const withResult = end !== null && hasResult(end.status);
  return {
    lastEventAt: lastEventOf(dossier),
    receivedOn: dateOf(receiptOf(dossier)),
    finished: end !== null,
    endedOn: dateOf(end?.at),
    endStatus: end?.status ?? null,
    judgedOn: dateOf(judgedAt),
    dueOn: dateOf(plain?.dueAt),
    dueOnWithLetter: dateOf(lettered?.dueAt),
    supplementRequests: plain?.supplementRequests ?? 0,
    officeMinutes: withResult && end ? officeWorkingMinutes(calendar, dossier, end.at) : 0,
    traits: traitsOf(dossier, procedure),
  };
}
