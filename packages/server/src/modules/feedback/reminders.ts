import { feedbackRemindersDue, pendingFeedbackDeadlines, vietnamDateOf } from '@cchc/domain';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';
import { defineJob } from '../../jobs/job.js';
import type { Logger } from '../../logger.js';
import { loadWorkingCalendar } from '../calendar/service.js';
import { usersOfUnit, usersWithRoles } from '../notifications/notify.js';
import { type Delivery, deliveryOf, notifyUsers } from '../notifications/notify-users.js';
import { feedbackRepository } from './repository.js';
import { loadFeedbackSettings } from './settings.js';

// Who handles a routed feedback in its unit (the unit head among them); before routing, the desk that routes it.
const UNIT_ROLES = ['officer', 'unit_head', 'coordinator', 'one_stop_officer'] as const;
const DESK_ROLES = ['one_stop_officer', 'coordinator'] as const;

async function recipientsOf(db: Db, tenantId: string, unitId: string | null): Promise<string[]> {
  const users = unitId
    ? await usersOfUnit(db, tenantId, unitId, UNIT_ROLES)
    : await usersWithRoles(db, tenantId, DESK_ROLES);
  return users.map((u) => u.id);
}

/** What the bell and the e-mail say of a feedback: its tracking code and title, the deadline and its day. */
const dataOf = (row: Selectable<DB['feedback']>, deadline: DB['feedback_reminders']['kind'], dueDate: string) => ({
  feedbackId: row.id,
  trackingCode: row.tracking_code,
  title: row.title.slice(0, 200),
  deadline,
  dueDate,
});

/**
 * Stores the reminders due today for every open feedback of every ward: `remindBefore` working days before each
 * pending deadline (reject, information request, answer, publication). The key of a reminder makes a second run
 * the same day, or a second server, add nothing. Each reminder is also put in the bell (and e-mailed with a
 * delivery) of the users handling the feedback. Returns how many reminders are new.
 */
export async function sendFeedbackReminders(
  db: Db,
  now: Date,
  log: Pick<Logger, 'info'>,
  delivery?: Delivery,
): Promise<number> {
  const repo = feedbackRepository(db);
  const today = vietnamDateOf(now);
  let added = 0;
  for (const tenantId of await repo.tenantIdsWithOpenFeedback()) {
    const calendar = await loadWorkingCalendar(db, tenantId);
    const { deadlines } = await loadFeedbackSettings(db, tenantId);
    for (const row of await repo.listOpen(tenantId)) {
      const due = {
        reject: row.reject_due_at,
        info_request: row.info_due_at,
        answer: row.answer_due_at,
        publish: row.publish_due_at,
      };
      const pending = pendingFeedbackDeadlines(row.status, row.info_requested_at !== null);
      for (const reminder of feedbackRemindersDue(calendar, due, pending, deadlines.remindBefore, today)) {
        const inserted = await repo.addReminder({
          tenant_id: tenantId,
          feedback_id: row.id,
          kind: reminder.kind,
          due_at: reminder.due,
          remind_on: reminder.remindOn,
          unit_id: row.unit_id,
          created_at: now,
        });
        if (inserted) added++;
        // Told even when the reminder row existed: a run that stopped between the two inserts is completed by the
        // next one, and the notification's own key (remind day, feedback, deadline) keeps it to one per user.
        await notifyUsers(
          db,
          {
            tenantId,
            userIds: await recipientsOf(db, tenantId, row.unit_id),
            kind: 'feedback_deadline',
            subject: `feedback:${row.id}:${reminder.kind}`,
            day: reminder.remindOn,
            data: dataOf(row, reminder.kind, vietnamDateOf(reminder.due)),
            now,
          },
          delivery,
        );
      }
    }
  }
  if (added > 0) log.info({ job: 'feedback.reminders', added }, 'nhắc hạn xử lý phản ánh (feedback reminders)');
  return added;
}

/** Every working morning at 06:30, before the counters open. */
export const feedbackRemindersJob = defineJob({
  name: 'feedback.reminders',
  payload: z.object({}).passthrough(),
  schedule: '30 6 * * *',
  handler: async (_payload, deps) => {
    await sendFeedbackReminders(deps.db, deps.clock.now(), deps.log, deliveryOf(deps));
  },
});
