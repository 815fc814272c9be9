import { acceptorRoleOf, completionDueDate, isPendingReview, isSettledStatus, type TimeframeKind } from '@cchc/domain';
import type { NotificationKind } from '../../../db/column-types.js';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import { hasRole } from '../../../http/policy.js';
import type { RequestContext } from '../../../http/request-context.js';
import type { NotificationOf, Recipient } from '../../notifications/index.js';
import { clearNotifications, notify, taskRecipients, usersOfUnit, usersWithRoles } from '../../notifications/index.js';
import { taskRuleError } from '../messages.js';
import type { TaskRow } from '../repository.js';
import { acceptanceOf, dueDateOf } from '../task-view.js';
import { applyTaskChange, changeTask, requireRight, type TaskChange } from './task-change.js';

/** Notification data that names a task. */
const taskData = (row: TaskRow) => ({ taskNo: row.no, content: row.content.slice(0, 200), dueDate: dueDateOf(row) });

/** What an event of a task tells its users: the task named (`taskData`), with the event's own values. */
type TaskEvent = NotificationOf<'awaiting_review' | 'accepted' | 'returned'>;

async function tell(change: TaskChange, users: readonly Recipient[], event: TaskEvent) {
  const about = { tenantId: change.auth.tenantId, taskId: change.view.row.id, day: change.scope.today };
  const items = users.map((u) => ({ ...event, ...about, userId: u.id }));
  await notify(change.trx, items, change.now);
}

/** Clears the task's notifications of some kinds: what they asked for is done. */
const clearOf = (change: TaskChange, kinds: readonly NotificationKind[]) =>
  clearNotifications(change.trx, change.auth.tenantId, { taskId: change.view.row.id }, kinds, change.now);

/** The units that answer for the task: told of a return and of an acceptance. */
const unitsOf = (change: TaskChange) =>
  [change.view.row.owner_unit_id, ...change.view.parties.leadUnitIds].filter((u): u is string => u !== null);

/**
 * The task's acceptor (the ward's coordinator or chairman; the chairman for the coordinator's own unit's task with a
 * second pair of eyes) hears that a completion waits.
 */
const tellAcceptors = async (change: TaskChange) => {
  const role = acceptorRoleOf(change.view.parties, acceptanceOf(change.scope));
  await tell(change, await usersWithRoles(change.trx, change.auth.tenantId, [role]), {
    kind: 'awaiting_review',
    data: taskData(change.view.row),
  });
};

/**
 * The unit marks its task done, with its evidence. An officer's submission goes to the unit head first when the
 * ward asks for it; otherwise straight to the acceptor. The completion day may be earlier than today.
 */
export async function submitCompletion(
  db: Db,
  request: RequestContext,
  taskId: string,
  input: { comment?: string | undefined; completedOn?: string | undefined },
): Promise<void> {
  await changeTask(db, request, taskId, async (change) => {
    const { row, rights } = change.view;
    requireRight(change, rights.update);
    if (isSettledStatus(row.status)) throw taskRuleError('task_settled', change.lang);
    if (isPendingReview(row.review_state)) throw taskRuleError('pending_review', change.lang);
    const completedOn = input.completedOn ?? change.scope.today;
    if (completedOn > change.scope.today) throw taskRuleError('completed_in_future', change.lang, 'completedOn');
    const evidence = await change.repo.evidence(change.auth.tenantId, [row.id]);
    if (evidence.length === 0) throw taskRuleError('evidence_required', change.lang);
    // A unit with no head account cannot approve: its officer's completion goes straight on, as if the step were off.
    const heads =
      change.scope.settings.unitHeadApproval && !hasRole(request.auth, 'unit_head', 'coordinator') && row.owner_unit_id
        ? await usersOfUnit(change.trx, request.auth.tenantId, row.owner_unit_id, ['unit_head'])
        : [];
    const viaHead = heads.length > 0;
    const review = viaHead ? 'pending_unit_head' : 'pending_acceptance';
    await applyTaskChange(
      change,
      {
        review_state: review,
        completed_on: completedOn,
        submitted_by: request.auth.userId,
        progress: 100,
        status: 'in_progress',
      },
      { kind: 'submit', comment: input.comment ?? null, data: { completedOn, review } },
    );
    await clearOf(change, ['returned']);
    if (!viaHead) return tellAcceptors(change);
    await tell(change, heads, { kind: 'awaiting_review', data: taskData(change.view.row) });
  });
}

