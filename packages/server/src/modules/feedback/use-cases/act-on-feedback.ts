import { type FeedbackAction, nextFeedbackStatus } from '@cchc/domain';
import type { Selectable, Transaction } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { DB } from '../../../db/generated.js';
import { AppError } from '../../../errors.js';
import type { AuthContext } from '../../../http/policy.js';
import type { RequestContext } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { loadWorkingCalendar } from '../../calendar/index.js';
import { orgRepository } from '../../org/index.js';
import { dueColumns } from '../deadlines.js';
import { feedbackMessage } from '../messages.js';
import { canSeeFeedback, requireFeedbackAction } from '../policy.js';
import { feedbackRepository } from '../repository.js';
import type { ActionBodies } from '../schemas.js';
import { loadFeedbackSettings } from '../settings.js';
import { type ActionContext, effectOf, publicVersionFor } from './action-handlers.js';

type Row = Selectable<DB['feedback']>;

/** A feedback the user may see, locked for the change; another unit's answers 404 like another ward's. */
export async function lockVisibleFeedback(trx: Db, auth: AuthContext, id: string): Promise<Row> {
  const row = await feedbackRepository(trx).lock(auth.tenantId, id);
  if (!row || !canSeeFeedback(auth, row)) throw new AppError('not_found');
  return row;
}

async function applyOne<A extends FeedbackAction>(
  trx: Transaction<DB>,
  request: RequestContext,
  row: Row,
  action: A,
  body: ActionBodies[A],
): Promise<Row> {
  const { auth, now, lang } = request;
  requireFeedbackAction(auth, row, action);
  const status = nextFeedbackStatus(row.status, action);
  if (!status) throw feedbackMessage.error('conflict', 'status_conflict', lang);
  const org = orgRepository(trx);
  const ctx: ActionContext = {
    row,
    userId: auth.userId,
    now,
    lang,
    unitIsActive: async (unitId) => (await org.findUnit(auth.tenantId, unitId))?.active === true,
  };
  const effect = await effectOf(action, body, ctx);
  const merged = { ...row, ...effect.patch } as Row;
  const calendar = await loadWorkingCalendar(trx, auth.tenantId);
  const settings = await loadFeedbackSettings(trx, auth.tenantId);
  const repo = feedbackRepository(trx);
  const after = await repo.update(auth.tenantId, row.id, {
    ...effect.patch,
    status,
    ...dueColumns(calendar, merged, settings.deadlines),
    updated_at: now,
  });
  await repo.addEvent({
    tenant_id: auth.tenantId,
    feedback_id: row.id,
    action,
    at: now,
    actor_user_id: auth.userId,
    from_unit_id: effect.event.fromUnitId ?? null,
    to_unit_id: effect.event.toUnitId ?? null,
    agency: effect.event.agency ?? null,
    note: effect.event.note ?? null,
  });
  await recordAudit(trx, {
    tenantId: auth.tenantId,
    actorUserId: auth.userId,
    action,
    entity: 'feedback',
    entityId: row.id,
    before: { status: row.status, unitId: row.unit_id },
    after: { status, unitId: after.unit_id },
    at: now,
  });
  return after;
}

/**
 * Takes one action on a feedback (route, transfer, reject, answer, approve, publish…): the user's right on the
 * record, the status machine, the action's own checks; then the row, its deadlines, its event and the audit
 * entry change together. Approving with `publish` publishes in the same transaction. Returns the row after.
 */
export async function actOnFeedback<A extends FeedbackAction>(
  db: Db,
  request: RequestContext,
  id: string,
  action: A,
  body: ActionBodies[A],
): Promise<Row> {
  return db.transaction().execute(async (trx) => {
    const row = await lockVisibleFeedback(trx, request.auth, id);
    const after = await applyOne(trx, request, row, action, body);
    if (action !== 'approve' || !(body as ActionBodies['approve']).publish) return after;
    return applyOne(trx, request, after, 'publish', publicVersionFor(body as ActionBodies['approve'], after));
  });
}
