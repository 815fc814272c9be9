// When a dossier was accepted and when its processing ended, as of a given day.
import { type IsoDate, VIETNAM_OFFSET_MINUTES } from '../clock.js';
import { DOSSIER_STATUS, type DossierStatus, endedWithoutResult } from './status.js';
import type { DossierTimes } from './types.js';

/**
 * The statuses that end processing without a result: a refusal after acceptance, a withdrawal, a stop. Compared
 * directly rather than looked up in a set: this is asked of every history entry of every dossier of a report.
 */
const isStoppingStatus = (status: DossierStatus) =>
  status === DOSSIER_STATUS.refused || status === DOSSIER_STATUS.withdrawn || status === DOSSIER_STATUS.stopped;

/** How and when processing ended. */
export interface ProcessingEnd {
  at: Date;
  /** 9 processed, 10 returned, or 3/7/8 for a refusal after acceptance, a withdrawal or a stop. */
  status: DossierStatus;
}

let cachedDay: IsoDate | null = null;
let cachedEnd = 0;

/**
 * The first instant (ms) after the end of a Vietnam calendar day. Callers compare instants with it instead of turning
 * every instant into a date: the reports ask about one day for thousands of dossiers, so the last answer is kept.
 */
export function endOfDayMs(day: IsoDate): number {
  if (day !== cachedDay) {
    const [year, month, date] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
    cachedEnd = Date.UTC(year, month - 1, date + 1) - VIETNAM_OFFSET_MINUTES * 60_000;
    cachedDay = day;
  }
  return cachedEnd;
}

/** Whether an instant falls on or before a Vietnam calendar day (always, without a day). */
export function onOrBefore(at: Date, asOf: IsoDate | undefined): boolean {
  return asOf === undefined || at.getTime() < endOfDayMs(asOf);
}

// A module-level test rather than an arrow per call: this runs for every dossier of every report.
const isAcceptedStatus = (status: DossierStatus) => status === DOSSIER_STATUS.accepted;

function firstTime(dossier: DossierTimes, wanted: (status: DossierStatus) => boolean, asOf?: IsoDate): Date | null {
  let first: Date | null = null;
  for (const change of dossier.history) {
    if (!wanted(change.status) || !onOrBefore(change.at, asOf)) continue;
    if (first === null || change.at.getTime() < first.getTime()) first = change.at;
  }
  return first;
}

/**
 * When the complete dossier was accepted: NgayTiepNhan, else the time of status 2. Null when it was not accepted
 * (still 1, or refused at intake) or, given `asOf`, not yet accepted by the end of that day.
 */
export function receiptOf(dossier: DossierTimes, asOf?: IsoDate): Date | null {
  // "Không được tiếp nhận" is never accepted, whatever date an export put in NgayTiepNhan (docs/DOMAIN.md §4).
  if (dossier.status === DOSSIER_STATUS.refused) return null;
  const receivedAt = dossier.receivedAt ?? firstTime(dossier, isAcceptedStatus);
  return receivedAt !== null && onOrBefore(receivedAt, asOf) ? receivedAt : null;
}

function recorded(at: Date | null | undefined, asOf: IsoDate | undefined): Date | null {
  return at != null && onOrBefore(at, asOf) ? at : null;
}

/**
 * The end of processing as of the end of a day (docs/DOMAIN.md §3, §4 2.1): the time of "Đã xử lý xong" (9), else the
 * recorded end (NgayKetThucXuLy), else "Đã trả kết quả" (10), else the recorded return (NgayTra), else the first
 * stop, refusal after acceptance or withdrawal (8, 3, 7). Events after `asOf` are not known yet; null while the
 * dossier is still being processed.
 */
export function endOfProcessing(dossier: DossierTimes, asOf?: IsoDate): ProcessingEnd | null {
  if (dossier.status !== undefined && endedWithoutResult(dossier.status)) return endWithoutResult(dossier, asOf);
  // One walk of the history for the first 9, 10 and stop known by `asOf`; the order below picks among them. It runs
  // for every dossier of every report, so it compares milliseconds with the day's end found once.
  const knownBefore = asOf === undefined ? null : endOfDayMs(asOf);
  let processedAt: Date | null = null;
  let returnedAt: Date | null = null;
  let stop: ProcessingEnd | null = null;
  for (const change of dossier.history) {
    const { status, at } = change;
    const isProcessed = status === DOSSIER_STATUS.processed;
    const isReturned = status === DOSSIER_STATUS.returned;
    if (!isProcessed && !isReturned && !isStoppingStatus(status)) continue;
    const ms = at.getTime();
    if (knownBefore !== null && !(ms < knownBefore)) continue;
    if (isProcessed) {
      if (processedAt === null || ms < processedAt.getTime()) processedAt = at;
    } else if (isReturned) {
      if (returnedAt === null || ms < returnedAt.getTime()) returnedAt = at;
    } else if (stop === null || ms < stop.at.getTime()) stop = { at, status };
  }
  const processed = processedAt ?? recorded(dossier.finishedAt, asOf);
  if (processed !== null) return { at: processed, status: DOSSIER_STATUS.processed };
  const returned = returnedAt ?? recorded(dossier.returnedAt, asOf);
  if (returned !== null) return { at: returned, status: DOSSIER_STATUS.returned };
  return stop;
}

/**
 * A withdrawn (7) or stopped (8) dossier ended without a result even when the export fills NgayKetThucXuLy or once
 * had a 9 in its history: its end is the first 7/8 of its history, else the recorded end, with its own status.
 */
function endWithoutResult(dossier: DossierTimes, asOf: IsoDate | undefined): ProcessingEnd | null {
  const status = dossier.status as DossierStatus;
  const at = firstTime(dossier, endedWithoutResult, asOf) ?? recorded(dossier.finishedAt ?? dossier.returnedAt, asOf);
  return at === null ? null : { at, status };
}
