import {
  computeMilestoneFlags,
  computeTaskFlags,
  type IsoDate,
  lastEndedWindow,
  type MilestoneFlags,
  nextMilestoneDue,
  type ReportingWindow,
  readTaskSettings,
  reportingWindows,
  type TaskActor,
  type TaskFlags,
  type TaskParties,
  type TaskRights,
  type TaskSettings,
  type TimeframeKind,
  taskRights,
  vietnamDateOf,
  type WorkingCalendar,
  windowContaining,
} from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { groupBy } from '../../group-by.js';
import { loadWorkingCalendar } from '../calendar/index.js';
import { listMilestones, type MilestoneRow } from '../plans/index.js';
import {
  type PlanRef,
  type TaskRow,
  type TaskRowFilter,
  type TaskSet,
  type TaskUnitRow,
  tasksRepository,
} from './repository.js';

/** Everything the flags and rights of a tenant's tasks are computed against, read once per request. */
export interface TaskScope {
  tenantId: string;
  plan: PlanRef;
  today: IsoDate;
  calendar: WorkingCalendar;
  windows: ReportingWindow[];
  settings: TaskSettings;
  /** The units the ward's coordinators sit in (who accepts their own unit's tasks depends on it). */
  coordinatorUnitIds: string[];
}

/** A task with what the API adds to it: its units, flags on the working calendar and the caller's rights. */
export interface TaskView {
  row: TaskRow;
  units: TaskUnitRow[];
  parties: TaskParties;
  dueDate: IsoDate | null;
  flags: TaskFlags;
  /** The milestones of a task with several, each flagged on its own; empty for other tasks. */
  milestones: MilestoneFlags[];
  rights: TaskRights;
}

/** The ward's task settings (`tenants.settings.tasks`), defaults filled in. */
export async function loadTaskSettings(db: Db, tenantId: string): Promise<TaskSettings> {
  const settings = await tasksRepository(db).tenantSettings(tenantId);
  return readTaskSettings(settings.tasks);
}

/** The scope of the plan in use on `now`'s date, or null when the tenant has no plan yet. */
export async function loadTaskScope(db: Db, tenantId: string, now: Date, planId?: string): Promise<TaskScope | null> {
  const today = vietnamDateOf(now);
  const parts = tenantPartsOf(db, tenantId);
  const plan = await findTaskPlan(db, tenantId, today, planId);
  return plan ? scopeOfPlan(db, tenantId, plan, today, parts).scope : null;
}

/** The plan a scope is for: the one named, else the one in use on `today`. */
function findTaskPlan(db: Db, tenantId: string, today: IsoDate, planId?: string) {
  const repo = tasksRepository(db);
  return planId ? repo.findPlanById(tenantId, planId) : repo.findPlan(tenantId, Number(today.slice(0, 4)));
}

/** What a scope needs of the tenant alone (calendar, settings, coordinators' units), sent with the plan's query. */
function tenantPartsOf(db: Db, tenantId: string) {
  const parts = Promise.all([
    loadWorkingCalendar(db, tenantId),
    loadTaskSettings(db, tenantId),
    tasksRepository(db).coordinatorUnitIds(tenantId),
  ]);
  // Awaited once the plan is found, and thrown there; without a plan, a failure meanwhile is of no interest.
  parts.catch(() => undefined);
  return parts;
}
type TenantParts = ReturnType<typeof tenantPartsOf>;

/**
 * The scope of a known plan, its queries sent together; its reporting windows resolve first, as soon as the plan's
 * periods are read, for what needs only them (the days of updates the flags look at).
 */
function scopeOfPlan(db: Db, tenantId: string, plan: PlanRef, today: IsoDate, parts: TenantParts) {
  const windows = tasksRepository(db)
    .reportPeriods(tenantId, plan.id)
    .then((periods) =>
      reportingWindows(
        plan.year,
        periods.map((p) => ({ period: p.period, due: p.due_date })),
      ),
    );
  const scope = Promise.all([parts, windows]).then(([[calendar, settings, coordinatorUnitIds], w]): TaskScope => {
    return { tenantId, plan, today, calendar, windows: w, settings, coordinatorUnitIds };
  });
  return { windows, scope };
}

/** What decides who accepts the scope's tasks. */
export const acceptanceOf = (scope: TaskScope) => ({ ...scope.settings, coordinatorUnitIds: scope.coordinatorUnitIds });

/** The due date in force: the one a received trigger set, else the plan's. */
export const dueDateOf = (row: Pick<TaskRow, 'triggered_due_date' | 'due_date'>): IsoDate | null =>
  row.triggered_due_date ?? row.due_date;

/** The units of a task by their part; a group named in either cell opens the task to every unit's contributions. */
export function partiesOf(row: TaskRow, units: readonly TaskUnitRow[]): TaskParties {
  const mine = units.filter((u) => u.task_id === row.id);
  return {
    ownerUnitId: row.owner_unit_id,
    leadUnitIds: mine.filter((u) => u.role === 'lead').map((u) => u.unit_id),
    coordinatorUnitIds: mine.filter((u) => u.role === 'coordinator').map((u) => u.unit_id),
    openToAllUnits: row.lead_group !== null || row.coordinators_group !== null,
  };
}

