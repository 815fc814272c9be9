import { randomUUID } from 'node:crypto';
import {
  type DocumentTask,
  diffTasks,
  documentTasks,
  type PlanParseResult,
  type SnapshotField,
  snapshotOfTask,
  type TaskSnapshot,
} from '@cchc/domain';
import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';
import { isDocumentRow, snapshotOfRow } from './document-tasks.js';
import { replaceMilestones } from './milestones-repository.js';
import { type PlanRepository, type PlanTaskRow, planRepository, type TenantUnitRow } from './repository.js';

/** What a version changes in the plan's tasks; stored with the version and shown before confirming. */
export interface PlanChanges {
  added: (TaskSnapshot & { taskId: string | null })[];
  removed: (TaskSnapshot & { taskId: string })[];
  edited: { taskId: string; fields: SnapshotField[]; before: TaskSnapshot; after: TaskSnapshot }[];
  unchanged: number;
}

interface Comparison {
  current: PlanTaskRow[];
  next: DocumentTask[];
  diff: ReturnType<typeof diffTasks>;
}

async function compare(repo: PlanRepository, tenantId: string, planId: string | null, parsed: PlanParseResult) {
  const current = planId ? (await repo.listTasks(tenantId, planId)).filter(isDocumentRow) : [];
  const next = documentTasks(parsed);
  const diff = diffTasks(current.map(snapshotOfRow), next.map(snapshotOfTask));
  return { current, next, diff };
}

function changesOf({ current, next, diff }: Comparison, addedIds: (string | null)[] = []): PlanChanges {
  const row = (i: number) => current[i] as PlanTaskRow;
  const task = (j: number) => next[j] as DocumentTask;
  return {
    added: diff.added.map((j, k) => ({ ...snapshotOfTask(task(j)), taskId: addedIds[k] ?? null })),
    removed: diff.removed.map((i) => ({ ...snapshotOfRow(row(i)), taskId: row(i).id })),
    edited: diff.matches
      .filter((m) => m.fields.length > 0)
      .map((m) => ({
        taskId: row(m.before).id,
        fields: m.fields,
        before: snapshotOfRow(row(m.before)),
        after: snapshotOfTask(task(m.after)),
      })),
    unchanged: diff.matches.filter((m) => m.fields.length === 0).length,
  };
}

/** What importing `parsed` would change in the plan's current tasks; writes nothing. */
export async function previewChanges(db: Db, tenantId: string, planId: string | null, parsed: PlanParseResult) {
  return changesOf(await compare(planRepository(db), tenantId, planId, parsed));
}

/** Where a version's task rows go: the tenant's units resolve the codes the parser found. */
export interface ApplyTarget {
  tenantId: string;
  planId: string;
  version: number;
  units: readonly TenantUnitRow[];
  /** Who answers for tasks led by a group ("Các phòng, đơn vị chuyên môn"): the ward's PAR focal unit. */
  focalUnitId: string | null;
}

function taskColumns(t: DocumentTask, target: ApplyTarget) {
  const idOf = (code: string | undefined) => target.units.find((u) => u.code === code)?.id ?? null;
  return {
    no: t.no,
    no_label: t.label,
    group_code: t.group,
    area_code: t.area,
    content: t.content,
    lead_text: t.lead.text,
    lead_group: t.lead.group ?? null,
    coordinators_text: t.coordinators.text,
    coordinators_group: t.coordinators.group ?? null,
    // A group or an outside body leads: the focal unit answers for the task and every unit may contribute.
    owner_unit_id: idOf(t.lead.unitCodes[0]) ?? target.focalUnitId,
    timeframe_text: t.timeframe.text,
    timeframe_kind: t.timeframe.kind,
    start_date: t.timeframe.start,
    due_date: t.timeframe.due,
    product: t.product,
    source: t.source,
    source_ref: t.sourceRef,
  };
}

function unitRows(taskId: string, t: DocumentTask, target: ApplyTarget): Insertable<DB['plan_task_units']>[] {
  const rows = (codes: string[], role: 'lead' | 'coordinator') =>
    codes.flatMap((code, position) => {
      const unit = target.units.find((u) => u.code === code);
      return unit ? [{ tenant_id: target.tenantId, task_id: taskId, unit_id: unit.id, role, position }] : [];
    });
  return [...rows(t.lead.unitCodes, 'lead'), ...rows(t.coordinators.unitCodes, 'coordinator')];
}

async function writeTasks(db: Db, target: ApplyTarget, comparison: Comparison): Promise<string[]> {
  const repo = planRepository(db);
  const { current, next, diff } = comparison;
  const { tenantId, planId, version } = target;
  const units: Insertable<DB['plan_task_units']>[] = [];
  const added: Insertable<DB['plan_tasks']>[] = diff.added.map((j) => {
    const id = randomUUID();
    units.push(...unitRows(id, next[j] as DocumentTask, target));
    const base = { tenant_id: tenantId, id, plan_id: planId, added_in_version: version, changed_in_version: version };
    return { ...base, ...taskColumns(next[j] as DocumentTask, target) };
  });
  await repo.insertTasks(added);
  const touched: string[] = [];
  for (const m of diff.matches) {
    const id = (current[m.before] as PlanTaskRow).id;
    touched.push(id);
    units.push(...unitRows(id, next[m.after] as DocumentTask, target));
    const changed = m.fields.length > 0 ? { changed_in_version: version } : {};
    await repo.updateTask(tenantId, id, { ...taskColumns(next[m.after] as DocumentTask, target), ...changed });
  }
  for (const i of diff.removed) {
    await repo.updateTask(tenantId, (current[i] as PlanTaskRow).id, { removed_in_version: version });
  }
  await repo.replaceTaskUnits(tenantId, touched, units);
  const written = [
    ...added.map((row, i) => ({ taskId: row.id, task: next[diff.added[i] ?? -1] })),
    ...diff.matches.map((m) => ({ taskId: (current[m.before] as PlanTaskRow).id, task: next[m.after] })),
  ];
  await replaceMilestones(
    db,
    tenantId,
    written.map(({ taskId, task }) => ({ taskId, milestones: task?.timeframe.milestones ?? [] })),
  );
  return added.map((row) => row.id);
}

/**
 * Makes `parsed` the plan's current content: tasks matched to the current ones keep their ids (their updates
 * and evidence follow them), new tasks are added, dropped ones get `removed_in_version` and stay readable;
 * targets and report periods are replaced. Call inside the transaction that records the version.
 */
export async function applyVersion(db: Db, target: ApplyTarget, parsed: PlanParseResult): Promise<PlanChanges> {
  const repo = planRepository(db);
  const comparison = await compare(repo, target.tenantId, target.planId, parsed);
  const addedIds = await writeTasks(db, target, comparison);
  const { tenantId, planId } = target;
  await repo.replaceTargets(
    tenantId,
    planId,
    // A code written twice (a typo in the document) keeps its first target; the version's JSON keeps both.
    parsed.targets
      .filter((t, i) => parsed.targets.findIndex((o) => o.code === t.code) === i)
      .map((t, position) => ({
        tenant_id: tenantId,
        plan_id: planId,
        code: t.code,
        text: t.text,
        measures: JSON.stringify(t.measures),
        position,
      })),
  );
  // Q2 and H1 may both appear in a plan that asks for both; one due date per period is kept.
  const periods = new Map(parsed.reports.map((r) => [r.period, r.due]));
  await repo.replaceReportPeriods(
    tenantId,
    planId,
    [...periods].map(([period, due]) => ({ tenant_id: tenantId, plan_id: planId, period, due_date: due })),
  );
  return changesOf(comparison, addedIds);
}
