import {
  classifyFinished,
  classifyOpen,
  classifyProcessing,
  DOSSIER_STATUS,
  vietnamDateOf,
  type WorkingCalendar,
  type WorkingTimeLimit,
} from '@cchc/domain';
import { type DossierRow, timesOf } from './records.js';
import type { DossierTiming } from './schemas-out.js';
import type { HandoverRow } from './side-repository.js';

/**
 * How a dossier stands now, by dates (docs/DOMAIN.md §3): an open one is within, due soon (the apology letter's last day is
 * near) or overdue, or paused while the applicant completes it; a finished one early, on time or late.
 */
export function timingOf(
  calendar: WorkingCalendar,
  row: DossierRow,
  limit: WorkingTimeLimit | null,
  now: Date,
): DossierTiming | null {
  if (row.status === DOSSIER_STATUS.registered) return null;
  if (row.status === DOSSIER_STATUS.supplementRequested) return 'paused';
  if (row.ended_at === null) {
    return row.current_due_at === null ? null : classifyOpen(calendar, row.current_due_at, now);
  }
  const standing = classifyProcessing(calendar, timesOf(row), { limit, asOf: vietnamDateOf(now) });
  return standing.state === 'finished' ? standing.timing : null;
}

/**
 * How the giving side of a hand-over kept its time budget: from when it got the dossier (the previous hand-over's
 * receipt, or the dossier's acceptance) plus its step's working hours, against the time it gave the dossier on.
 */
export function handoverResult(
  calendar: WorkingCalendar,
  handovers: readonly HandoverRow[],
  index: number,
  acceptedAt: Date | null,
) {
  const handover = handovers[index];
  if (!handover || handover.budget_hours === null) return null;
  const start = index === 0 ? acceptedAt : (handovers[index - 1]?.received_at ?? null);
  if (start === null) return null;
  return classifyFinished(handover.given_at, calendar.addWorkingHours(start, Number(handover.budget_hours)));
}
