import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import { recordAudit } from '../../audit/index.js';
import { planMessage } from '../messages.js';
import { planRepository } from '../repository.js';
import type { PlanActor, PlanContext } from './confirm-import.js';

/**
 * Puts a draft plan in use (đưa vào thực hiện): from now on a new import becomes an amendment the chairman
 * decides, and task execution may start.
 */
export async function markPlanInUse(db: Db, actor: PlanActor, planId: string, context: PlanContext): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const repo = planRepository(trx);
    const plan = await repo.findPlan(actor.tenantId, planId);
    if (!plan) throw new AppError('not_found');
    await repo.lockYear(actor.tenantId, plan.year);
    const fresh = await repo.findPlan(actor.tenantId, planId);
    if (fresh?.status !== 'draft') throw planMessage.error('conflict', 'not_draft', context.lang);
    await repo.updatePlan(actor.tenantId, planId, {
      status: 'in_use',
      in_use_by: actor.userId,
      in_use_at: context.now,
    });
    await recordAudit(trx, {
      ...{ tenantId: actor.tenantId, actorUserId: actor.userId, at: context.now },
      ...{ action: 'plan.mark_in_use', entity: 'plan', entityId: planId },
      before: { status: 'draft' },
      after: { status: 'in_use', version: fresh.current_version },
    });
  });
}
