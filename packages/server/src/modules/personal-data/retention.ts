import { DEFAULT_RETENTION_DAYS, FINAL_FEEDBACK_STATUSES, type RetentionKind, retentionCutoff } from '@cchc/domain';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { defineJob } from '../../jobs/job.js';

/** What one run erased, per kind. */
export type RetentionResult = Record<RetentionKind, number>;

/**
 * Erases personal data past its retention (Decree 13): throttle rows and expired sessions are deleted; the contacts
 * of closed feedback and of ended dossiers are cleared, the records themselves stay for statistics and archive.
 * Idempotent: a second run finds nothing more.
 */
export async function applyRetention(db: Db, now: Date, days: Record<RetentionKind, number>): Promise<RetentionResult> {
  const cut = (kind: RetentionKind) => retentionCutoff(now, days[kind]);
  const count = (r: { numDeletedRows?: bigint; numUpdatedRows?: bigint }[]) =>
    Number(r.reduce((n, x) => n + (x.numDeletedRows ?? x.numUpdatedRows ?? 0n), 0n));
  const ddb = db;
  const fdb = db;
  return {
    loginFailures: count(await db.deleteFrom('login_failures').where('at', '<', cut('loginFailures')).execute()),
    lookupFailures: count(
      await ddb.deleteFrom('dossier_lookup_failures').where('at', '<', cut('lookupFailures')).execute(),
    ),
    expiredSessions: count(await db.deleteFrom('sessions').where('expires_at', '<', cut('expiredSessions')).execute()),
    feedbackContacts: count(
      await fdb
        .updateTable('feedback')
        .set({ submitter_name: null, submitter_phone: null, submitter_email: null, submitter_address: null })
        .where('status', 'in', [...FINAL_FEEDBACK_STATUSES])
        .where('updated_at', '<', cut('feedbackContacts'))
        .where((eb) =>
          eb.or([
            eb('submitter_name', 'is not', null),
            eb('submitter_phone', 'is not', null),
            eb('submitter_email', 'is not', null),
            eb('submitter_address', 'is not', null),
          ]),
        )
        .execute(),
    ),
    dossierContacts: count(
      await ddb
        .updateTable('dossiers')
        .set({ applicant_phone: null, applicant_email: null, applicant_address: null, applicant_id_number: null })
        .where('ended_at', '<', cut('dossierContacts'))
        .where((eb) =>
          eb.or([
            eb('applicant_phone', 'is not', null),
            eb('applicant_email', 'is not', null),
            eb('applicant_address', 'is not', null),
            eb('applicant_id_number', 'is not', null),
          ]),
        )
        .execute(),
    ),
  };
}

/** Every night at 02:00 Vietnam time, with the periods of `RETENTION_DAYS` (defaults in the domain). */
export const retentionJob = defineJob({
  name: 'personal-data-retention',
  payload: z.object({}).passthrough(),
  schedule: '0 2 * * *',
  handler: async (_payload, deps) => {
    const result = await applyRetention(deps.db, deps.clock.now(), deps.config.retentionDays ?? DEFAULT_RETENTION_DAYS);
    deps.log.info({ result }, 'xoá dữ liệu cá nhân quá hạn lưu trữ (retention applied)');
  },
});
