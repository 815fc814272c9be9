import type { z } from 'zod';
import { orgRepository } from '../../org/index.js';
import { proceduresRepository } from '../../procedures/index.js';
import { dossierMessage } from '../messages.js';
import type { ACTION_BODIES } from '../schemas.js';
import type { ChangeOutcome, DossierChange } from './change-dossier.js';
import { COUNTER_NAME, requireOpen } from './moves.js';

type Body<A extends keyof typeof ACTION_BODIES> = z.infer<(typeof ACTION_BODIES)[A]>;

async function assign(change: DossierChange, body: Body<'assign'>): Promise<ChangeOutcome> {
  requireOpen(change, 'assign');
  if (body.userId !== null) {
    const names = await change.side.userNames(change.auth.tenantId, [body.userId]);
    if (!names.has(body.userId)) {
      throw dossierMessage.error('validation_failed', 'no_such_officer', change.lang, {}, 'userId');
    }
  }
  return { patch: { assignee_id: body.userId }, action: 'assign', data: { userId: body.userId } };
}

/**
 * The giving side's time budget: the procedure step of the unit (or agency) that holds the dossier now; before any
 * hand-over the counter holds it, whose step is the first (reception).
 */
async function budgetOf(change: DossierChange, holder: { unitId: string | null; name: string } | null) {
  const steps = await proceduresRepository(change.trx).steps(change.auth.tenantId, [change.procedure.id]);
  const step =
    holder === null
      ? steps[0]
      : steps.find((s) => (holder.unitId !== null ? s.unit_id === holder.unitId : s.agency === holder.name));
  return step ? Number(step.budget_hours) : null;
}

async function handover(change: DossierChange, body: Body<'handover'>): Promise<ChangeOutcome> {
  requireOpen(change, 'handover');
  const tenantId = change.auth.tenantId;
  const previous = await change.side.handovers(tenantId, change.row.id);
  const last = previous.at(-1);
  if (last && last.received_at === null) {
    throw dossierMessage.error('conflict', 'handover_pending', change.lang, { name: last.to_name });
  }
  const unit = body.toUnitId ? await orgRepository(change.trx).findUnit(tenantId, body.toUnitId) : undefined;
  if (body.toUnitId && !unit) {
    throw dossierMessage.error('validation_failed', 'no_such_unit', change.lang, {}, 'toUnitId');
  }
  const toName = unit?.name ?? body.toAgency ?? '';
  const fromName = change.row.holder ?? COUNTER_NAME;
  await change.side.addHandover({
    tenant_id: tenantId,
    dossier_id: change.row.id,
    no: previous.length + 1,
    from_name: fromName,
    to_unit_id: unit?.id ?? null,
    to_name: toName,
    liaison: unit === undefined,
    given_at: change.now,
    given_by: change.auth.userId,
    budget_hours: await budgetOf(change, last ? { unitId: last.to_unit_id, name: last.to_name } : null),
    note: body.note ?? null,
  });
  return { patch: { holder: toName }, action: 'handover', data: { from: fromName, to: toName, note: body.note } };
}

async function receiveHandover(change: DossierChange, body: Body<'receive_handover'>): Promise<ChangeOutcome> {
  const last = (await change.side.handovers(change.auth.tenantId, change.row.id)).at(-1);
  if (!last || last.received_at !== null) {
    throw dossierMessage.error('conflict', 'no_pending_handover', change.lang);
  }
  await change.side.updateHandover(change.auth.tenantId, change.row.id, last.no, {
    received_at: change.now,
    received_by: change.auth.userId,
  });
  return { patch: {}, action: 'receive_handover', data: { no: last.no, note: body.note } };
}

/** Assignment and hand-overs (the control slip's rows): they move no status. */
export const ROUTING_ACTIONS = {
  assign,
  handover,
  receive_handover: receiveHandover,
};
