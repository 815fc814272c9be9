import type { NotificationKind } from '../../db/column-types.js';
import type { Db } from '../../db/database.js';
import type { AppDeps } from '../../http/deps.js';
import type { Logger } from '../../logger.js';
import { deliverEmails } from './deliver.js';
import { createMailer, type Mailer } from './mailer.js';
import { notify } from './notify.js';

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
export interface ModuleNotification {
  tenantId: string;
  userIds: readonly string[];
  kind: Exclude<NotificationKind, 'due_soon' | 'overdue' | 'update_missing' | 'returned' | 'awaiting_review'>;
  /** What it is about (`feedback:<id>:<deadline>`, `report:<period>:<unit>`, `dossier:<id>`): part of the key. */
  subject: string;
  /** The day it belongs to: part of the key, so a job run twice that day tells nobody twice. */
  day: string;
  /** What the texts are made of; the UI words it in its language, links are built from the ids in it. */
  data: Record<string, unknown>;
  now: Date;
}

/**
 * Tells users about something of another module (feedback, reports, dossiers) in the bell, and by e-mail when a
 * delivery with a mailer is given. The key (tenant, user, kind, subject, day) makes a second call a no-op, so
 * two servers running the same job never tell anyone twice; only rows this call created are e-mailed.
 * Returns how many notifications were created.
 */
export async function notifyUsers(db: Db, n: ModuleNotification, delivery?: Delivery): Promise<number> {
  const items = [...new Set(n.userIds)].map((userId) => ({
    tenantId: n.tenantId,
    userId,
    kind: n.kind,
    taskId: null,
    subject: n.subject,
    day: n.day,
    data: n.data,
  }));
  const created = await notify(db, items, n.now);
  if (delivery) await deliverEmails(db, delivery.mailer, created, { ...delivery, now: n.now });
  return created.length;
}
