import {
  computeTaskFlags,
  type IsoDate,
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
} from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { loadWorkingCalendar } from '../calendar/service.js';
import { type PlanRef, type TaskRow, type TaskUnitRow, tasksRepository } from './repository.js';

/** Everything the flags and rights of a tenant's tasks are computed against, read once per request. */
export interface TaskScope {
  tenantId: string;
  plan: PlanRef;
  today: IsoDate;
  calendar: WorkingCalendar;
  windows: ReportingWindow[];
  settings: TaskSettings;
}

/** A task with what the API adds to it: its units, flags on the working calendar and the caller's rights. */
export interface TaskView {
  row: TaskRow;
  units: TaskUnitRow[];
  parties: TaskParties;
  dueDate: IsoDate | null;
  flags: TaskFlags;
  rights: TaskRights;
}

/** The ward's task settings (`tenants.settings.tasks`), defaults filled in. */
export async function loadTaskSettings(db: Db, tenantId: string): Promise<TaskSettings> {
  const settings = await tasksRepository(db).tenantSettings(tenantId);
  return readTaskSettings(settings.tasks);
}

/** The scope of the plan in use on `now`'s date, or null when the tenant has no plan yet. */
export async function loadTaskScope(db: Db, tenantId: string, now: Date, planId?: string): Promise<TaskScope | null> {
  const repo = tasksRepository(db);
  const today = vietnamDateOf(now);
  const plan = planId
    ? await repo.findPlanById(tenantId, planId)
    : await repo.findPlan(tenantId, Number(today.slice(0, 4)));
  if (!plan) return null;
  const [calendar, periods, settings] = await Promise.all([
    loadWorkingCalendar(db, tenantId),
    repo.reportPeriods(tenantId, plan.id),
    loadTaskSettings(db, tenantId),
  ]);
  const windows = reportingWindows(
    plan.year,
    periods.map((p) => ({ period: p.period, due: p.due_date })),
  );
  return { tenantId, plan, today, calendar, windows, settings };
}

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
  updateDays: readonly { task_id: string; on_date: string }[],
  scope: TaskScope,
  actor: TaskActor,
): TaskView[] {
  const daysByTask = new Map<string, string[]>();
  for (const d of updateDays) daysByTask.set(d.task_id, [...(daysByTask.get(d.task_id) ?? []), d.on_date]);
  const context = {
    today: scope.today,
    calendar: scope.calendar,
    windows: scope.windows,
    dueSoonWorkingDays: scope.settings.dueSoonWorkingDays,
  };
  return rows.map((row) => {
    const parties = partiesOf(row, units);
    const dueDate = dueDateOf(row);
    const flags = computeTaskFlags(
      {
        kind: row.timeframe_kind as TimeframeKind,
        dueDate,
        status: row.status,
        review: row.review_state,
        completedOn: row.completed_on,
        updateDates: daysByTask.get(row.id) ?? [],
      },
      context,
    );
    return {
      row,
      units: units.filter((u) => u.task_id === row.id),
      parties,
      dueDate,
      flags,
      rights: taskRights(actor, parties, scope.settings),
    };
  });
}

/** Loads and builds the views of the given task rows. */
export async function loadTaskViews(db: Db, scope: TaskScope, rows: readonly TaskRow[], actor: TaskActor) {
  const repo = tasksRepository(db);
  const ids = rows.map((r) => r.id);
  const [units, days] = await Promise.all([repo.taskUnits(scope.tenantId, ids), repo.updateDays(scope.tenantId, ids)]);
  return buildTaskViews(rows, units, days, scope, actor);
}
