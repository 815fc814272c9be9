import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { AuthContext } from '../../http/policy.js';
import { recordAudit } from '../audit/repository.js';

/** Who the citizen is: a phone number and/or an identity number, as they prove it at the counter. */
export interface CitizenKey {
  phone?: string | undefined;
  idNumber?: string | undefined;
}

const digits = (s: string) => s.replace(/\D/g, '');

/**
 * Everything the ward holds on one citizen (Decree 13, art. 14: the data subject's right of access): their
 * dossiers and their feedback, matched by phone digits or identity number. The export itself is logged.
 */
export async function exportCitizenData(db: Db, auth: AuthContext, key: CitizenKey, now: Date) {
  const phone = key.phone ? digits(key.phone) : null;
  const id = key.idNumber?.trim() || null;
  const ddb = db;
  const dossiers = await ddb
    .selectFrom('dossiers')
    .select([
      'code',
      'status',
      'applicant_name',
      'applicant_phone',
      'applicant_email',
      'applicant_address',
      'applicant_id_number',
      'received_at',
      'ended_at',
    ])
    .where('tenant_id', '=', auth.tenantId)
    .where((eb) =>
      eb.or([
        ...(phone ? [eb(sql`regexp_replace(coalesce(applicant_phone, ''), '\\D', '', 'g')`, '=', phone)] : []),
        ...(id ? [eb('applicant_id_number', '=', id)] : []),
      ]),
    )
    .orderBy('received_at')
    .execute();
  const feedback = phone
    ? await db
        .selectFrom('feedback')
        .select([
          'tracking_code',
          'title',
          'text',
          'status',
          'submitter_name',
          'submitter_phone',
          'submitter_email',
          'submitter_address',
        ])
        .where('tenant_id', '=', auth.tenantId)
        .where(sql`regexp_replace(coalesce(submitter_phone, ''), '\\D', '', 'g')`, '=', phone)
        .execute()
    : [];
  await recordAudit(db, {
    tenantId: auth.tenantId,
    actorUserId: auth.userId,
    action: 'personal_data.export',
    entity: 'personal_data',
    entityId: 'citizen',
    after: { dossiers: dossiers.length, feedback: feedback.length },
    at: now,
  });
  return {
    exportedAt: now.toISOString(),
    dossiers: dossiers.map((d) => ({
      code: d.code,
      status: d.status,
      receivedAt: d.received_at?.toISOString() ?? null,
      endedAt: d.ended_at?.toISOString() ?? null,
      applicant: {
        name: d.applicant_name,
        phone: d.applicant_phone,
        email: d.applicant_email,
        address: d.applicant_address,
        idNumber: d.applicant_id_number,
      },
    })),
    feedback: feedback.map((f) => ({
      trackingCode: f.tracking_code,
      title: f.title,
      text: f.text,
      status: f.status,
      submitter: {
        name: f.submitter_name,
        phone: f.submitter_phone,
        email: f.submitter_email,
        address: f.submitter_address,
      },
    })),
  };
}
