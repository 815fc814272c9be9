import { z } from 'zod';
import type { AppDeps } from '../../http/deps.js';
import { defineJob } from '../../jobs/job.js';
import { createMailer } from './mailer.js';
import { type ReminderRun, runDailyReminders } from './use-cases/run-daily-reminders.js';
import { sendPendingEmails } from './use-cases/send-pending-emails.js';
import { sendWeeklyDigest } from './use-cases/send-weekly-digest.js';

const runOf = (deps: AppDeps): ReminderRun => ({
  db: deps.db,
  now: deps.clock.now(),
  log: deps.log,
  mailer: createMailer(deps.config.smtp),
  publicUrl: deps.config.publicUrl,
});

/** Every morning at 06:00: reminders of tasks due soon, overdue, missing a periodic update or returned. */
export const dailyRemindersJob = defineJob({
  name: 'task-reminders',
  payload: z.object({}),
  schedule: '0 6 * * *',
  handler: async (_payload, deps) => {
    const result = await runDailyReminders(runOf(deps));
    deps.log.info(result, 'nhắc việc hằng ngày (daily task reminders)');
  },
});

/** Mondays at 07:00: the digest of the plan's follow-up for the coordinator and the chairman. */
export const weeklyDigestJob = defineJob({
  name: 'task-weekly-digest',
  payload: z.object({}),
  schedule: '0 7 * * 1',
  handler: async (_payload, deps) => {
    const result = await sendWeeklyDigest(runOf(deps));
    deps.log.info(result, 'tổng hợp tuần (weekly digest)');
  },
});

/** Every five minutes: e-mails the items of users who opted in that no run has sent yet (events included). */
export const notificationMailJob = defineJob({
  name: 'notification-mail',
  payload: z.object({}),
  schedule: '*/5 * * * *',
  handler: async (_payload, deps) => {
    const result = await sendPendingEmails(runOf(deps));
    if (result.emailed > 0) deps.log.info(result, 'gửi thư thông báo (notification e-mail)');
  },
});
