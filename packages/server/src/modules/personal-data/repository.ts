import { FINAL_FEEDBACK_STATUSES } from '@cchc/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** A citizen's keys as the queries match them: phone digits only, identity number trimmed, e-mail lower-cased. */
export interface CitizenMatch {
  phone: string | null;
  idNumber: string | null;
  email: string | null;
}

const phoneDigits = (column: string) => sql`regexp_replace(coalesce(${sql.ref(column)}, ''), '\\D', '', 'g')`;

/** The SQL of Decree 13's access and retention: the export's reads and the retention job's erasures. */
export function personalDataRepository(db: Db) {
  return {
    /** The tenant's dossiers of the citizen, with their procedure, oldest first. */
    dossiersOf: (tenantId: string, key: CitizenMatch) =>
      db
        .selectFrom('dossiers as d')
        .innerJoin('procedures as p', (j) =>
          j.onRef('p.tenant_id', '=', 'd.tenant_id').onRef('p.id', '=', 'd.procedure_id'),
        )
        .selectAll('d')
        .select(['p.code as procedure_code', 'p.name as procedure_name'])
        .where('d.tenant_id', '=', tenantId)
        .where((eb) =>
          eb.or([
            ...(key.phone ? [eb(phoneDigits('d.applicant_phone'), '=', key.phone)] : []),
            ...(key.idNumber ? [eb('d.applicant_id_number', '=', key.idNumber)] : []),
            ...(key.email ? [eb(sql`lower(d.applicant_email)`, '=', key.email)] : []),
          ]),
        )
        .orderBy('d.received_at')
        .execute(),

    ratingsOf: (tenantId: string, dossierIds: string[]) =>
      db
        .selectFrom('dossier_ratings')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('dossier_id', 'in', dossierIds)
        .execute(),

    apologiesOf: (tenantId: string, dossierIds: string[]) =>
      db
        .selectFrom('dossier_apologies')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('dossier_id', 'in', dossierIds)
        .execute(),

    /** The tenant's feedback of the citizen (matched by phone or e-mail: feedback holds no identity number). */
    feedbackOf: (tenantId: string, key: Omit<CitizenMatch, 'idNumber'>) =>
      db
        .selectFrom('feedback')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where((eb) =>
          eb.or([
            ...(key.phone ? [eb(phoneDigits('submitter_phone'), '=', key.phone)] : []),
            ...(key.email ? [eb(sql`lower(submitter_email)`, '=', key.email)] : []),
          ]),
        )
        .orderBy('submitted_at')
        .execute(),

    attachmentsOf: (tenantId: string, feedbackIds: string[]) =>
      db
        .selectFrom('feedback_attachments')
        .select(['feedback_id', 'file_name', 'content_type', 'size', 'created_at'])
        .where('tenant_id', '=', tenantId)
        .where('feedback_id', 'in', feedbackIds)
        .execute(),

    /** Closed feedback last changed before the moment that still names its submitter, in every tenant. */
    closedFeedbackWithSubmitter: (before: Date) =>
      db
        .selectFrom('feedback')
        .select(['tenant_id', 'id', 'title', 'text', 'answer_text', 'info_supplied_text'])
        .select(['submitter_name', 'submitter_phone', 'submitter_email', 'submitter_address'])
        .where('status', 'in', [...FINAL_FEEDBACK_STATUSES])
        .where('updated_at', '<', before)
        .where((eb) =>
          eb.or(
            (['submitter_name', 'submitter_phone', 'submitter_email', 'submitter_address'] as const).map((c) =>
              eb(c, 'is not', null),
            ),
          ),
        )
        .execute(),

    /** Writes a feedback's redacted texts and drops its submitter. */
    anonymiseFeedback: (
      tenantId: string,
      id: string,
      texts: { title: string; text: string; answer_text: string | null; info_supplied_text: string | null },
    ) =>
      db
        .updateTable('feedback')
        .set({
          ...texts,
          submitter_name: null,
          submitter_phone: null,
          submitter_email: null,
          submitter_address: null,
        })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute(),

    /** Drops the applicant's contacts from dossiers ended before the moment, in every tenant. */
    anonymiseDossiers: (before: Date) =>
      db
        .updateTable('dossiers')
        .set({ applicant_phone: null, applicant_email: null, applicant_address: null, applicant_id_number: null })
        .where('ended_at', '<', before)
        .where((eb) =>
          eb.or(
            (['applicant_phone', 'applicant_email', 'applicant_address', 'applicant_id_number'] as const).map((c) =>
              eb(c, 'is not', null),
            ),
          ),
        )
        .execute(),

    deleteLoginFailures: (before: Date) => db.deleteFrom('login_failures').where('at', '<', before).execute(),
    deleteLookupFailures: (before: Date) => db.deleteFrom('dossier_lookup_failures').where('at', '<', before).execute(),
    deleteExpiredSessions: (before: Date) => db.deleteFrom('sessions').where('expires_at', '<', before).execute(),
    deleteNotifications: (before: Date) => db.deleteFrom('notifications').where('created_at', '<', before).execute(),
  };
}
