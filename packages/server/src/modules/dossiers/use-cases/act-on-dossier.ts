import { type Capability, rolesFor } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError, type ReasonedMessage } from '../../../errors.js';
import { hasRole } from '../../../http/policy.js';
import type { RequestContext } from '../../../http/request-context.js';
import { dossierMessage } from '../messages.js';
import type { DossierAction } from '../schemas.js';
import { actsInScope } from './action-scope.js';
import { type ChangeOutcome, changeDossier, type DossierChange } from './change-dossier.js';
import { ROUTING_ACTIONS } from './routing-actions.js';
import { STATUS_ACTIONS } from './status-actions.js';

type AnyHandler = (change: DossierChange, body: never) => Promise<ChangeOutcome>;

const HANDLERS: Record<DossierAction, AnyHandler> = { ...STATUS_ACTIONS, ...ROUTING_ACTIONS } as Record<
  DossierAction,
  AnyHandler
>;

/** The capability each action needs: acceptance and refusal are intake, assignment the head's, the rest processing. */
export const ACTION_CAPABILITY: Record<DossierAction, Capability> = {
  accept: 'dossiers.intake',
  refuse: 'dossiers.intake',
  start: 'dossiers.process',
  request_supplement: 'dossiers.process',
  receive_supplement: 'dossiers.process',
  request_payment: 'dossiers.process',
  record_payment: 'dossiers.process',
  withdraw: 'dossiers.process',
  stop: 'dossiers.process',
  finish: 'dossiers.process',
  return_result: 'dossiers.intake',
  assign: 'dossiers.assign',
  handover: 'dossiers.process',
  receive_handover: 'dossiers.process',
};

/** Whether the user's roles allow an action (the dossier's state is checked by the action itself). */
export const mayAct = (request: Pick<RequestContext, 'auth'>, action: DossierAction) =>
  hasRole(request.auth, ...rolesFor(ACTION_CAPABILITY[action]));

/**
 * Runs one action on a dossier: status moves along docs/DOMAIN.md §3's allowed moves (an illegal one answers 409 with a
 * sentence naming both statuses), assignment, hand-overs. Returns the warnings the officer should read.
 */
export async function actOnDossier(
  db: Db,
  request: RequestContext,
  dossierId: string,
  action: DossierAction,
  body: unknown,
): Promise<ReasonedMessage[]> {
  if (!mayAct(request, action)) throw new AppError('forbidden');
  const handler = HANDLERS[action];
  return changeDossier(db, request, dossierId, async (change) => {
    const settings = await change.side.settings(change.auth.tenantId);
    const handovers = await change.side.handovers(change.auth.tenantId, change.row.id);
    if (!actsInScope(change.auth, settings?.action_scope ?? 'ward', change.row, handovers, action)) {
      throw dossierMessage.error('forbidden', 'outside_unit', change.lang);
    }
    return handler(change, body as never);
  });
}
