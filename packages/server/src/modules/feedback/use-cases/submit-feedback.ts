import { randomBytes, randomUUID } from 'node:crypto';
import {
  type FeedbackChannel,
  formatTrackingCode,
  normaliseTrackingCode,
  recogniseComplaint,
  TRACKING_CODE_BYTES,
} from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { AppError } from '../../../errors.js';
import type { Lang } from '../../../i18n/messages.js';
import { recordAudit } from '../../audit/index.js';
import { loadWorkingCalendar } from '../../calendar/index.js';
import { legalRepository } from '../../legal-documents/index.js';
import { orgRepository } from '../../org/index.js';
import { dueColumns } from '../deadlines.js';
import { feedbackMessage } from '../messages.js';
import { feedbackRepository } from '../repository.js';
import type { FeedbackContent } from '../schemas.js';
import { loadFeedbackSettings } from '../settings.js';

/** A file already received into the files folder, to record with the feedback. */
export interface ReceivedAttachment {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** A feedback as it arrives: from the public form (no officer) or an officer's intake. */
export interface NewFeedback {
  tenantId: string;
  channel: FeedbackChannel;
  content: FeedbackContent;
  receivedAt: Date;
  /** The officer who entered it; null for the public form. */
  intakeBy: string | null;
  /** The unit chosen at intake; else the ward's intake unit, else none (the desk routes it). */
  unitId?: string | undefined;
  attachments: readonly ReceivedAttachment[];
  now: Date;
  lang: Lang;
}

const blankToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

function fieldError(field: string, lang: Lang, key: Parameters<typeof feedbackMessage>[0]): AppError {
  return feedbackMessage.error('validation_failed', key, lang, {}, field);
}

async function relatedIdOf(db: Db, input: NewFeedback): Promise<string | null> {
  const typed = blankToNull(input.content.relatedTrackingCode);
  if (!typed) return null;
  const code = normaliseTrackingCode(typed);
  const related = code ? await feedbackRepository(db).findByTrackingCode(input.tenantId, code) : undefined;
  if (!related) throw fieldError('relatedTrackingCode', input.lang, 'related_not_found');
  return related.id;
}

async function checkReferences(db: Db, input: NewFeedback, unitId: string | null): Promise<void> {
  const { content, tenantId, lang } = input;
  if (content.category === 'dossier' && !blankToNull(content.dossierCode)) {
    throw fieldError('dossierCode', lang, 'dossier_code_required');
  }
  const legalId = blankToNull(content.legalDocumentId);
  if (legalId && !(await legalRepository(db).findDocument(tenantId, legalId))) {
    throw fieldError('legalDocumentId', lang, 'legal_document_not_found');
  }
  if (unitId) {
    const unit = await orgRepository(db).findUnit(tenantId, unitId);
    if (!unit?.active) throw fieldError('unitId', lang, 'unit_not_found');
  }
}

/** The ward's intake unit while it is active; a unit closed since leaves new feedback for the desk to route. */
async function activeIntakeUnit(db: Db, tenantId: string, unitId: string | null): Promise<string | null> {
  if (!unitId) return null;
  return (await orgRepository(db).findUnit(tenantId, unitId))?.active ? unitId : null;
}

/** A tracking code no feedback of the ward holds yet (60 random bits: a clash is a curiosity, not a plan). */
async function freshTrackingCode(db: Db, tenantId: string): Promise<string> {
  for (;;) {
    const code = formatTrackingCode(randomBytes(TRACKING_CODE_BYTES));
    if (!(await feedbackRepository(db).findByTrackingCode(tenantId, code))) return code;
  }
}

/**
 * Records a new feedback: references checked, complaints recognised, the deadlines computed on the ward's
 * calendar, the tracking code drawn, the submission logged and audited, all in one transaction. Returns the
 * tracking code, which the citizen sees once.
 */
export async function submitFeedback(db: Db, input: NewFeedback) {
  return db.transaction().execute(async (trx) => {
    const repo = feedbackRepository(trx);
    const settings = await loadFeedbackSettings(trx, input.tenantId);
    await checkReferences(trx, input, input.unitId ?? null);
    const unitId = input.unitId ?? (await activeIntakeUnit(trx, input.tenantId, settings.intakeUnitId));
    const relatedId = await relatedIdOf(trx, input);
    const { content } = input;
    const complaintKinds = recogniseComplaint(`${content.title}\n${content.text}`);
    const calendar = await loadWorkingCalendar(trx, input.tenantId);
    const clock = { submitted_at: input.receivedAt, last_transfer_at: null, approved_at: null };
    const id = randomUUID();
    const trackingCode = await freshTrackingCode(trx, input.tenantId);
    await repo.insert({
      tenant_id: input.tenantId,
      id,
      tracking_code: trackingCode,
      channel: input.channel,
      category: content.category,
      title: content.title,
      text: content.text,
      dossier_code: content.category === 'dossier' ? blankToNull(content.dossierCode) : null,
      legal_document_id: blankToNull(content.legalDocumentId),
      submitter_name: blankToNull(content.name),
      submitter_phone: blankToNull(content.phone),
      submitter_email: blankToNull(content.email),
      submitter_address: blankToNull(content.address),
      complaint_kinds: complaintKinds,
      related_feedback_id: relatedId,
      status: 'received',
      unit_id: unitId,
      intake_by: input.intakeBy,
      ...clock,
      ...dueColumns(calendar, clock, settings.deadlines),
      updated_at: input.now,
    });
    for (const file of input.attachments) {
      await repo.addAttachment({
        tenant_id: input.tenantId,
        feedback_id: id,
        id: randomUUID(),
        file_name: file.fileName,
        content_type: file.contentType,
        size: file.size,
        sha256: file.sha256,
        uploaded_by: input.intakeBy,
        created_at: input.now,
      });
    }
    await repo.addEvent({
      tenant_id: input.tenantId,
      feedback_id: id,
      action: input.intakeBy ? 'intake' : 'submit',
      at: input.now,
      actor_user_id: input.intakeBy,
      to_unit_id: unitId,
      note: relatedId ? 'related' : null,
    });
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorUserId: input.intakeBy,
      action: 'create',
      entity: 'feedback',
      entityId: id,
      // The submitter's identity stays out of the audit log: it is personal data kept only for the reply.
      after: { trackingCode, channel: input.channel, category: content.category, unitId, complaintKinds },
      at: input.now,
    });
    return { id, trackingCode, complaintKinds };
  });
}
