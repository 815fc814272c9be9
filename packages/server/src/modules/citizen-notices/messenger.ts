import type { AppDeps } from '../../http/deps.js';
import type { Logger } from '../../logger.js';
import { createMailer, type Mailer } from '../notifications/index.js';

/** Sends a short text to a phone (SMS, Zalo…). A provider adapts one gateway; the config names which. */
export interface TextProvider {
  name: string;
  send(phone: string, text: string): Promise<void>;
}

/**
 * The logging stub (`SMS_PROVIDER=log`): writes what would be sent to the log, with the number's last 4 digits
 * only (Decree 13: no personal data in logs). A real gateway replaces it behind the same interface.
 */
export const loggingTextProvider = (log: Logger): TextProvider => ({
  name: 'log',
  send: async (phone, text) => {
    log.info({ to: `…${phone.replace(/\D/g, '').slice(-4)}`, text }, 'tin nhắn cho công dân (citizen text, stub)');
  },
});

/** What a citizen is told: a subject (e-mail) and one text for both channels. */
export interface CitizenMessage {
  subject: string;
  text: string;
}

/** The ways to reach citizens under the running app's configuration; either may be absent. */
export interface CitizenChannels {
  mailer: Mailer | null;
  texts: TextProvider | null;
  log: Logger;
}

/** The channels of a running app: SMTP for mail (`SMTP_*`), the text provider named by `SMS_PROVIDER`. */
export const channelsOf = (deps: AppDeps): CitizenChannels => ({
  mailer: createMailer(deps.config.smtp),
  texts: deps.config.smsProvider === 'log' ? loggingTextProvider(deps.log) : null,
  log: deps.log,
});

/**
 * Tells a citizen by every channel they left (e-mail, phone). A failed send is logged and never undoes the
 * officer's action: the record is already right, the message is a courtesy on top of it.
 */
export async function tellCitizen(
  channels: CitizenChannels,
  to: { email: string | null; phone: string | null },
  message: CitizenMessage,
): Promise<{ emailed: boolean; texted: boolean }> {
  const sent = { emailed: false, texted: false };
  try {
    if (to.email && channels.mailer) {
      await channels.mailer.send({ to: to.email, subject: `[CCHC] ${message.subject}`, text: message.text });
      sent.emailed = true;
    }
    if (to.phone && channels.texts) {
      await channels.texts.send(to.phone, `${message.subject}. ${message.text}`.slice(0, 480));
      sent.texted = true;
    }
  } catch (err) {
    channels.log.warn({ err }, 'không gửi được thông báo cho công dân (citizen notice failed)');
  }
  return sent;
}
