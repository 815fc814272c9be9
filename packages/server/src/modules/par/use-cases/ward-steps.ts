import { randomUUID } from 'node:crypto';
import {
  type AssessmentStatus,
  type Criterion,
  canStep,
  formatVietnamDate,
  pointsFor,
  scoreProblem,
  vietnamDateOf,
} from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError, type FieldErrors, fieldsRefused } from '../../../errors.js';
import type { AuthContext } from '../../../http/policy.js';
import type { Lang } from '../../../i18n/messages.js';
import { recordAudit } from '../../audit/index.js';
import { parError, parMessage, STATUS_NAMES, scoreRuleReason } from '../messages.js';
import { parRepository } from '../repository.js';
import type { EvidenceKind } from '../tables.js';
import type { AssessmentContext } from './context.js';

/** One line of the ward's scores: the value by the criterion's method, the reason of an override, a note. */
export interface ScoreInput {
  code: string;
  value: number | null;
  reason?: string | null;
  note?: string | null;
}

const conflict = (status: AssessmentStatus, lang: Lang) =>
  parError('conflict', 'status_conflict', lang, { status: STATUS_NAMES[status] });

/** The assessment row of a draft, created on the first write and moved to the set version in force. */
async function ensureDraft(db: Db, ctx: AssessmentContext, now: Date, lang: Lang): Promise<string> {
  if (ctx.status !== 'draft') throw conflict(ctx.status, lang);
  const repo = parRepository(db);
  if (!ctx.assessment) {
    await repo.createAssessment({
      tenantId: ctx.tenantId,
      id: randomUUID(),
      kind: ctx.kind,
      year: ctx.year,
      setId: ctx.set.id,
      setVersion: ctx.set.version,
      now,
    });
    const created = await repo.assessment(ctx.tenantId, ctx.kind, ctx.year);
    if (!created) throw new AppError('conflict');
    return created.id;
  }
  if (ctx.assessment.set_id !== ctx.set.id) {
    await repo.updateAssessment(ctx.tenantId, ctx.assessment.id, 'draft', {
      set_id: ctx.set.id,
      set_version: ctx.set.version,
      updated_at: now,
    });
  }
  return ctx.assessment.id;
}

/** Field errors of the ward's lines: unknown or parent criteria, the survey, values out of range, overrides without reason. */
function checkScores(ctx: AssessmentContext, lines: readonly ScoreInput[], lang: Lang): FieldErrors {
  const byCode = new Map(ctx.criteria.map((c) => [c.code, c]));
  const fields: FieldErrors = {};
  lines.forEach((line, i) => {
    const c = byCode.get(line.code);
    if (!c) fields[`scores.${i}.code`] = parMessage.reasoned('unknown_criterion', lang, { code: line.code });
    else if (!c.leaf) fields[`scores.${i}.code`] = parMessage.reasoned('not_a_leaf', lang, { code: c.label || c.code });
    else if (c.survey) fields[`scores.${i}.code`] = parMessage.reasoned('survey_by_city', lang);
    else if (line.value !== null) {
      const rule = scoreProblem(c, line.value);
      if (rule) fields[`scores.${i}.value`] = scoreRuleReason(rule, lang, c.maxPoints);
      const pre = ctx.pre.get(c.code);
      if (!rule && pre?.value != null && pre.value !== line.value && !line.reason?.trim()) {
        fields[`scores.${i}.reason`] = parMessage.reasoned('reason_required', lang, { points: pre.points ?? 0 });
      }
    }
  });
  return fields;
}

/** Stores the data's pre-scores with the scores, so the city's projections of every ward can read them. */
async function storePreScores(db: Db, ctx: AssessmentContext, assessmentId: string, now: Date, userId: string | null) {
  const repo = parRepository(db);
  for (const [code, pre] of ctx.pre) {
    await repo.upsertScore(
      { tenantId: ctx.tenantId, assessmentId, code, now, userId },
      { pre_value: pre.value, pre_points: pre.points, pre_calculation: pre.calculation },
    );
  }
}

