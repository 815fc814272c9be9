import { isSettledStatus } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { type RecomputeContext, registerDeadlineRecomputer } from '../calendar/recompute.js';

/**
 * Event tasks whose due date was counted in working days from the instruction's date follow the calendar: a
 * holiday added or removed moves their due date (docs/DOMAIN.md §2). Dates written in a document do not move.
 */
async function recomputeTriggeredTasks(db: Db, tenantId: string | null, context: RecomputeContext): Promise<number> {
  const rows = await db
    .selectFrom('plan_tasks')
    .select(['tenant_id', 'id', 'status', 'trigger_doc_date', 'trigger_working_days', 'triggered_due_date'])
    .where('trigger_working_days', 'is not', null)
    .where('removed_in_version', 'is', null)
    .$if(tenantId !== null, (q) => q.where('tenant_id', '=', tenantId ?? ''))
    .execute();
  let moved = 0;
  for (const row of rows) {
    if (isSettledStatus(row.status) || !row.trigger_doc_date || !row.trigger_working_days) continue;
    const calendar = await context.calendarFor(row.tenant_id);
    const due = calendar.shiftWorkingDays(row.trigger_doc_date, row.trigger_working_days);
    if (due === row.triggered_due_date) continue;
    await db
      .updateTable('plan_tasks')
      .set({ triggered_due_date: due })
      .where('tenant_id', '=', row.tenant_id)
      .where('id', '=', row.id)
      .execute();
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
