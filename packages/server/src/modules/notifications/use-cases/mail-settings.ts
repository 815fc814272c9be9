import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { AuthContext } from '../../../http/policy.js';
import { type Lang, messagesOf } from '../../../i18n/messages.js';
import { notificationsRepository } from '../repository.js';

/** A user's choice of e-mail for their to-do and notification items. */
export interface MailSettings {
  email: string | null;
  emailNotifications: boolean;
}

const mailMessage = messagesOf({
  no_address: {
    vi: 'Cần nhập địa chỉ e-mail để nhận thư thông báo.',
    en: 'An e-mail address is needed to receive notification mail.',
  },
});

export async function readMailSettings(db: Db, auth: AuthContext): Promise<MailSettings> {
  const row = await notificationsRepository(db).mailSettingsOf(auth.tenantId, auth.userId);
  if (!row) throw new AppError('not_found');
  return { email: row.email, emailNotifications: row.email_notifications_since !== null };
}

/**
 * Turns e-mail on or off for the signed-in user, with the address when given. On: items from now on are mailed
 * (the bell keeps the older ones); turning it on again keeps the first date. Off: the bell only. Opting in without
 * an address is refused on the address field.
 */
export async function saveMailSettings(
  db: Db,
  auth: AuthContext,
  input: { emailNotifications: boolean; email?: string | null | undefined },
  context: { now: Date; lang: Lang },
): Promise<MailSettings> {
  const repo = notificationsRepository(db);
  const current = await repo.mailSettingsOf(auth.tenantId, auth.userId);
  if (!current) throw new AppError('not_found');
  const email = input.email === undefined ? current.email : input.email || null;
  if (input.emailNotifications && !email) {
    throw mailMessage.error('validation_failed', 'no_address', context.lang, {}, 'email');
  }
  const since = input.emailNotifications ? (current.email_notifications_since ?? context.now) : null;
  await repo.setMailSettings(auth.tenantId, auth.userId, { email, email_notifications_since: since });
  return { email, emailNotifications: since !== null };
}
