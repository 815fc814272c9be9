// The plan in use's tasks for a list, the dashboard or the export: their queries sent together once the plan is
// known, flagged on the working calendar, with only what the caller reads.
import { type TaskActor, vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { listMilestones } from '../plans/index.js';
import { type TaskRow, type TaskRowFilter, type TaskSet, tasksRepository } from './repository.js';
import {
  type FlagColumn,
  type FlaggedTask,
  findTaskPlan,
  flagTasks,
  scopeOfPlan,
  type TaskScope,
  type TaskView,
  tenantPartsOf,
  updatesSince,
  withRights,
} from './task-view.js';

/** The plan in use's tasks, flagged, with their evidence counts, and the scope they were flagged on. */
export interface PlanTasks<T> {
  scope: TaskScope;
  tasks: T[];
  evidenceCounts: Map<string, number>;
}

/** What a reader of the plan's tasks reads besides their flags. */
export interface PlanTaskReading<R> {
  /** The rows, narrowed by the filter (`listTasks`, or `listTaskListRows` for what the list shows). */
  rows: (planId: string) => Promise<R[]>;
  /** The units the tasks name: all of them (what rights need), the leads only, or none. */
  units: 'all' | 'lead' | 'none';
  /** false: the evidence counts are not read (the map is empty). */
  evidenceCounts: boolean;
}

/**
 * The tasks of the plan in use on `now`'s date, narrowed by `filter`, flagged, with what `reading` asks; null
 * without a plan. The tenant's part of the scope is read with the plan; once the plan is known every query is sent
 * at once, each on a connection of its own: the plan's periods, the rows and, for the whole plan (`filter` empty),
 * the units, milestones, evidence counts by plan (the days of updates once the reporting windows are read). A
 * filtered list reads those of the rows it got, by id.
 */
export async function loadPlanTasks<R extends Pick<TaskRow, FlagColumn>>(
  db: Db,
  tenantId: string,
  now: Date,
  filter: TaskRowFilter,
  reading: PlanTaskReading<R>,
): Promise<PlanTasks<FlaggedTask<R>> | null> {
  const repo = tasksRepository(db);
  const today = vietnamDateOf(now);
  const parts = tenantPartsOf(db, tenantId);
  const plan = await findTaskPlan(db, tenantId, today);
  if (!plan) return null;
  const { windows, scope } = scopeOfPlan(db, tenantId, plan, today, parts);
  const rows = reading.rows(plan.id);
  const wholePlan = Object.values(filter).every((v) => v === undefined);
  const tasks: Promise<TaskSet> = wholePlan
    ? Promise.resolve({ planId: plan.id })
    : rows.then((r) => r.map((t) => t.id));
  const recurring: Promise<TaskSet> = wholePlan
    ? Promise.resolve({ planId: plan.id, recurring: true })
    : rows.then((r) => r.filter((t) => t.timeframe_kind === 'recurring').map((t) => t.id));
  const { units: which } = reading;
  const [s, taskRows, units, days, milestones, evidenceCounts] = await Promise.all([
    scope,
    rows,
    which === 'none' ? [] : tasks.then((set) => repo.taskUnits(tenantId, set, which === 'lead' ? 'lead' : undefined)),
    Promise.all([recurring, windows]).then(([set, w]) =>
      repo.lastUpdateDays(tenantId, set, updatesSince(w, today), today),
    ),
    tasks.then((set) => listMilestones(db, tenantId, Array.isArray(set) ? set : { planId: plan.id })),
    reading.evidenceCounts ? tasks.then((set) => repo.evidenceCounts(tenantId, set)) : new Map<string, number>(),
  ]);
  return { scope: s, tasks: flagTasks(taskRows, units, days, s, milestones), evidenceCounts };
}

/** The views of the plan in use's tasks for `actor`, every column and unit read, with their evidence counts. */
export async function loadPlanTaskViews(
  db: Db,
  tenantId: string,
  now: Date,
  filter: TaskRowFilter,
  actor: TaskActor,
): Promise<PlanTasks<TaskView> | null> {
  const rows = (planId: string) => tasksRepository(db).listTasks(tenantId, planId, filter);
  const read = await loadPlanTasks(db, tenantId, now, filter, { rows, units: 'all', evidenceCounts: true });
  return read && { ...read, tasks: read.tasks.map((t) => withRights(t, read.scope, actor)) };
}
