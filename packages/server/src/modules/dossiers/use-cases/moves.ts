import { checkMove, computeDueMoment, type DossierStatus, isOpen } from '@cchc/domain';
import { AppError } from '../../../errors.js';
import { CLOSED_DOSSIER_ACTS, dossierMessage, refusedMoveMessage } from '../messages.js';
import type { DossierRow } from '../records.js';
import type { DossierChange } from './change-dossier.js';

/** The name the counter goes by in hand-overs and letters while no unit holds the dossier. */
export const COUNTER_NAME = 'Bộ phận tiếp nhận và trả kết quả';

/**
 * Moves the dossier to a status along the allowed moves (docs/DOMAIN.md §3), appending it to the history. An illegal move
 * is refused with the domain's reason code and a sentence naming both statuses in the caller's language.
 */
export function moveTo(change: DossierChange, target: DossierStatus, patch: Partial<DossierRow> = {}) {
  const check = checkMove(change.row.status, target);
  if (!check.ok) {
    throw new AppError('conflict', refusedMoveMessage(check.problem, change.lang), undefined, check.problem);
  }
  return {
    ...patch,
    status: target,
    history: [...change.row.history, { status: target, at: change.now.toISOString() }],
  };
}

/** Acceptance: the clock starts now and the appointment is the procedure's limit on the ward's calendar. */
export function acceptanceColumns(
  change: Pick<DossierChange, 'calendar' | 'limit'>,
  at: Date,
): { received_at: Date; due_at: Date | null; due_source: 'limit' } {
  const due = change.limit ? computeDueMoment(change.calendar, { receivedAt: at, limit: change.limit }).baseDue : null;
  return { received_at: at, due_at: due, due_source: 'limit' };
}

/** Refuses a change of a dossier that is no longer open (refused, withdrawn, stopped, returned). */
export function requireOpen(change: DossierChange, act: keyof typeof CLOSED_DOSSIER_ACTS): void {
  if (!isOpen(change.row.status)) {
    const what = CLOSED_DOSSIER_ACTS[act][change.lang];
    throw dossierMessage.error('conflict', 'dossier_closed', change.lang, { what });
  }
}
