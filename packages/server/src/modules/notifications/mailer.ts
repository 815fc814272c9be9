import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../../config.js';

/** One e-mail. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail; tests give a recording one. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** The SMTP mailer of the settings, or null when e-mail is not configured (notifications stay in the app). */
export function createMailer(smtp: SmtpConfig | null): Mailer | null {
  if (!smtp) return null;
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password } } : {}),
  });
  return {
    send: async (message) => {
      await transport.sendMail({ from: smtp.from, ...message });
    },
  };
}
