import { type IsoDate, type TaskHistory, type TaskStatus, taskAtCutoff, vietnamDayEnd } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { groupBy } from '../../group-by.js';
import type { TaskRow } from '../tasks/index.js';
import { reportHistoryRepository } from './history-repository.js';

type Repo = ReturnType<typeof reportHistoryRepository>;

/** When each version came into force: the first version is the plan as adopted, so it counts from the start. */
async function versionStarts(repo: Repo, tenantId: string, planId: string): Promise<Map<number, Date | null>> {
  const versions = await repo.versions(tenantId, planId);
  return new Map(versions.map((v) => [v.version, v.version === 1 ? null : (v.decided_at ?? v.created_at)]));
}

/** The timeframe fields an amendment recorded before its change, or null when it did not touch them. */
function timeframeBefore(before: Record<string, unknown> | null) {
  if (!before || typeof before.timeframe_kind !== 'string') return null;
  const due = typeof before.due_date === 'string' ? before.due_date.slice(0, 10) : null;
  return { kind: before.timeframe_kind, dueDate: due, text: String(before.timeframe_text ?? '') };
}

/**
 * The plan's tasks as they stood at the end of `asOf` (docs/DOMAIN.md §7): tasks not yet in force left out, tasks
 * dropped later put back, each with the status and timeframe it had then. `rows` are the tasks in force today.
 */
export async function tasksAtCutoff(
  db: Db,
  tenantId: string,
  planId: string,
  rows: readonly TaskRow[],
  asOf: IsoDate,
): Promise<TaskRow[]> {
  const repo = reportHistoryRepository(db);
  const cutoff = vietnamDayEnd(asOf);
  const [starts, removed, updates, assigned, changes] = await Promise.all([
    versionStarts(repo, tenantId, planId),
    repo.removedTasks(tenantId, planId),
    repo.updatesBefore(tenantId, planId, cutoff),
    repo.assignedAt(tenantId, planId),
    repo.changesSince(tenantId, planId, cutoff),
  ]);
  const statusOf = groupBy(updates, (u) => u.task_id);
  const changesOf = groupBy(changes, (c) => c.task_id ?? '');
  const assignedOf = new Map(assigned.map((a) => [a.task_id, new Date(a.at as unknown as string | Date)]));
  const result: TaskRow[] = [];
  for (const row of [...rows, ...removed]) {
    const history: TaskHistory = {
      addedAt: assignedOf.get(row.id) ?? starts.get(row.added_in_version) ?? null,
      removedAt: row.removed_in_version === null ? null : (starts.get(row.removed_in_version) ?? null),
      statusChanges: (statusOf.get(row.id) ?? []).map((u) => ({ at: u.at, status: u.status_after as TaskStatus })),
      timeframeChanges: (changesOf.get(row.id) ?? []).flatMap((c) => {
        const before = timeframeBefore(c.before);
        return before && c.decided_at ? [{ at: c.decided_at, before }] : [];
      }),
    };
    const state = taskAtCutoff(history, cutoff);
    if (!state.inForce) continue;
    const timeframe = state.timeframe
      ? {
          timeframe_kind: state.timeframe.kind,
          due_date: state.timeframe.dueDate,
          timeframe_text: state.timeframe.text,
        }
      : {};
    result.push({ ...row, ...timeframe, status: state.status });
  }
  return result;
}
