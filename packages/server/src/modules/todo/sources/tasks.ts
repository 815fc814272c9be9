import { isResponsibleUnit, isSettledStatus, rolesFor, windowContaining } from '@cchc/domain';
import { hasRole } from '../../../http/policy.js';
import {
  actorOf,
  amendmentsRepository,
  loadTaskScope,
  loadTaskViews,
  type TaskScope,
  type TaskView,
  tasksRepository,
} from '../../tasks/index.js';
import { type TodoItem, type TodoKind, todoItem } from '../items.js';
import type { TodoContext } from './context.js';

const taskName = (view: TaskView) => `Nhiệm vụ ${view.row.no ?? ''}: ${view.row.content.slice(0, 120)}`.trim();

/** The deadline an update answers: the due date, or the reporting window's for a recurring task's update. */
function updateDeadline(view: TaskView, scope: TaskScope) {
  const missing = scope.windows.find((w) => w.period === view.flags.missingPeriod);
  if (view.flags.updateMissing && missing) return missing.due;
  if (view.flags.updateDueSoon) return windowContaining(scope.windows, scope.today)?.due ?? view.dueDate;
  return view.dueDate;
}

/** What one task asks of this person, if anything. */
function kindsFor(ctx: TodoContext, view: TaskView): TodoKind[] {
  const { row, flags, rights, parties } = view;
  const mine = isResponsibleUnit(actorOf(ctx.auth), parties);
  const kinds: TodoKind[] = [];
  if (rights.review && row.review_state === 'pending_acceptance') kinds.push('task_review');
  if (rights.approveForUnit && mine && row.review_state === 'pending_unit_head') kinds.push('task_unit_approval');
  if (isSettledStatus(row.status) || flags.awaitingReview) return kinds;
  if (mine && rights.update && flags.returned) kinds.push('task_returned');
  else if (mine && rights.update && (flags.overdue || flags.dueSoon || flags.updateMissing || flags.updateDueSoon)) {
    kinds.push('task_update');
  } else if (!mine && flags.overdue && hasRole(ctx.auth, 'coordinator')) kinds.push('task_overdue');
  return kinds;
}

/**
 * The plan's work of this person: updates due on their unit's tasks, completions to approve or accept, the
 * ward's overdue tasks for the coordinator, amendments waiting for the chairman's decision.
 */
export async function taskTodo(ctx: TodoContext): Promise<TodoItem[]> {
  const scope = await loadTaskScope(ctx.db, ctx.auth.tenantId, ctx.now);
  if (scope?.plan.status !== 'in_use') return [];
  const rows = await tasksRepository(ctx.db).listTasks(ctx.auth.tenantId, scope.plan.id);
  const views = await loadTaskViews(ctx.db, scope, rows, actorOf(ctx.auth));
  const at = (view: TaskView, kind: TodoKind) => ({
    deadline: kind === 'task_update' ? updateDeadline(view, scope) : view.dueDate,
    link: `/nhiem-vu/${view.row.id}`,
    today: scope.today,
    lang: ctx.lang,
  });
  const items = views.flatMap((view) => kindsFor(ctx, view).map((k) => todoItem(k, taskName(view), at(view, k))));
  if (hasRole(ctx.auth, ...rolesFor('plan.approve_amendment'))) items.push(...(await amendmentTodo(ctx, scope)));
  return items;
}

async function amendmentTodo(ctx: TodoContext, scope: TaskScope): Promise<TodoItem[]> {
  const waiting = (await amendmentsRepository(ctx.db).list(ctx.auth.tenantId, scope.plan.id)).filter(
    (a) => a.status === 'proposed',
  );
  return waiting.map((a) => {
    const before = (a.before ?? {}) as { no?: number; content?: string };
    const proposal = a.proposal as { content?: string };
    const about = before.no
      ? `Nhiệm vụ ${before.no}: ${before.content ?? ''}`
      : `Nhiệm vụ mới: ${proposal.content ?? ''}`;
    return todoItem('amendment_decision', about.slice(0, 140), {
      deadline: null,
      link: '/nhiem-vu/dieu-chinh',
      today: scope.today,
      lang: ctx.lang,
    });
  });
}
