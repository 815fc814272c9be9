import { vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { AuthContext } from '../../../http/policy.js';
import { presentEvidence, presentTask, presentTimelineEntry } from '../presenter.js';
import { tasksRepository } from '../repository.js';
import type { TaskListQuery } from '../schemas.js';
import { loadTaskScope, loadTaskViews, type TaskView } from '../task-view.js';
import { actorOf } from './task-change.js';

/** Every unit a task names, its owner included. */
const unitIdsOf = (view: TaskView): string[] =>
  [view.parties.ownerUnitId, ...view.parties.leadUnitIds, ...view.parties.coordinatorUnitIds].filter(
    (id): id is string => id !== null,
  );

/** The filters of the task list, each a test on a task's view. */
function matches(view: TaskView, query: TaskListQuery, auth: AuthContext): boolean {
  const { row, flags } = view;
  if (query.area && row.area_code !== query.area) return false;
  if (query.unit && !unitIdsOf(view).includes(query.unit)) return false;
  if (query.status && row.status !== query.status) return false;
  if (query.kind && row.timeframe_kind !== query.kind) return false;
  if (query.source && row.source !== query.source) return false;
  if (query.overdue !== undefined && flags.overdue !== query.overdue) return false;
  if (query.mine && (auth.unitId === null || !unitIdsOf(view).includes(auth.unitId))) return false;
  return true;
}

/**
 * The tasks of the plan in use, with their flags on the working calendar and what the caller may do; filtered by
 * area, unit, status, timeframe kind, source, overdue, or the caller's own unit.
 */
export async function listTasks(db: Db, auth: AuthContext, now: Date, query: TaskListQuery) {
  const scope = await loadTaskScope(db, auth.tenantId, now);
  if (!scope) return { plan: null, today: vietnamDateOf(now), tasks: [] };
  const repo = tasksRepository(db);
  const rows = await repo.listTasks(auth.tenantId, scope.plan.id);
  const views = (await loadTaskViews(db, scope, rows, actorOf(auth))).filter((v) => matches(v, query, auth));
  const counts = await repo.evidenceCounts(
    auth.tenantId,
    views.map((v) => v.row.id),
  );
  return {
    plan: { id: scope.plan.id, year: scope.plan.year, status: scope.plan.status },
    today: scope.today,
    tasks: views.map((v) => presentTask(v, counts.get(v.row.id) ?? 0)),
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
