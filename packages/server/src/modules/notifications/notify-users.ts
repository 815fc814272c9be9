import type { NotificationKind } from '../../db/column-types.js';
import type { Db } from '../../db/database.js';
import type { AppDeps } from '../../http/deps.js';
import type { Logger } from '../../logger.js';
import { deliverEmails } from './deliver.js';
import { createMailer, type Mailer } from './mailer.js';
import { notify } from './notify.js';
import type { NotificationOf } from './repository.js';

/** Where the e-mails of new notifications go. Without it (tests, the CLI) notifications stay in the bell. */
export interface Delivery {
  /** Null when SMTP is not configured. */
  mailer: Mailer | null;
  /** The address links in e-mails start with, when known. */
  publicUrl: string | undefined;
  log: Logger;
}

/** The delivery of a running app: its SMTP settings, public address and logger. */
export const deliveryOf = (deps: AppDeps): Delivery => ({
  mailer: createMailer(deps.config.smtp),
  publicUrl: deps.config.publicUrl,
  log: deps.log,
});

/** A notification of a module other than tasks, for several users at once. */
export type ModuleNotification = NotificationOf<
  Exclude<NotificationKind, 'due_soon' | 'overdue' | 'update_missing' | 'returned' | 'awaiting_review'>
> & {
  tenantId: string;
  userIds: readonly string[];
  /** What it is about (`feedback:<id>:<deadline>`, `report:<period>:<unit>`, `dossier:<id>`): part of the key. */
  subject: string;
  /** The day it belongs to: part of the key, so a job run twice that day tells nobody twice. */
  day: string;
  /** `data`: what the texts are made of; the UI words it in its language, links are built from the ids in it. */
  now: Date;
};

/**
 * Tells users about something of another module (feedback, reports, dossiers) in the bell, and by e-mail when a
 * delivery with a mailer is given. The key (tenant, user, kind, subject, day) makes a second call a no-op, so
 * two servers running the same job never tell anyone twice; only rows this call created are e-mailed.
 * Returns how many notifications were created.
 */
export async function notifyUsers(db: Db, n: ModuleNotification, delivery?: Delivery): Promise<number> {
  const { userIds, now, ...item } = n;
  const items = [...new Set(userIds)].map((userId) => ({ ...item, userId, taskId: null }));
  const created = await notify(db, items, now);
  if (delivery) await deliverEmails(db, delivery.mailer, created, { ...delivery, now });
  return created.length;
}
