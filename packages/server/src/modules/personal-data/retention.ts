import { DEFAULT_RETENTION_DAYS, type RetentionKind, redactPersonalData, retentionCutoff } from '@cchc/domain';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { defineJob } from '../../jobs/job.js';
import { personalDataRepository } from './repository.js';

/** What one run erased, per kind. */
export type RetentionResult = Record<RetentionKind, number>;

type Cut = (kind: RetentionKind) => Date;
const count = (r: { numDeletedRows?: bigint; numUpdatedRows?: bigint }[]) =>
  Number(r.reduce((n, x) => n + (x.numDeletedRows ?? x.numUpdatedRows ?? 0n), 0n));

/**
 * Closed feedback past its retention loses its submitter: the contacts and name go, and so do the name and contacts
 * quoted in its texts (the same redaction as before publication). The feedback stays for the indicators.
 */
async function anonymiseFeedback(db: Db, before: Date): Promise<number> {
  const repo = personalDataRepository(db);
  const rows = await repo.closedFeedbackWithSubmitter(before);
  for (const r of rows) {
    const known = {
      names: [r.submitter_name],
      contacts: [r.submitter_phone, r.submitter_email, r.submitter_address],
    };
    const clean = (text: string | null) => (text === null ? null : redactPersonalData(text, known).text);
    await repo.anonymiseFeedback(r.tenant_id, r.id, {
      title: clean(r.title) ?? '',
      text: clean(r.text) ?? '',
      answer_text: clean(r.answer_text),
      info_supplied_text: clean(r.info_supplied_text),
    });
  }
  return rows.length;
}

/** Ended dossiers past their retention lose the applicant's contacts; the name stays with the archived dossier. */
async function anonymiseDossiers(db: Db, before: Date): Promise<number> {
  return count(await personalDataRepository(db).anonymiseDossiers(before));
}

/** Rows that are nothing but personal traces are deleted outright. */
async function deleteTraces(db: Db, cut: Cut) {
  const repo = personalDataRepository(db);
  return {
    loginFailures: count(await repo.deleteLoginFailures(cut('loginFailures'))),
    lookupFailures: count(await repo.deleteLookupFailures(cut('lookupFailures'))),
    expiredSessions: count(await repo.deleteExpiredSessions(cut('expiredSessions'))),
    notifications: count(await repo.deleteNotifications(cut('notifications'))),
  };
}

/**
 * Erases personal data past its retention (Decree 13; the periods and what each kind loses are in the domain's
 * `DEFAULT_RETENTION_DAYS`). Idempotent: a second run at the same moment finds nothing more.
 */
export async function applyRetention(db: Db, now: Date, days: Record<RetentionKind, number>): Promise<RetentionResult> {
  const cut: Cut = (kind) => retentionCutoff(now, days[kind]);
  return {
    ...(await deleteTraces(db, cut)),
    feedbackContacts: await anonymiseFeedback(db, cut('feedbackContacts')),
    dossierContacts: await anonymiseDossiers(db, cut('dossierContacts')),
  };
}

/** Every night at 02:00 Vietnam time, judged on the app's clock (CCHC_NOW), with the periods of `RETENTION_DAYS`. */
export const retentionJob = defineJob({
  name: 'personal-data-retention',
  payload: z.object({}).passthrough(),
  schedule: '0 2 * * *',
  handler: async (_payload, deps) => {
    const result = await applyRetention(deps.db, deps.clock.now(), deps.config.retentionDays ?? DEFAULT_RETENTION_DAYS);
    deps.log.info({ result }, 'xoá dữ liệu cá nhân quá hạn lưu trữ (retention applied)');
  },
});