/** Saves the ward's scores of a draft; a value differing from a pre-score needs its reason. */
export async function saveScores(
  db: Db,
  auth: AuthContext,
  ctx: AssessmentContext,
  lines: readonly ScoreInput[],
  now: Date,
  lang: Lang,
) {
  const fields = checkScores(ctx, lines, lang);
  if (Object.keys(fields).length > 0) throw fieldsRefused(fields);
  const byCode = new Map(ctx.criteria.map((c) => [c.code, c]));
  await db.transaction().execute(async (trx) => {
    const id = await ensureDraft(trx, ctx, now, lang);
    const repo = parRepository(trx);
    for (const line of lines) {
      const c = byCode.get(line.code) as Criterion;
      const pre = ctx.pre.get(c.code);
      const overridden = line.value !== null && pre?.value != null && pre.value !== line.value;
      await repo.upsertScore(
        { tenantId: ctx.tenantId, assessmentId: id, code: c.code, now, userId: auth.userId },
        {
          self_value: line.value,
          self_points: line.value === null ? null : pointsFor(c, line.value),
          override_reason: overridden ? (line.reason?.trim() ?? null) : null,
          note: line.note?.trim() || null,
        },
      );
    }
    await storePreScores(trx, ctx, id, now, auth.userId);
    await recordAudit(trx, {
      tenantId: ctx.tenantId,
      actorUserId: auth.userId,
      action: 'par.scores_saved',
      entity: 'par_assessment',
      entityId: id,
      after: { lines },
      at: now,
    });
  });
}

/** What an evidence link names: exactly one record of cchc, or a document typed in. */
export interface EvidenceInput {
  code: string;
  kind: EvidenceKind;
  taskId?: string | null;
  taskEvidenceId?: string | null;
  reportId?: string | null;
  inspectionId?: string | null;
  legalReviewPlanId?: string | null;
  legalDocumentId?: string | null;
  docNumber?: string | null;
  docDate?: string | null;
  docTitle?: string | null;
}

const REQUIRED: Record<EvidenceKind, [keyof EvidenceInput, string][]> = {
  task: [['taskId', 'nhiệm vụ']],
  task_evidence: [['taskEvidenceId', 'sản phẩm của nhiệm vụ']],
  report: [['reportId', 'báo cáo']],
  inspection: [['inspectionId', 'kết luận kiểm tra']],
  legal_review: [
    ['legalReviewPlanId', 'kế hoạch rà soát'],
    ['legalDocumentId', 'văn bản đã rà soát'],
  ],
  document: [['docTitle', 'tên văn bản']],
};

/** Links a record (or a typed document) to a leaf of a draft; a unit's staff add it in their unit's name. */
export async function addEvidence(
  db: Db,
  auth: AuthContext,
  ctx: AssessmentContext,
  input: EvidenceInput,
  now: Date,
  lang: Lang,
) {
  const c = ctx.criteria.find((k) => k.code === input.code);
  if (!c) throw parError('validation_failed', 'unknown_criterion', lang, { code: input.code }, 'code');
  const fields: FieldErrors = {};
  for (const [field, what] of REQUIRED[input.kind]) {
    if (!String(input[field] ?? '').trim()) fields[field] = parMessage.reasoned('evidence_ref', lang, { what });
  }
  if (Object.keys(fields).length > 0) throw fieldsRefused(fields);
  const id = randomUUID();
  const unitId = auth.roles.includes('coordinator') ? null : auth.unitId;
  await db.transaction().execute(async (trx) => {
    const assessmentId = await ensureDraft(trx, ctx, now, lang);
    await parRepository(trx).addEvidence({
      tenant_id: ctx.tenantId,
      id,
      assessment_id: assessmentId,
      code: c.code,
      kind: input.kind,
      task_id: input.kind === 'task' ? (input.taskId ?? null) : null,
      task_evidence_id: input.kind === 'task_evidence' ? (input.taskEvidenceId ?? null) : null,
      report_id: input.kind === 'report' ? (input.reportId ?? null) : null,
      inspection_id: input.kind === 'inspection' ? (input.inspectionId ?? null) : null,
      legal_review_plan_id: input.kind === 'legal_review' ? (input.legalReviewPlanId ?? null) : null,
      legal_document_id: input.kind === 'legal_review' ? (input.legalDocumentId ?? null) : null,
      doc_number: input.kind === 'document' ? input.docNumber?.trim() || null : null,
      doc_date: input.kind === 'document' ? (input.docDate ?? null) : null,
      doc_title: input.kind === 'document' ? (input.docTitle?.trim() ?? null) : null,
      unit_id: unitId,
      added_by: auth.userId,
      added_at: now,
    });
    await recordAudit(trx, {
      tenantId: ctx.tenantId,
      actorUserId: auth.userId,
      action: 'par.evidence_added',
      entity: 'par_evidence',
      entityId: id,
      after: input,
      at: now,
    });
  });
  return id;
}