/** The unit head approves an officer's completion; it goes on to the acceptor. */
export async function approveForUnit(db: Db, request: RequestContext, taskId: string, comment?: string): Promise<void> {
  await changeTask(db, request, taskId, async (change) => {
    requireRight(change, change.view.rights.approveForUnit);
    if (change.view.row.review_state !== 'pending_unit_head') throw taskRuleError('not_pending_unit_head', change.lang);
    await applyTaskChange(
      change,
      { review_state: 'pending_acceptance' },
      { kind: 'unit_approve', comment: comment ?? null },
    );
    await clearOf(change, ['awaiting_review']);
    await tellAcceptors(change);
  });
}

/** Review right, with the reason when it is the second pair of eyes that withholds it from a coordinator. */
function requireReview(change: TaskChange, request: RequestContext): void {
  const acceptor = acceptorRoleOf(change.view.parties, acceptanceOf(change.scope));
  if (!change.view.rights.review && acceptor === 'chairman' && change.scope.settings.acceptor === 'coordinator') {
    if (hasRole(request.auth, 'coordinator')) throw taskRuleError('own_unit_acceptance', change.lang);
  }
  requireRight(change, change.view.rights.review);
}

/**
 * The acceptor accepts a completion. On time or not is judged now, against the due date then in force (a
 * recurring task's is the plan year's end): the completion day on or before it is on time.
 */
export async function acceptCompletion(
  db: Db,
  request: RequestContext,
  taskId: string,
  comment?: string,
): Promise<void> {
  await changeTask(db, request, taskId, async (change) => {
    const { row } = change.view;
    requireReview(change, request);
    if (row.review_state !== 'pending_acceptance') throw taskRuleError('not_pending_acceptance', change.lang);
    const due = completionDueDate(row.timeframe_kind as TimeframeKind, dueDateOf(row), change.scope.plan.year);
    const onTime = due === null || (row.completed_on ?? change.scope.today) <= due;
    await applyTaskChange(
      change,
      {
        status: onTime ? 'completed' : 'completed_late',
        review_state: 'accepted',
        accepted_at: request.now,
        accepted_by: request.auth.userId,
        progress: 100,
      },
      { kind: 'accept', comment: comment ?? null, data: { onTime, dueDate: due, completedOn: row.completed_on } },
    );
    // Done: nothing about this task is asked of anyone any more; its unit hears it was accepted.
    await clearOf(change, ['awaiting_review', 'due_soon', 'overdue', 'update_missing', 'returned']);
    await tell(change, await taskRecipients(change.trx, request.auth.tenantId, unitsOf(change)), {
      kind: 'accepted',
      data: { ...taskData(change.view.row), comment: comment ?? null, onTime },
    });
  });
}

/**
 * Returns a completion with a comment: the acceptor returns what waits for acceptance, the unit head what waits
 * for it. The unit is told at once.
 */
export async function returnCompletion(
  db: Db,
  request: RequestContext,
  taskId: string,
  comment: string,
): Promise<void> {
  await changeTask(db, request, taskId, async (change) => {
    const { row, rights } = change.view;
    if (row.review_state === 'pending_acceptance') requireReview(change, request);
    requireRight(change, rights.review || rights.approveForUnit);
    const mayReturn =
      (row.review_state === 'pending_acceptance' && rights.review) ||
      (row.review_state === 'pending_unit_head' && rights.approveForUnit);
    if (!mayReturn) {
      if (!isPendingReview(row.review_state)) throw taskRuleError('not_pending_acceptance', change.lang);
      throw new AppError('forbidden');
    }
    await applyTaskChange(
      change,
      { review_state: 'returned', completed_on: null, status: 'in_progress' },
      { kind: 'return', comment },
    );
    await clearOf(change, ['awaiting_review']);
    await tell(change, await taskRecipients(change.trx, request.auth.tenantId, unitsOf(change)), {
      kind: 'returned',
      data: { ...taskData(change.view.row), comment },
    });
  });
}
