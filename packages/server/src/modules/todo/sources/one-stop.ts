import { rolesFor, vietnamDateOf, vietnamDayEnd } from '@cchc/domain';
import { hasRole } from '../../../http/policy.js';
import { type TodoItem, todoItem } from '../items.js';
import { todoRepository } from '../repository.js';
import type { TodoContext } from './context.js';

/**
 * The one-stop work of this person: dossiers due today or overdue (assigned to them, or unassigned for the
 * one-stop officers), and the apology letter an overdue dossier still needs (Decree 61 art. 19).
 */
export async function dossierTodo(ctx: TodoContext): Promise<TodoItem[]> {
  if (!hasRole(ctx.auth, ...rolesFor('dossiers.process'))) return [];
  const rows = await todoRepository(ctx.db).dossiersDueBefore(ctx.auth.tenantId, vietnamDayEnd(ctx.today), {
    userId: ctx.auth.userId,
    unassignedToo: hasRole(ctx.auth, 'one_stop_officer'),
  });
  return rows.flatMap((row) => {
    const deadline = row.current_due_at ? vietnamDateOf(row.current_due_at) : null;
    const at = { deadline, link: `/ho-so/${row.id}`, today: ctx.today, lang: ctx.lang };
    const about = `Hồ sơ ${row.code} (${row.applicant_name})`;
    const late = deadline !== null && deadline < ctx.today;
    const items = [todoItem(late ? 'dossier_overdue' : 'dossier_due_today', about, at)];
    const due = row.current_due_at !== null && row.current_due_at <= ctx.now;
    if ((due || row.proposed_at !== null) && row.issued_at === null) items.push(todoItem('apology_needed', about, at));
    return items;
  });
}

/** Feedback to answer (the unit's, or unrouted for those who route) and answers to approve. */
export async function feedbackTodo(ctx: TodoContext): Promise<TodoItem[]> {
  const { auth } = ctx;
  const handles = hasRole(auth, ...rolesFor('feedback.handle')) && auth.unitId !== null;
  const routes = hasRole(auth, ...rolesFor('feedback.route'));
  const approvalOf = hasRole(auth, ...rolesFor('feedback.approve_any'))
    ? ('all' as const)
    : hasRole(auth, ...rolesFor('feedback.approve'))
      ? ('unit' as const)
      : null;
  if (!handles && !routes && !approvalOf) return [];
  const rows = await todoRepository(ctx.db).feedbackWaiting(auth.tenantId, {
    unitIds: handles && auth.unitId ? [auth.unitId] : approvalOf === 'unit' && auth.unitId ? [auth.unitId] : [],
    unrouted: routes,
    approvalOf,
  });
  return rows.map((row) =>
    todoItem(
      row.status === 'awaiting_approval' ? 'feedback_approval' : 'feedback_answer',
      `Phản ánh ${row.tracking_code}: ${row.title.slice(0, 100)}`,
      {
        deadline: vietnamDateOf(row.answer_due_at),
        link: `/phan-anh/${row.id}`,
        today: ctx.today,
        lang: ctx.lang,
      },
    ),
  );
}
