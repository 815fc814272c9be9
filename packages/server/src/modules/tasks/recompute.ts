import { isSettledStatus } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { type RecomputeContext, registerDeadlineRecomputer } from '../calendar/index.js';
import { triggeredTasksRepository } from './triggered-repository.js';

/**
 * Event tasks whose due date was counted in working days from the instruction's date follow the calendar: a
 * holiday added or removed moves their due date (docs/DOMAIN.md §2). Dates written in a document do not move.
 */
async function recomputeTriggeredTasks(db: Db, tenantId: string | null, context: RecomputeContext): Promise<number> {
  const repo = triggeredTasksRepository(db);
  const rows = await repo.counted(tenantId);
  let moved = 0;
  for (const row of rows) {
    if (isSettledStatus(row.status) || !row.trigger_doc_date || !row.trigger_working_days) continue;
    const calendar = await context.calendarFor(row.tenant_id);
    const due = calendar.shiftWorkingDays(row.trigger_doc_date, row.trigger_working_days);
    if (due === row.triggered_due_date) continue;
    await repo.setDue(row.tenant_id, row.id, due);
    moved += 1;
  }
  return moved;
}

/** Registers the recomputer of triggered tasks' due dates with the calendar (once, when routes are built). */
export function registerTaskRecomputer(): () => void {
  return registerDeadlineRecomputer('tasks', (context) => {
    const scope = context.change.scope;
    return recomputeTriggeredTasks(context.db, scope === 'national' ? null : scope.tenantId, context);
  });
}