/** Removes an evidence link of a draft: the coordinator any, a unit only its own. */
export async function removeEvidence(db: Db, auth: AuthContext, id: string, now: Date, lang: Lang) {
  const repo = parRepository(db);
  const row = await repo.evidenceById(auth.tenantId, id);
  if (!row) throw parError('not_found', 'evidence_not_found', lang);
  if (!auth.roles.includes('coordinator') && row.unit_id !== auth.unitId)
    throw parError('forbidden', 'evidence_own_unit', lang);
  await db.transaction().execute(async (trx) => {
    const status = await parRepository(trx).statusOf(auth.tenantId, row.assessment_id);
    if (status !== 'draft') throw conflict(status ?? 'draft', lang);
    await parRepository(trx).removeEvidence(auth.tenantId, id);
    await recordAudit(trx, {
      tenantId: auth.tenantId,
      actorUserId: auth.userId,
      action: 'par.evidence_removed',
      entity: 'par_evidence',
      entityId: id,
      before: row,
      at: now,
    });
  });
}

/**
 * Submits the draft to the city by its deadline: every leaf the ward scores needs points (its own or the data's);
 * the figures behind the pre-scores are frozen with it.
 */
export async function submitAssessment(db: Db, auth: AuthContext, ctx: AssessmentContext, now: Date, lang: Lang) {
  if (!canStep(ctx.status, 'submit')) throw conflict(ctx.status, lang);
  const deadline = ctx.set.submit_deadline;
  if (deadline && vietnamDateOf(now) > deadline) {
    throw parError('conflict', 'deadline_passed', lang, { date: formatVietnamDate(deadline) });
  }
  const fields: FieldErrors = {};
  for (const c of ctx.criteria.filter((k) => k.leaf && !k.survey)) {
    const points = ctx.scores.get(c.code)?.selfPoints ?? ctx.pre.get(c.code)?.points ?? null;
    if (points === null) fields[`scores.${c.code}`] = parMessage.reasoned('not_scored', lang);
  }
  if (Object.keys(fields).length > 0) throw fieldsRefused(fields);
  await db.transaction().execute(async (trx) => {
    const id = await ensureDraft(trx, ctx, now, lang);
    await storePreScores(trx, ctx, id, now, auth.userId);
    const moved = await parRepository(trx).updateAssessment(ctx.tenantId, id, 'draft', {
      status: 'submitted',
      facts: JSON.stringify(ctx.facts),
      submitted_at: now,
      submitted_by: auth.userId,
      updated_at: now,
    });
    if (Number(moved.numUpdatedRows) !== 1) throw conflict(ctx.status, lang);
    await recordAudit(trx, {
      tenantId: ctx.tenantId,
      actorUserId: auth.userId,
      action: 'par.submitted',
      entity: 'par_assessment',
      entityId: id,
      at: now,
    });
  });
}

/** The ward's one answer to the appraisal. */
export async function answerAppraisal(
  db: Db,
  auth: AuthContext,
  ctx: AssessmentContext,
  answer: string,
  now: Date,
  lang: Lang,
) {
  if (ctx.status !== 'appraised' || !ctx.assessment) throw conflict(ctx.status, lang);
  if (ctx.assessment.answer !== null) throw parError('conflict', 'already_answered', lang);
  const id = ctx.assessment.id;
  await db.transaction().execute(async (trx) => {
    const moved = await parRepository(trx).recordAnswer(ctx.tenantId, id, answer, auth.userId, now);
    if (Number(moved.numUpdatedRows) !== 1) throw parError('conflict', 'already_answered', lang);
    await recordAudit(trx, {
      tenantId: ctx.tenantId,
      actorUserId: auth.userId,
      action: 'par.answered',
      entity: 'par_assessment',
      entityId: id,
      after: { answer },
      at: now,
    });
  });
}
