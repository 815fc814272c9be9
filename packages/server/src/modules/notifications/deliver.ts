import type { Db } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import { emailOf } from './email-text.js';
import type { Mailer } from './mailer.js';
import type { CreatedNotification } from './notify.js';
import { notificationsRepository } from './repository.js';

/**
 * E-mails newly created notifications to users who have an address. Each is claimed first (one server wins the
 * claim), sent, then marked; a failed send gives the claim back for the next run. Returns how many were sent.
 */
export async function deliverEmails(
  db: Db,
  mailer: Mailer | null,
  created: readonly CreatedNotification[],
  context: { now: Date; log: Logger; publicUrl: string | undefined },
): Promise<number> {
  if (!mailer || created.length === 0) return 0;
  const repo = notificationsRepository(db);
  const addresses = await repo.emailsOf(created.map((n) => ({ tenantId: n.tenant_id, userId: n.user_id })));
  let sent = 0;
  for (const n of created) {
    const to = addresses.get(`${n.tenant_id}/${n.user_id}`);
    if (!to || !(await repo.claimEmail(n.tenant_id, n.id, context.now))) continue;
    try {
      await mailer.send({ to, ...emailOf(n.kind, n.data, n.task_id, context.publicUrl) });
      await repo.markEmailed(n.tenant_id, n.id, context.now);
      sent += 1;
    } catch (err) {
      context.log.warn({ err, notification: n.id }, 'gửi thư thông báo không thành công (e-mail failed)');
      await repo.releaseClaim(n.tenant_id, n.id);
    }
  }
  return sent;
}
