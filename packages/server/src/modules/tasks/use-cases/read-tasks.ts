import { vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { AuthContext } from '../../../http/policy.js';
import { loadPlanTasks, loadPlanTaskViews, type PlanTasks } from '../plan-tasks.js';
import { presentEvidence, presentTask, presentTaskListItem, presentTimelineEntry } from '../presenter.js';
import { type TaskRow, type TaskRowFilter, tasksRepository } from '../repository.js';
import type { TaskListQuery } from '../schemas.js';
import { type FlagColumn, type FlaggedTask, loadTaskScope, loadTaskViews } from '../task-view.js';
import { actorOf } from './task-change.js';

/**
 * The filters of the task list as SQL narrows the rows: area, status, kind, source, and the units a task must
 * name (the one asked for, and the caller's own with `mine`; a caller without a unit names none). Only `overdue`,
 * a flag on the working calendar, is tested on the views.
 */
function rowFilterOf(query: TaskListQuery, auth: AuthContext): TaskRowFilter {
  const naming = [...(query.unit === undefined ? [] : [query.unit]), ...(query.mine ? [auth.unitId] : [])];
  const filter: TaskRowFilter = { area: query.area, status: query.status, kind: query.kind, source: query.source };
  if (naming.length > 0) filter.naming = naming;
  return filter;
}

/** The answer's head and its tasks, those `overdue` asks for. */
function listed<T extends FlaggedTask<Pick<TaskRow, FlagColumn>>, O>(
  read: PlanTasks<T> | null,
  now: Date,
  query: TaskListQuery,
  present: (task: T, evidenceCount: number) => O,
) {
  if (!read) return { plan: null, today: vietnamDateOf(now), tasks: [] };
  const { scope, tasks, evidenceCounts } = read;
  return {
    plan: { id: scope.plan.id, year: scope.plan.year, status: scope.plan.status },
    today: scope.today,
    tasks: tasks
      .filter((t) => query.overdue === undefined || t.flags.overdue === query.overdue)
      .map((t) => present(t, evidenceCounts.get(t.row.id) ?? 0)),
  };
}

/**
 * The task list: the tasks of the plan in use as the list shows them, with their flags on the working calendar;
 * filtered by area, unit, status, timeframe kind, source, overdue, or the caller's own unit. Only the columns and
 * the lead units it shows are read; the rights and evidence are the task's page's.
 */
export async function listTasks(db: Db, auth: AuthContext, now: Date, query: TaskListQuery) {
  const filter = rowFilterOf(query, auth);
  const rows = (planId: string) => tasksRepository(db).listTaskListRows(auth.tenantId, planId, filter);
  const read = await loadPlanTasks(db, auth.tenantId, now, filter, { rows, units: 'lead', evidenceCounts: false });
  return listed(read, now, query, presentTaskListItem);
}

/** The task list's tasks, filtered as it is, each whole as on its page (what the export writes). */
export async function listWholeTasks(db: Db, auth: AuthContext, now: Date, query: TaskListQuery) {
  const read = await loadPlanTaskViews(db, auth.tenantId, now, rowFilterOf(query, auth), actorOf(auth));
  return listed(read, now, query, presentTask);
}

/** One task with its evidence and its timeline, newest first. Another tenant's task answers 404. */
export async function readTask(db: Db, auth: AuthContext, now: Date, taskId: string) {
  const repo = tasksRepository(db);
  const row = await repo.findTask(auth.tenantId, taskId);
  if (!row) throw new AppError('not_found');
  const scope = await loadTaskScope(db, auth.tenantId, now, row.plan_id);
  if (!scope) throw new AppError('not_found');
  const [[view], evidence, timeline] = await Promise.all([
    loadTaskViews(db, scope, [row], actorOf(auth)),
    repo.evidenceOfTasks(auth.tenantId, [taskId]),
    repo.timeline(auth.tenantId, taskId),
  ]);
  if (!view) throw new AppError('not_found');
  return {
    ...presentTask(view, evidence.length),
    evidence: evidence.map(presentEvidence),
    timeline: timeline.map(presentTimelineEntry),
  };
}
