import { isCompletedStatus, suggestTasksForRecord, vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { AuthContext } from '../../../http/policy.js';
import { actorOf, loadTaskScope, loadTaskViews, tasksRepository } from '../../tasks/index.js';
import { type RegisterRecord, readRecord, recordsOfYear } from '../records.js';
import { registerLinksRepository } from '../repository.js';

const present = (r: RegisterRecord) => ({ ...r });

/**
 * A task's register evidence: the records linked to it, as they stand today (documents reviewed so far, units
 * concluded), and the records of the plan's year it may serve, best match first, for the officer to choose.
 */
export async function readTaskRegisters(db: Db, auth: AuthContext, now: Date, taskId: string) {
  const tasks = tasksRepository(db);
  const row = await tasks.findTask(auth.tenantId, taskId);
  if (!row) throw new AppError('not_found');
  const scope = await loadTaskScope(db, auth.tenantId, now, row.plan_id);
  if (!scope) throw new AppError('not_found');
  const [[view], links, planTasks, records] = await Promise.all([
    loadTaskViews(db, scope, [row], actorOf(auth)),
    registerLinksRepository(db).linksOfTask(auth.tenantId, taskId),
    tasks.listTasks(auth.tenantId, row.plan_id),
    recordsOfYear(db, auth.tenantId, scope.plan.year, vietnamDateOf(now)),
  ]);
  if (!view) throw new AppError('not_found');
  const linked = await Promise.all(
    links.map(async (l) => {
      const record = await readRecord(db, auth.tenantId, l.record_kind, l.record_id, vietnamDateOf(now));
      return record ? { ...present(record), linkedAt: l.linked_at.toISOString() } : null;
    }),
  );
  const isLinked = (r: RegisterRecord) => links.some((l) => l.record_kind === r.kind && l.record_id === r.id);
  const servable = planTasks
    .filter((t) => t.removed_in_version === null)
    .map((t) => ({ id: t.id, no: t.no, content: t.content, product: t.product }));
  const suggestions = records
    .filter((r) => !isLinked(r))
    .flatMap((r) => {
      const match = suggestTasksForRecord(r, servable).find((s) => s.taskId === taskId);
      return match ? [{ ...present(r), score: match.score }] : [];
    })
    .sort((a, b) => b.score - a.score);
  const rights = view.rights;
  return {
    canLink: (rights.update || rights.contribute) && !isCompletedStatus(row.status) && scope.plan.status !== 'closed',
    linked: linked.filter((r) => r !== null),
    suggestions,
  };
}

/** The tasks a record serves (linked) and the tasks it could serve (suggested), for the register's own page. */
export async function readRecordTasks(db: Db, auth: AuthContext, now: Date, kind: RegisterRecord['kind'], id: string) {
  const record = await readRecord(db, auth.tenantId, kind, id, vietnamDateOf(now));
  if (!record) throw new AppError('not_found');
  const scope = await loadTaskScope(db, auth.tenantId, now);
  const linked = await registerLinksRepository(db).tasksOfRecord(auth.tenantId, kind, id);
  if (!scope) return { record, linked, suggested: [] };
  const planTasks = (await tasksRepository(db).listTasks(auth.tenantId, scope.plan.id)).filter(
    (t) => t.removed_in_version === null,
  );
  const suggested = suggestTasksForRecord(record, planTasks).flatMap((s) => {
    const task = planTasks.find((t) => t.id === s.taskId);
    return task && !linked.some((l) => l.id === s.taskId)
      ? [{ id: task.id, no: task.no, content: task.content, score: s.score }]
      : [];
  });
  return { record, linked, suggested };
}
