import { vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { AuthContext } from '../../../http/policy.js';
import { orgRepository } from '../../org/index.js';
import { canManage, canSelfAssess, seesInProgress } from '../access.js';
import { unitsSelfInspectedShare } from '../coverage.js';
import { presentInspection, presentInspectionDetail, presentPlan } from '../presenter.js';
import { inspectionRepository } from '../repository.js';

async function unitNames(db: Db, tenantId: string) {
  return new Map((await orgRepository(db).listUnits(tenantId)).map((u) => [u.id, u.name]));
}

/** The inspection plans of a year (or every year) with their unit inspections. */
export async function listInspectionPlans(db: Db, tenantId: string, year: number | undefined) {
  const repo = inspectionRepository(db);
  const plans = await repo.plans(tenantId, year);
  const [inspections, units] = await Promise.all([
    repo.inspections(tenantId, { planIds: plans.map((p) => p.id) }),
    unitNames(db, tenantId),
  ]);
  return plans.map((p) => presentPlan(p, inspections, units));
}

/** Concluded inspections, newest first: what the observer (Fatherland Front) may read. */
export async function listConclusions(db: Db, tenantId: string, year: number | undefined) {
  const repo = inspectionRepository(db);
  const plans = await repo.plans(tenantId, year);
  const [rows, units] = await Promise.all([
    repo.inspections(tenantId, { planIds: plans.map((p) => p.id), statuses: ['concluded'] }),
    unitNames(db, tenantId),
  ]);
  return rows
    .sort((a, b) => (b.concluded_at?.getTime() ?? 0) - (a.concluded_at?.getTime() ?? 0))
    .map((r) => presentInspection(r, units));
}

/** One inspection; the observer sees concluded ones only, as if the others did not exist. */
export async function inspectionDetail(db: Db, auth: AuthContext, id: string, now: Date) {
  const repo = inspectionRepository(db);
  const row = await repo.find(auth.tenantId, id);
  if (!row || (!seesInProgress(auth) && row.status !== 'concluded')) throw new AppError('not_found');
  const [plan, findings, followUps, units] = await Promise.all([
    repo.findPlan(auth.tenantId, row.plan_id),
    repo.findings(auth.tenantId, id),
    repo.followUps(auth.tenantId, id),
    unitNames(db, auth.tenantId),
  ]);
  if (!plan) throw new AppError('not_found');
  return presentInspectionDetail(row, {
    plan,
    findings,
    followUps,
    units,
    today: vietnamDateOf(now),
    permissions: { manage: canManage(auth), selfAssess: canSelfAssess(auth, row.unit_id) },
  });
}

/** Target đ for a year, with the names of the units still to inspect. */
export async function coverageOf(db: Db, tenantId: string, year: number) {
  const [coverage, units] = await Promise.all([unitsSelfInspectedShare(db, tenantId, year), unitNames(db, tenantId)]);
  const { missingUnitIds, ...figures } = coverage;
  return { ...figures, missingUnits: missingUnitIds.map((id) => ({ id, name: units.get(id) ?? '' })) };
}
