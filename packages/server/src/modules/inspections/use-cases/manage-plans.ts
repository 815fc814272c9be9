import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { orgRepository } from '../../org/index.js';
import { inspectionMessage } from '../messages.js';
import { inspectionRepository } from '../repository.js';
import type { PlanCreate } from '../schemas.js';

async function checkUnits(db: Db, request: RequestContext, unitIds: readonly string[], field: string): Promise<void> {
  const units = new Map((await orgRepository(db).listUnits(request.auth.tenantId)).map((u) => [u.id, u]));
  if (unitIds.every((id) => units.get(id)?.active)) return;
  throw inspectionMessage.error('validation_failed', 'unit_not_found', request.lang, {}, field);
}

async function addVisits(
  db: Db,
  request: RequestContext,
  planId: string,
  visits: PlanCreate['units'],
): Promise<string[]> {
  const repo = inspectionRepository(db);
  const ids: string[] = [];
  for (const visit of visits) {
    const id = randomUUID();
    await repo.insert({
      tenant_id: request.auth.tenantId,
      id,
      plan_id: planId,
      unit_id: visit.unitId,
      planned_from: visit.plannedFrom,
      planned_to: visit.plannedTo,
      status: 'planned',
    });
    ids.push(id);
  }
  return ids;
}

/** Records the yearly inspection plan: its scope and team, and the units to inspect with their dates. */
export async function createInspectionPlan(db: Db, request: RequestContext, body: PlanCreate): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await checkUnits(
      trx,
      request,
      body.units.map((u) => u.unitId),
      'units',
    );
    const id = randomUUID();
    await inspectionRepository(trx).insertPlan({
      tenant_id: request.auth.tenantId,
      id,
      year: body.year,
      title: body.title,
      reference: body.reference || null,
      scope: body.scope,
      team: body.team,
      created_by: request.auth.userId,
      created_at: request.now,
    });
    const inspections = await addVisits(trx, request, id, body.units);
    await recordAudit(trx, {
      tenantId: request.auth.tenantId,
      actorUserId: request.auth.userId,
      action: 'create',
      entity: 'inspection_plan',
      entityId: id,
      after: { ...body, inspections },
      at: request.now,
    });
    return id;
  });
}

/** Adds a unit to a plan (an ad hoc inspection, or a unit forgotten). */
export async function addInspection(
  db: Db,
  request: RequestContext,
  planId: string,
  visit: PlanCreate['units'][number],
) {
  return db.transaction().execute(async (trx) => {
    if (!(await inspectionRepository(trx).findPlan(request.auth.tenantId, planId))) throw new AppError('not_found');
    await checkUnits(trx, request, [visit.unitId], 'unitId');
    const [id] = await addVisits(trx, request, planId, [visit]);
    await recordAudit(trx, {
      tenantId: request.auth.tenantId,
      actorUserId: request.auth.userId,
      action: 'create',
      entity: 'inspection',
      entityId: id ?? '',
      after: { planId, ...visit },
      at: request.now,
    });
    return id ?? '';
  });
}
