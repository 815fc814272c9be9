import { actionAllowedFrom, checkMove, type DossierStatus, rolesFor } from '@cchc/domain';
import { hasRole } from '../../../http/policy.js';
import type { ApologyRow, DossierRow } from '../records.js';
import type { DossierAction } from '../schemas.js';
import { ALLOWED } from '../schemas-out.js';
import type { HandoverRow } from '../side-repository.js';
import { mayAct } from './act-on-dossier.js';
import type { DossierRequest } from './change-dossier.js';

/** The status each moving action leads to. */
const TARGETS: Partial<Record<DossierAction, DossierStatus>> = {
  accept: 2,
  refuse: 3,
  start: 4,
  request_supplement: 5,
  receive_supplement: 4,
  request_payment: 6,
  withdraw: 7,
  stop: 8,
  finish: 9,
  return_result: 10,
};

const OPEN: readonly number[] = [2, 4, 5, 6];

/** What the dossier's state allows beyond the moves, given whether a hand-over waits for its receiver. */
function stateAllows(action: (typeof ALLOWED)[number], row: DossierRow, pending: boolean, apology?: ApologyRow) {
  const target = TARGETS[action as DossierAction];
  if (target !== undefined) return checkMove(row.status, target).ok && actionAllowedFrom(action, row.status);
  switch (action) {
    case 'receive_handover':
      return pending;
    case 'handover':
      return OPEN.includes(row.status) && !pending;
    case 'apology':
      return [2, 4, 6].includes(row.status) && row.current_due_at !== null && !apology?.issued_at;
    default:
      return OPEN.includes(row.status) || (action === 'update' && row.status !== 1);
  }
}

/**
 * What this user may do on this dossier now, so the page offers only what the server would accept. The server
 * checks again on each request.
 */
export function allowedActions(
  request: Pick<DossierRequest, 'auth'>,
  row: DossierRow,
  handovers: readonly HandoverRow[],
  apology: ApologyRow | undefined,
): (typeof ALLOWED)[number][] {
  const pending = handovers.at(-1)?.received_at === null;
  const mayProcess = hasRole(request.auth, ...rolesFor('dossiers.process'));
  return ALLOWED.filter((action) => {
    const byRole = action === 'update' || action === 'apology' ? mayProcess : mayAct(request, action);
    return byRole && stateAllows(action, row, pending, apology);
  });
}
