import type { PlanParseResult } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import {
  type PlanRow,
  type PlanTaskRow,
  type PlanTaskUnitRow,
  type PlanVersionRow,
  type PlanVersionSummary,
  planRepository,
} from '../repository.js';

/** A unit named in a task's cells. */
export interface TaskUnit {
  id: string;
  code: string;
  name: string;
  shortName: string;
}

/** A stored task with the units of its lead and coordinator cells, and the unit that answers for it. */
export interface PlanTaskView {
  row: PlanTaskRow;
  lead: TaskUnit[];
  coordinators: TaskUnit[];
  owner: TaskUnit | null;
}

/** Everything the plan page shows. */
export interface PlanView {
  plan: PlanRow;
  document: PlanParseResult;
  tasks: PlanTaskView[];
  targets: Awaited<ReturnType<ReturnType<typeof planRepository>['listTargets']>>;
  reports: Awaited<ReturnType<ReturnType<typeof planRepository>['listReportPeriods']>>;
  versions: PlanVersionSummary[];
  userNames: Map<string, string>;
}

const toUnit = (u: PlanTaskUnitRow): TaskUnit => ({ id: u.id, code: u.code, name: u.name, shortName: u.short_name });

function taskViews(rows: PlanTaskRow[], units: PlanTaskUnitRow[], allUnits: Map<string, TaskUnit>): PlanTaskView[] {
  return rows.map((row) => {
    const of = (role: 'lead' | 'coordinator') =>
      units.filter((u) => u.task_id === row.id && u.role === role).map(toUnit);
    const owner = row.owner_unit_id ? (allUnits.get(row.owner_unit_id) ?? null) : null;
    return { row, lead: of('lead'), coordinators: of('coordinator'), owner };
  });
}

/**
 * The tasks of a plan with their units, in table order (numbered tasks, then those outside the appendix).
 * Removed tasks (`removed_in_version`) only with `withRemoved`. For other modules: task execution, reports.
 */
export async function listPlanTasks(
  db: Db,
  tenantId: string,
  planId: string,
  options: { withRemoved?: boolean } = {},
): Promise<PlanTaskView[]> {
  const repo = planRepository(db);
  const [rows, units, tenantUnits] = await Promise.all([
    repo.listTasks(tenantId, planId, options),
    repo.listTaskUnits(tenantId, planId),
    repo.listUnits(tenantId),
  ]);
  const allUnits = new Map(
    tenantUnits.map((u) => [u.id, { id: u.id, code: u.code, name: u.name, shortName: u.short_name }]),
  );
  return taskViews(rows, units, allUnits);
}

/** The plan of a year, or (no year, or none that year) the latest plan; null when the tenant has none. */
export async function findCurrentPlan(db: Db, tenantId: string, year?: number): Promise<PlanRow | null> {
  const repo = planRepository(db);
  const ofYear = year === undefined ? undefined : await repo.findPlanByYear(tenantId, year);
  return ofYear ?? (await repo.listPlans(tenantId))[0] ?? null;
}

/** A plan of the tenant, or 404: another tenant's plan is indistinguishable from a missing one. */
export async function planOfTenant(db: Db, tenantId: string, planId: string): Promise<PlanRow> {
  const plan = await planRepository(db).findPlan(tenantId, planId);
  if (!plan) throw new AppError('not_found');
  return plan;
}

/** The plan with its current document, tasks, targets, report periods and versions. */
export async function loadPlanView(db: Db, tenantId: string, planId: string): Promise<PlanView> {
  const repo = planRepository(db);
  const plan = await planOfTenant(db, tenantId, planId);
  const [current, tasks, targets, reports, versions] = await Promise.all([
    repo.findVersion(tenantId, planId, plan.current_version),
    listPlanTasks(db, tenantId, planId),
    repo.listTargets(tenantId, planId),
    repo.listReportPeriods(tenantId, planId),
    repo.listVersions(tenantId, planId),
  ]);
  if (!current) throw new AppError('not_found');
  const people = [plan.in_use_by, ...versions.flatMap((v) => [v.created_by, v.decided_by])];
  const userNames = await repo.userNames(tenantId, people);
  return { plan, document: current.parsed, tasks, targets, reports, versions, userNames };
}

/** One version of a plan as it was recorded, with its full document and the changes it made or proposes. */
export async function loadVersion(db: Db, tenantId: string, planId: string, version: number) {
  const repo = planRepository(db);
  await planOfTenant(db, tenantId, planId);
  const row: PlanVersionRow | undefined = await repo.findVersion(tenantId, planId, version);
  if (!row) throw new AppError('not_found');
  const userNames = await repo.userNames(tenantId, [row.created_by, row.decided_by]);
  return { row, userNames };
}

/** The versions of a plan, oldest first, without their documents. */
export async function listVersions(db: Db, tenantId: string, planId: string) {
  const repo = planRepository(db);
  await planOfTenant(db, tenantId, planId);
  const versions = await repo.listVersions(tenantId, planId);
  const userNames = await repo.userNames(
    tenantId,
    versions.flatMap((v) => [v.created_by, v.decided_by]),
  );
  return { versions, userNames };
}