/** Builds the views of some tasks for one user. */
export function buildTaskViews(
  rows: readonly TaskRow[],
  units: readonly TaskUnitRow[],
  /** The days of updates the flags need (`lastUpdateDays`). */
  updateDays: readonly { task_id: string; on_date: string }[],
  scope: TaskScope,
  actor: TaskActor,
  milestoneRows: readonly MilestoneRow[] = [],
): TaskView[] {
  // Rows of many tasks by task id, in one pass: a list of 1,000 tasks must not filter its units 1,000 times.
  const byTask = (row: { task_id: string }) => row.task_id;
  const daysByTask = groupBy(updateDays, byTask, (d) => d.on_date);
  const unitsByTask = groupBy(units, byTask);
  const milestonesByTask = groupBy(milestoneRows, byTask, (m) => ({
    position: m.position,
    start: m.start_date,
    due: m.due_date,
    doneOn: m.done_on,
  }));
  const context = {
    today: scope.today,
    calendar: scope.calendar,
    windows: scope.windows,
    dueSoonWorkingDays: scope.settings.dueSoonWorkingDays,
  };
  return rows.map((row) => {
    const mine = unitsByTask.get(row.id) ?? [];
    const parties = partiesOf(row, mine);
    const milestones = milestonesByTask.get(row.id) ?? [];
    // A task with several milestones is flagged against its next open one: the March deliverable is late in April.
    const dueDate = row.triggered_due_date ?? nextMilestoneDue(milestones, row.due_date);
    const timing = {
      status: row.status,
      review: row.review_state,
      completedOn: row.completed_on,
      updateDates: daysByTask.get(row.id) ?? [],
    };
    const flags = computeTaskFlags({ ...timing, kind: row.timeframe_kind as TimeframeKind, dueDate }, context);
    return {
      row,
      units: mine,
      parties,
      dueDate,
      flags,
      milestones: computeMilestoneFlags(milestones, timing, context),
      rights: taskRights(actor, parties, acceptanceOf(scope)),
    };
  });
}

/**
 * The first day an update can weigh on the flags: the start of the last ended reporting window or of the current
 * one, whichever is earlier (`@cchc/domain` tasks/flags.ts looks for updates from there to today only).
 */
function updatesSince(windows: readonly ReportingWindow[], today: IsoDate): IsoDate {
  const starts = [lastEndedWindow(windows, today), windowContaining(windows, today)]
    .flatMap((w) => (w ? [w.start] : []))
    .sort();
  // No window to look at: no update is needed, an empty range reads none.
  return starts[0] ?? `${today}~`;
}

/** Loads and builds the views of the given task rows: three queries whatever the number of tasks. */
export async function loadTaskViews(db: Db, scope: TaskScope, rows: readonly TaskRow[], actor: TaskActor) {
  const repo = tasksRepository(db);
  const ids = rows.map((r) => r.id);
  // Only recurring tasks are flagged on their updates (`@cchc/domain` tasks/flags.ts, periodicFlags).
  const recurring = rows.filter((r) => r.timeframe_kind === 'recurring').map((r) => r.id);
  const [units, days, milestones] = await Promise.all([
    repo.taskUnits(scope.tenantId, ids),
    repo.lastUpdateDays(scope.tenantId, recurring, updatesSince(scope.windows, scope.today), scope.today),
    listMilestones(db, scope.tenantId, ids),
  ]);
  return buildTaskViews(rows, units, days, scope, actor, milestones);
}

/** The views of the plan in use's tasks with their evidence counts, and the scope they were built on. */
export interface PlanTaskViews {
  scope: TaskScope;
  views: TaskView[];
  evidenceCounts: Map<string, number>;
}

/**
 * The views of the tasks of the plan in use on `now`'s date, narrowed by `filter`, with their evidence counts; null
 * without a plan. The tenant's part of the scope is read with the plan; once the plan is known every query is sent
 * at once, each on a connection of its own: the plan's periods, the rows and, for the whole plan (`filter` empty),
 * the units, milestones, evidence counts by plan (the days of updates once the reporting windows are read). A
 * filtered list reads those of the rows it got, by id.
 */
export async function loadPlanTaskViews(
  db: Db,
  tenantId: string,
  now: Date,
  filter: TaskRowFilter,
  actor: TaskActor,
  /** false: the evidence counts are not read (the map is empty). */
  withEvidenceCounts = true,
): Promise<PlanTaskViews | null> {
  const repo = tasksRepository(db);
  const today = vietnamDateOf(now);
  const parts = tenantPartsOf(db, tenantId);
  const plan = await findTaskPlan(db, tenantId, today);
  if (!plan) return null;
  const { windows, scope } = scopeOfPlan(db, tenantId, plan, today, parts);
  const rows = repo.listTasks(tenantId, plan.id, filter);
  const wholePlan = Object.values(filter).every((v) => v === undefined);
  const tasks: Promise<TaskSet> = wholePlan
    ? Promise.resolve({ planId: plan.id })
    : rows.then((r) => r.map((t) => t.id));
  const recurring: Promise<TaskSet> = wholePlan
    ? Promise.resolve({ planId: plan.id, recurring: true })
    : rows.then((r) => r.filter((t) => t.timeframe_kind === 'recurring').map((t) => t.id));
  const [s, taskRows, units, days, milestones, evidenceCounts] = await Promise.all([
    scope,
    rows,
    tasks.then((set) => repo.taskUnits(tenantId, set)),
    Promise.all([recurring, windows]).then(([set, w]) =>
      repo.lastUpdateDays(tenantId, set, updatesSince(w, today), today),
    ),
    tasks.then((set) => listMilestones(db, tenantId, Array.isArray(set) ? set : { planId: plan.id })),
    withEvidenceCounts ? tasks.then((set) => repo.evidenceCounts(tenantId, set)) : new Map<string, number>(),
  ]);
  return { scope: s, views: buildTaskViews(taskRows, units, days, s, actor, milestones), evidenceCounts };
}
