import type { Db } from '../../db/database.js';
import { recordAudit } from '../audit/index.js';
import { logPersonalDataRead } from './read-log.js';
import { type CitizenMatch, personalDataRepository } from './repository.js';

/** Who the citizen is: a phone number, an identity number and/or an e-mail, as they prove it at the counter. */
export interface CitizenKey {
  phone?: string | undefined;
  idNumber?: string | undefined;
  email?: string | undefined;
}

/** Who asks: a ward admin through the API (`actorUserId`), or the console (`null`). */
export interface ExportRequester {
  tenantId: string;
  actorUserId: string | null;
}

const digits = (s: string) => s.replace(/\D/g, '');
const iso = (d: Date | null) => d?.toISOString() ?? null;

const matchOf = (key: CitizenKey): CitizenMatch => ({
  phone: key.phone ? digits(key.phone) : null,
  idNumber: key.idNumber?.trim() || null,
  email: key.email?.trim().toLowerCase() || null,
});

async function dossiersOf(db: Db, tenantId: string, key: CitizenKey) {
  const repo = personalDataRepository(db);
  const rows = await repo.dossiersOf(tenantId, matchOf(key));
  const ids = rows.map((r) => r.id);
  const [ratings, apologies] = ids.length
    ? await Promise.all([repo.ratingsOf(tenantId, ids), repo.apologiesOf(tenantId, ids)])
    : [[], []];
  return rows.map((d) => {
    const rating = ratings.find((r) => r.dossier_id === d.id);
    const apology = apologies.find((a) => a.dossier_id === d.id);
    return {
      id: d.id,
      code: d.code,
      procedure: { code: d.procedure_code, name: d.procedure_name },
      status: d.status,
      receivedAt: iso(d.received_at),
      dueAt: iso(d.current_due_at ?? d.due_at),
      endedAt: iso(d.ended_at),
      applicant: {
        name: d.applicant_name,
        phone: d.applicant_phone,
        email: d.applicant_email,
        address: d.applicant_address,
        idNumber: d.applicant_id_number,
      },
      components: d.components,
      history: d.history,
      supplements: d.supplements,
      payments: d.payments,
      rating: rating
        ? { satisfied: rating.satisfied, criteria: rating.criteria, comment: rating.comment, at: iso(rating.rated_at) }
        : null,
      apology: apology
        ? { issuedAt: iso(apology.issued_at), reason: apology.reason, newDueAt: iso(apology.new_due_at) }
        : null,
    };
  });
}

async function feedbackOf(db: Db, tenantId: string, key: CitizenKey) {
  const { phone, email } = matchOf(key);
  if (!phone && !email) return []; // feedback holds no identity number
  const repo = personalDataRepository(db);
  const rows = await repo.feedbackOf(tenantId, { phone, email });
  const ids = rows.map((r) => r.id);
  const files = ids.length ? await repo.attachmentsOf(tenantId, ids) : [];
  return rows.map((f) => ({
    id: f.id,
    trackingCode: f.tracking_code,
    category: f.category,
    title: f.title,
    text: f.text,
    status: f.status,
    submittedAt: f.submitted_at.toISOString(),
    submitter: {
      name: f.submitter_name,
      phone: f.submitter_phone,
      email: f.submitter_email,
      address: f.submitter_address,
    },
    infoSupplied: f.info_supplied_text,
    answer: f.answer_text,
    attachments: files
      .filter((a) => a.feedback_id === f.id)
      .map((a) => ({
        fileName: a.file_name,
        contentType: a.content_type,
        size: a.size,
        at: a.created_at.toISOString(),
      })),
  }));
}

/**
 * Everything the ward holds on one citizen (Decree 13, art. 14: the data subject's right of access): their dossiers
 * (with history, supplements, payments, rating, apology) and their feedback (with answers and files), matched by
 * phone digits, identity number or e-mail. Each record given out is logged as a personal-data read, and the export
 * itself as one event.
 */
export async function exportCitizenData(db: Db, who: ExportRequester, key: CitizenKey, now: Date) {
  const [dossiers, feedback] = await Promise.all([
    dossiersOf(db, who.tenantId, key),
    feedbackOf(db, who.tenantId, key),
  ]);
  const auth = { tenantId: who.tenantId, userId: who.actorUserId };
  for (const d of dossiers) await logPersonalDataRead(db, auth, `dossier:${d.id}`, d.applicant, now);
  for (const f of feedback) await logPersonalDataRead(db, auth, `feedback:${f.id}`, f.submitter, now);
  await recordAudit(db, {
    tenantId: who.tenantId,
    actorUserId: who.actorUserId,
    action: 'personal_data.export',
    entity: 'personal_data',
    entityId: 'citizen',
    after: {
      dossiers: dossiers.length,
      feedback: feedback.length,
      by: Object.keys(key).filter((k) => key[k as keyof CitizenKey]),
    },
    at: now,
  });
  return { exportedAt: now.toISOString(), dossiers, feedback };
}
