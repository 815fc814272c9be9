import { canStep, finalScore, pointsFor, scoreProblem } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { type FieldErrors, fieldsRefused } from '../../../errors.js';
import type { AuthContext } from '../../../http/policy.js';
import type { Lang } from '../../../i18n/messages.js';
import { recordAudit } from '../../audit/index.js';
import { parError, parMessage, STATUS_NAMES, scoreRuleReason } from '../messages.js';
import { parRepository } from '../repository.js';
import { type AssessmentContext, leafPointsOf } from './context.js';

/** The council's line: the value by the criterion's method (the survey's points too) and its comment. */
export interface AppraisalLine {
  code: string;
  value: number | null;
  comment?: string | null;
}

const conflict = (ctx: AssessmentContext, lang: Lang) =>
  parError('conflict', 'status_conflict', lang, { status: STATUS_NAMES[ctx.status] });

function checkLines(ctx: AssessmentContext, lines: readonly AppraisalLine[], lang: Lang): FieldErrors {
  const byCode = new Map(ctx.criteria.map((c) => [c.code, c]));
  const fields: FieldErrors = {};
  lines.forEach((line, i) => {
    const c = byCode.get(line.code);
    if (!c) fields[`scores.${i}.code`] = parMessage.reasoned('unknown_criterion', lang, { code: line.code });
    else if (!c.leaf) fields[`scores.${i}.code`] = parMessage.reasoned('not_a_leaf', lang, { code: c.label || c.code });
    else if (line.value !== null) {
      const rule = scoreProblem(c, line.value);
      if (rule) fields[`scores.${i}.value`] = scoreRuleReason(rule, lang, c.maxPoints);
      const own = ctx.scores.get(c.code)?.selfPoints ?? ctx.pre.get(c.code)?.points ?? null;
      if (!rule && !c.survey && own !== pointsFor(c, line.value) && !line.comment?.trim()) {
        fields[`scores.${i}.comment`] = parMessage.reasoned('comment_required', lang);
      }
    }
  });
  return fields;
}

/**
 * The appraisal council's scores of a submitted assessment (and the survey part): each change of the ward's
 * points carries a comment. Publishing them moves the assessment to "appraised", where the ward may answer once.
 */
export async function appraise(
  db: Db,
  auth: AuthContext,
  ctx: AssessmentContext,
  body: { scores: readonly AppraisalLine[]; comment?: string | null },
  now: Date,
  lang: Lang,
) {
  const assessment = ctx.assessment;
  if (!assessment || (ctx.status !== 'submitted' && ctx.status !== 'appraised')) throw conflict(ctx, lang);
  const fields = checkLines(ctx, body.scores, lang);
  if (Object.keys(fields).length > 0) throw fieldsRefused(fields);
  const byCode = new Map(ctx.criteria.map((c) => [c.code, c]));
  await db.transaction().execute(async (trx) => {
    const repo = parRepository(trx);
    for (const line of body.scores) {
      const c = byCode.get(line.code);
      if (!c) continue;
      await repo.upsertScore(
        { tenantId: ctx.tenantId, assessmentId: assessment.id, code: c.code, now, userId: null },
        {
          appraised_value: line.value,
          appraised_points: line.value === null ? null : pointsFor(c, line.value),
          appraisal_comment: line.comment?.trim() || null,
        },
      );
    }
    const moved = await repo.updateAssessment(ctx.tenantId, assessment.id, ['submitted', 'appraised'], {
      status: 'appraised',
      appraised_at: now,
      appraised_by_name: auth.fullName,
      appraisal_comment: body.comment?.trim() || assessment.appraisal_comment,
      updated_at: now,
    });
    if (Number(moved.numUpdatedRows) !== 1) throw conflict(ctx, lang);
    // The ward's audit chain holds the city's act too: named, since the city's user lives in another tenant.
    await recordAudit(trx, {
      tenantId: ctx.tenantId,
      actorUserId: null,
      action: 'par.appraised',
      entity: 'par_assessment',
      entityId: assessment.id,
      after: { by: auth.fullName, scores: body.scores, comment: body.comment ?? null },
      at: now,
    });
  });
}

/** Closes an appraised assessment with its final score (the council's points, the survey part, deductions). */
export async function finalise(db: Db, auth: AuthContext, ctx: AssessmentContext, now: Date, lang: Lang) {
  const assessment = ctx.assessment;
  if (!assessment || !canStep(ctx.status, 'finalise')) throw conflict(ctx, lang);
  const score = finalScore(ctx, leafPointsOf(ctx));
  await db.transaction().execute(async (trx) => {
    const moved = await parRepository(trx).updateAssessment(ctx.tenantId, assessment.id, 'appraised', {
      status: 'final',
      finalised_at: now,
      final_score: score,
      updated_at: now,
    });
    if (Number(moved.numUpdatedRows) !== 1) throw conflict(ctx, lang);
    await recordAudit(trx, {
      tenantId: ctx.tenantId,
      actorUserId: null,
      action: 'par.finalised',
      entity: 'par_assessment',
      entityId: assessment.id,
      after: { by: auth.fullName, score },
      at: now,
    });
  });
  return score;
}
