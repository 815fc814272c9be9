import { isSettledStatus } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { RequestContext } from '../../../http/request-context.js';
import { setMilestoneDone } from '../../plans/index.js';
import { taskRuleError } from '../messages.js';
import type { MilestoneIn } from '../schemas.js';
import { applyTaskChange, changeTask, requireRight } from './task-change.js';

/**
 * One deliverable of a task with several milestones is handed in ("the March report is sent"), or opened again.
 * The milestone stops being flagged; the task stays open until its completion is reviewed as any other.
 */
export async function recordMilestone(
  db: Db,
  request: RequestContext,
  taskId: string,
  input: MilestoneIn,
): Promise<void> {
  await changeTask(db, request, taskId, async (change) => {
    const { row, rights, milestones } = change.view;
    requireRight(change, rights.update);
    if (isSettledStatus(row.status)) throw taskRuleError('task_settled', change.lang);
    const milestone = milestones.find((m) => m.position === input.position);
    if (!milestone) throw taskRuleError('no_such_milestone', change.lang, 'position');
    const doneOn = input.done ? (input.doneOn ?? change.scope.today) : null;
    if (doneOn !== null && doneOn > change.scope.today)
      throw taskRuleError('completed_in_future', change.lang, 'doneOn');
    await setMilestoneDone(
      change.trx,
      { tenantId: row.tenant_id, taskId, position: input.position },
      doneOn,
      request.auth.userId,
    );
    await applyTaskChange(
      change,
      {},
      {
        kind: 'progress',
        comment: input.comment ?? null,
        data: { milestone: input.position, due: milestone.due, doneOn },
      },
    );
  });
}
