import { vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { AuthContext } from '../../../http/policy.js';
import { presentEvidence, presentTask, presentTimelineEntry } from '../presenter.js';
import { type TaskRowFilter, tasksRepository } from '../repository.js';
import type { TaskListQuery } from '../schemas.js';
import { loadPlanTaskViews, loadTaskScope, loadTaskViews } from '../task-view.js';
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

/**
 * The tasks of the plan in use, with their flags on the working calendar and what the caller may do; filtered by
 * area, unit, status, timeframe kind, source, overdue, or the caller's own unit.
 */
export async function listTasks(db: Db, auth: AuthContext, now: Date, query: TaskListQuery) {
  const read = await loadPlanTaskViews(db, auth.tenantId, now, rowFilterOf(query, auth), actorOf(auth));
  if (!read) return { plan: null, today: vietnamDateOf(now), tasks: [] };
  const { scope, views, evidenceCounts } = read;
  return {
    plan: { id: scope.plan.id, year: scope.plan.year, status: scope.plan.status },
    today: scope.today,
    tasks: views
      .filter((v) => query.overdue === undefined || v.flags.overdue === query.overdue)
      .map((v) => presentTask(v, evidenceCounts.get(v.row.id) ?? 0)),
  };
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
