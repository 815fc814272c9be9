import type { z } from 'zod';
import type { Db } from '../../../db/database.js';
import type { AuthContext } from '../../../http/policy.js';
import type { Lang } from '../../../i18n/messages.js';
import { recordAudit } from '../../audit/index.js';
import { orgRepository } from '../../org/index.js';
import { recomputeTenantFeedback } from '../deadlines.js';
import { feedbackMessage } from '../messages.js';
import { feedbackRepository } from '../repository.js';
import type { settingsBody } from '../schemas.js';
import { loadFeedbackSettings } from '../settings.js';
import { lockVisibleFeedback } from './act-on-feedback.js';
import { feedbackByCode } from './citizen-actions.js';

/**
 * Links a feedback to an earlier one about the same matter (the citizen did not give the code, the officer
 * recognised it): the earlier one then counts as repeated in indicator 5.3.
 */
export async function linkFeedback(db: Db, auth: AuthContext, id: string, relatedCode: string, now: Date, lang: Lang) {
  await db.transaction().execute(async (trx) => {
    const row = await lockVisibleFeedback(trx, auth, id);
    const related = await feedbackByCode(trx, auth.tenantId, relatedCode).catch(() => {
      throw feedbackMessage.error('validation_failed', 'related_not_found', lang, {}, 'relatedTrackingCode');
    });
    if (related.id === row.id || related.submitted_at > row.submitted_at) {
      throw feedbackMessage.error('validation_failed', 'related_not_found', lang, {}, 'relatedTrackingCode');
    }
    const repo = feedbackRepository(trx);
    await repo.update(auth.tenantId, row.id, { related_feedback_id: related.id, updated_at: now });
    await repo.addEvent({
      tenant_id: auth.tenantId,
      feedback_id: row.id,
      action: 'link',
      at: now,
      actor_user_id: auth.userId,
      note: related.tracking_code,
    });
    await recordAudit(trx, {
      tenantId: auth.tenantId,
      actorUserId: auth.userId,
      action: 'link',
      entity: 'feedback',
      entityId: row.id,
      before: { relatedId: row.related_feedback_id },
      after: { relatedId: related.id },
      at: now,
    });
  });
}

/** Changes the ward's deadlines or intake unit; open feedback is recomputed with them in the same transaction. */
export async function updateFeedbackSettings(
  db: Db,
  auth: AuthContext,
  body: z.infer<typeof settingsBody>,
  now: Date,
  lang: Lang,
) {
  return db.transaction().execute(async (trx) => {
    if (body.intakeUnitId && !(await orgRepository(trx).findUnit(auth.tenantId, body.intakeUnitId))?.active) {
      throw feedbackMessage.error('validation_failed', 'unit_not_found', lang, {}, 'intakeUnitId');
    }
    const before = await loadFeedbackSettings(trx, auth.tenantId);
    await feedbackRepository(trx).saveSettings({
      tenant_id: auth.tenantId,
      reject_days: body.rejectDays,
      info_request_days: body.infoRequestDays,
      answer_days: body.answerDays,
      publish_days: body.publishDays,
      remind_before: body.remindBefore,
      intake_unit_id: body.intakeUnitId,
      updated_by: auth.userId,
      updated_at: now,
    });
    const recomputed = await recomputeTenantFeedback(trx, auth.tenantId);
    await recordAudit(trx, {
      tenantId: auth.tenantId,
      actorUserId: auth.userId,
      action: 'update',
      entity: 'feedback_settings',
      entityId: auth.tenantId,
      before,
      after: body,
      at: now,
    });
    return { recomputed };
  });
}
