import { remindersDue } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { Logger } from '../../../logger.js';
import { loadTaskScope, loadTaskViews, type TaskScope, type TaskView, tasksRepository } from '../../tasks/index.js';
import { deliverEmails } from '../deliver.js';
import type { Mailer } from '../mailer.js';
import { type CreatedNotification, notify, taskRecipients, usersWithRoles } from '../notify.js';
import type { NewNotification, Recipient } from '../repository.js';
import { notificationsRepository } from '../repository.js';

/** What the daily job needs: the database, the time, the mailer (null without SMTP), where links point. */
export interface ReminderRun {
  db: Db;
  now: Date;
  log: Logger;
  mailer: Mailer | null;
  publicUrl: string | undefined;
}

/** Notification data naming a task, with the working days of its flag. */
function dataOf(view: TaskView, scope: TaskScope, kind: string) {
  const days = kind === 'overdue' ? view.flags.workingDaysOverdue : view.flags.workingDaysLeft;
  const current = scope.windows.find((w) => w.start <= scope.today && scope.today <= w.due);
  return {
    taskNo: view.row.no,
    content: view.row.content.slice(0, 200),
    dueDate: view.dueDate,
    workingDays: days,
    period: view.flags.missingPeriod ?? current?.period ?? null,
  };
}

async function tenantReminders(db: Db, scope: TaskScope): Promise<NewNotification[]> {
  const rows = await tasksRepository(db).listTasks(scope.tenantId, scope.plan.id);
  const views = await loadTaskViews(db, scope, rows, { roles: [], unitId: null });
  // Several tasks share a unit: its users are read once.
  const recipients = new Map<string, Recipient[]>();
  const items: NewNotification[] = [];
  // The coordinator follows the whole plan: every overdue task of the ward is theirs to chase.
  const coordinators = await usersWithRoles(db, scope.tenantId, ['coordinator']);
  for (const view of views) {
    const due = remindersDue({ flags: view.flags, dueDate: view.dueDate }, scope.today, scope.windows);
    if (due.length === 0) continue;
    const units = [view.row.owner_unit_id, ...view.parties.leadUnitIds].filter((u): u is string => u !== null);
    const key = [...new Set(units)].sort().join(',');
    if (!recipients.has(key)) recipients.set(key, await taskRecipients(db, scope.tenantId, units));
    for (const reminder of due) {
      const unitUsers = recipients.get(key) ?? [];
      const told = reminder.kind === 'overdue' ? [...unitUsers, ...coordinators] : unitUsers;
      for (const user of new Map(told.map((u) => [u.id, u])).values()) {
        const data = dataOf(view, scope, reminder.kind);
        items.push({
          tenantId: scope.tenantId,
          userId: user.id,
          kind: reminder.kind,
          taskId: view.row.id,
          day: reminder.day,
          data,
        });
      }
    }
  }
  return items;
}

/**
 * The daily job: for every ward with a plan in use, creates the reminders its tasks owe today (due soon,
 * overdue, periodic update missing, returned) for the users of the units that answer for them, then e-mails the
 * new ones. Safe to run twice or on two servers at once: a notification's key makes the second insert a no-op,
 * and only what this run created is e-mailed.
 */
export async function runDailyReminders(run: ReminderRun): Promise<{ created: number; emailed: number }> {
  const created: CreatedNotification[] = [];
  for (const tenant of await notificationsRepository(run.db).wardTenants()) {
    const scope = await loadTaskScope(run.db, tenant.id, run.now);
    if (scope?.plan.status !== 'in_use') continue;
    created.push(...(await notify(run.db, await tenantReminders(run.db, scope), run.now)));
  }
  const emailed = await deliverEmails(run.db, run.mailer, created, run);
  return { created: created.length, emailed };
}
