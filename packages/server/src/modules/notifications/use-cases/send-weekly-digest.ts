import { completionFigures, mondayOf } from '@cchc/domain';
import { completionTaskOf, loadTaskScope, loadTaskViews, tasksRepository } from '../../tasks/index.js';
import { deliverEmails } from '../deliver.js';
import { type CreatedNotification, notify, usersWithRoles } from '../notify.js';
import { notificationsRepository } from '../repository.js';
import type { ReminderRun } from './run-daily-reminders.js';

/**
 * The weekly digest for the coordinator and the chairman of every ward with a plan in use: the on-time rate and
 * how many tasks are overdue, due soon, awaiting review or missing a periodic update. One per user and week.
 */
export async function sendWeeklyDigest(run: ReminderRun): Promise<{ created: number; emailed: number }> {
  const created: CreatedNotification[] = [];
  for (const tenant of await notificationsRepository(run.db).wardTenants()) {
    const scope = await loadTaskScope(run.db, tenant.id, run.now);
    if (scope?.plan.status !== 'in_use') continue;
    const rows = await tasksRepository(run.db).listTasks(tenant.id, scope.plan.id);
    const views = await loadTaskViews(run.db, scope, rows, { roles: [], unitId: null });
    const figures = completionFigures(
      rows.map((r) => completionTaskOf(r, scope.plan.year, scope.today)),
      scope.today,
    );
    const count = (flag: 'overdue' | 'dueSoon' | 'awaitingReview' | 'updateMissing') =>
      views.filter((v) => v.flags[flag]).length;
    const data = {
      onTimeRate: figures.onTimeRate,
      completed: figures.completed,
      total: figures.total,
      overdue: count('overdue'),
      dueSoon: count('dueSoon'),
      awaitingReview: count('awaitingReview'),
      updateMissing: count('updateMissing'),
    };
    const users = await usersWithRoles(run.db, tenant.id, ['coordinator', 'chairman']);
    const items = users.map((u) => ({
      tenantId: tenant.id,
      userId: u.id,
      kind: 'weekly_digest' as const,
      taskId: null,
      // One digest a week, whichever day the job first runs that week (a missed Monday is caught up at start).
      day: mondayOf(scope.today),
      data,
    }));
    created.push(...(await notify(run.db, items, run.now)));
  }
  const emailed = await deliverEmails(run.db, run.mailer, created, run);
  return { created: created.length, emailed };
}
