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
  type TaskTimingInput,
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
import { type PlanRef, type TaskRow, type TaskUnitRow, tasksRepository } from './repository.js';

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

/** The columns a task's flags are computed from. */
export type FlagColumn =
  | 'id'
  | 'timeframe_kind'
  | 'status'
  | 'review_state'
  | 'completed_on'
  | 'due_date'
  | 'triggered_due_date';

/** A task with its units and its flags on the working calendar: what a list or the dashboard shows of it. */
export interface FlaggedTask<R extends Pick<TaskRow, FlagColumn> = TaskRow> {
  row: R;
  units: TaskUnitRow[];
  dueDate: IsoDate | null;
  flags: TaskFlags;
  /** The milestones of a task with several, each flagged on its own; empty for other tasks. */
  milestones: MilestoneFlags[];
}

/** A task with what the API adds to it: its units, flags on the working calendar and the caller's rights. */
export interface TaskView extends FlaggedTask {
  parties: TaskParties;
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
export function findTaskPlan(db: Db, tenantId: string, today: IsoDate, planId?: string) {
  const repo = tasksRepository(db);
  return planId ? repo.findPlanById(tenantId, planId) : repo.findPlan(tenantId, Number(today.slice(0, 4)));
}

/** What a scope needs of the tenant alone (calendar, settings, coordinators' units), sent with the plan's query. */
export function tenantPartsOf(db: Db, tenantId: string) {
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
export function scopeOfPlan(db: Db, tenantId: string, plan: PlanRef, today: IsoDate, parts: TenantParts) {
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

/** Flags some tasks on the working calendar, with their units and milestones. */
export function flagTasks<R extends Pick<TaskRow, FlagColumn>>(
  rows: readonly R[],
  units: readonly TaskUnitRow[],
  /** The days of updates the flags need (`lastUpdateDays`). */
  updateDays: readonly { task_id: string; on_date: string }[],
  scope: TaskScope,
  milestoneRows: readonly MilestoneRow[] = [],
): FlaggedTask<R>[] {
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
  // The flags are a pure function of a few values, which a plan's tasks mostly share (a quarter's last day, the
  // same status, no update needed): each set is computed once per call, not once per task.
  const flagsBySet = new Map<string, TaskFlags>();
  const flagsOf = (input: TaskTimingInput) => {
    const { kind, dueDate, status, review, completedOn, updateDates } = input;
    const key = [kind, dueDate, status, review, completedOn, ...updateDates].join('|');
    const known = flagsBySet.get(key);
    if (known) return known;
    const flags = computeTaskFlags(input, context);
    flagsBySet.set(key, flags);
    return flags;
  };
  return rows.map((row) => {
    const milestones = milestonesByTask.get(row.id) ?? [];
    // A task with several milestones is flagged against its next open one: the March deliverable is late in April.
    const dueDate = row.triggered_due_date ?? nextMilestoneDue(milestones, row.due_date);
    const timing = {
      status: row.status,
      review: row.review_state,
      completedOn: row.completed_on,
      updateDates: daysByTask.get(row.id) ?? [],
    };
    const flags = flagsOf({ ...timing, kind: row.timeframe_kind as TimeframeKind, dueDate });
    const mine = unitsByTask.get(row.id) ?? [];
    return { row, units: mine, dueDate, flags, milestones: computeMilestoneFlags(milestones, timing, context) };
  });
}

/** Adds the caller's rights to a flagged task (its units must be all of them, leads and coordinators). */
export function withRights(task: FlaggedTask, scope: TaskScope, actor: TaskActor): TaskView {
  const parties = partiesOf(task.row, task.units);
  return { ...task, parties, rights: taskRights(actor, parties, acceptanceOf(scope)) };
}

/** Builds the views of some tasks for one user. */
export function buildTaskViews(
  rows: readonly TaskRow[],
  units: readonly TaskUnitRow[],
  updateDays: readonly { task_id: string; on_date: string }[],
  scope: TaskScope,
  actor: TaskActor,
  milestoneRows: readonly MilestoneRow[] = [],
): TaskView[] {
  return flagTasks(rows, units, updateDays, scope, milestoneRows).map((t) => withRights(t, scope, actor));
}

/**
 * The first day an update can weigh on the flags: the start of the last ended reporting window or of the current
 * one, whichever is earlier (`@cchc/domain` tasks/flags.ts looks for updates from there to today only).
 */
export function updatesSince(windows: readonly ReportingWindow[], today: IsoDate): IsoDate {
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
