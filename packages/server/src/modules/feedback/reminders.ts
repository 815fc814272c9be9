import { feedbackRemindersDue, pendingFeedbackDeadlines, vietnamDateOf } from '@cchc/domain';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { defineJob } from '../../jobs/job.js';
import type { Logger } from '../../logger.js';
import { loadWorkingCalendar } from '../calendar/service.js';
import { feedbackRepository } from './repository.js';
import { loadFeedbackSettings } from './settings.js';

/**
 * Stores the reminders due today for every open feedback of every ward: `remindBefore` working days before each
 * pending deadline (reject, information request, answer, publication). The key of a reminder makes a second run
 * the same day, or a second server, add nothing. Returns how many reminders are new.
 */
export async function sendFeedbackReminders(db: Db, now: Date, log: Pick<Logger, 'info'>): Promise<number> {
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
    await sendFeedbackReminders(deps.db, deps.clock.now(), deps.log);
  },
});
