import {
  actionAllowedFrom,
  checkMove,
  type DossierStatus,
  isClockRunning,
  isProcessable,
  rolesFor,
  DOSSIER_STATUS as S,
} from '@cchc/domain';
import { hasRole } from '../../../http/policy.js';
import type { RequestContext } from '../../../http/request-context.js';
import type { ApologyRow, DossierRow } from '../records.js';
import type { DossierAction } from '../schemas.js';
import { ALLOWED } from '../schemas-out.js';
import type { HandoverRow } from '../side-repository.js';
import { mayAct } from './act-on-dossier.js';
import { type ActionScope, actsInScope } from './action-scope.js';

/** The status each moving action leads to. */
const TARGETS: Partial<Record<DossierAction, DossierStatus>> = {
  accept: S.accepted,
  refuse: S.refused,
  start: S.processing,
  request_supplement: S.supplementRequested,
  receive_supplement: S.processing,
  request_payment: S.paymentRequested,
  withdraw: S.withdrawn,
  stop: S.stopped,
  finish: S.processed,
  return_result: S.returned,
};

/** What the dossier's state allows beyond the moves, given whether a hand-over waits for its receiver. */
function stateAllows(action: (typeof ALLOWED)[number], row: DossierRow, pending: boolean, apology?: ApologyRow) {
  const target = TARGETS[action as DossierAction];
  if (target !== undefined) return checkMove(row.status, target).ok && actionAllowedFrom(action, row.status);
  switch (action) {
    case 'receive_handover':
      return pending;
    case 'handover':
      return isProcessable(row.status) && !pending;
    case 'apology':
      return isClockRunning(row.status) && row.current_due_at !== null && !apology?.issued_at;
    default:
      return isProcessable(row.status) || (action === 'update' && row.status !== S.registered);
  }
}

/**
 * What this user may do on this dossier now, so the page offers only what the server would accept. The server
 * checks again on each request.
 */
export function allowedActions(
  request: Pick<RequestContext, 'auth'>,
  row: DossierRow,
  handovers: readonly HandoverRow[],
  apology: ApologyRow | undefined,
  scope: ActionScope = 'ward',
): (typeof ALLOWED)[number][] {
  const pending = handovers.at(-1)?.received_at === null;
  const mayProcess = hasRole(request.auth, ...rolesFor('dossiers.process'));
  return ALLOWED.filter((action) => {
    const byRole = action === 'update' || action === 'apology' ? mayProcess : mayAct(request, action);
    const asAction = (action === 'update' || action === 'apology' ? 'start' : action) as DossierAction;
    const inScope = actsInScope(request.auth, scope, row, handovers, asAction);
    return byRole && inScope && stateAllows(action, row, pending, apology);
  });
}
