import { deliverEmails } from '../deliver.js';
import { notificationsRepository } from '../repository.js';
import type { ReminderRun } from './run-daily-reminders.js';

/** How far back an item not yet e-mailed is still worth a mail: older ones stay in the bell. */
const WINDOW_MS = 7 * 24 * 3_600_000;

/**
 * E-mails the open notifications of users who opted in that no run has e-mailed yet: the events other modules
 * create in their own transactions (acceptance, return with its reason, approvals waiting, a report returned), and
 * reminders created before a mail server was configured. Each is claimed before sending, so servers never
 * send one twice.
 */
export async function sendPendingEmails(run: ReminderRun): Promise<{ emailed: number }> {
  if (!run.mailer) return { emailed: 0 };
  const pending = await notificationsRepository(run.db).pendingEmails(new Date(run.now.getTime() - WINDOW_MS));
  return { emailed: await deliverEmails(run.db, run.mailer, pending, run) };
}
