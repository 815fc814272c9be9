import { checkProgressUpdate, isCompletedStatus, isPendingReview, statusAfterUpdate } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { RequestContext } from '../../../http/request-context.js';
import { taskRuleError } from '../messages.js';
import type { ProgressIn } from '../schemas.js';
import { applyTaskChange, changeTask, requireRight } from './task-change.js';

/**
 * A dated update of the responsible unit (or the coordinator): progress %, status (chưa triển khai, đang thực
 * hiện, không thực hiện with its reason) and a comment. Completion goes through {@link submitCompletion}.
 */
export async function recordProgress(
  db: Db,
  request: RequestContext,
  taskId: string,
  input: ProgressIn,
): Promise<void> {
  await changeTask(db, request, taskId, async (change) => {
    const { row, rights } = change.view;
    requireRight(change, rights.update);
    if (isCompletedStatus(row.status)) throw taskRuleError('task_settled', change.lang);
    if (isPendingReview(row.review_state)) throw taskRuleError('pending_review', change.lang);
    // Progress and status must agree and the update must change something: refused, not corrected.
    const refused = checkProgressUpdate({ status: row.status, progress: row.progress }, input);
    if (refused) throw taskRuleError(refused.reason, change.lang, refused.field);
    const status = statusAfterUpdate(row.status, input);
    await applyTaskChange(
      change,
      {
        status,
        progress: input.progress ?? row.progress,
        not_done_reason: status === 'not_done' ? (input.notDoneReason ?? row.not_done_reason) : null,
      },
      { kind: 'progress', comment: input.comment ?? null, data: input.status ? { status: input.status } : {} },
    );
  });
}

/** A coordinating unit (đơn vị phối hợp) reports its part; the task's own status and progress stay the lead's. */
export async function addContribution(
  db: Db,
  request: RequestContext,
  taskId: string,
  input: { comment: string; progress?: number | undefined },
): Promise<void> {
  await changeTask(db, request, taskId, async (change) => {
    requireRight(change, change.view.rights.contribute);
    if (isCompletedStatus(change.view.row.status)) throw taskRuleError('task_settled', change.lang);
    const data = input.progress === undefined ? {} : { contributionProgress: input.progress };
    await applyTaskChange(change, {}, { kind: 'contribution', comment: input.comment, data });
  });
}
