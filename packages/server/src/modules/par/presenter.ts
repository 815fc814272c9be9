import {
  effectivePoints,
  formatVietnamDate,
  maximaOf,
  pointsLost,
  projectedScore,
  roundPoints,
  subtotals,
  totalOf,
} from '@cchc/domain';
import { STATUS_NAMES } from './messages.js';
import type { parRepository } from './repository.js';
import type { AssessmentContext } from './use-cases/context.js';
import { leafPointsOf } from './use-cases/context.js';
import type { StandingRow } from './use-cases/standings.js';

type EvidenceRows = Awaited<ReturnType<ReturnType<typeof parRepository>['evidence']>>;

const KIND_NAMES = {
  task: 'Nhiệm vụ',
  task_evidence: 'Sản phẩm nhiệm vụ',
  report: 'Báo cáo',
  inspection: 'Kết luận kiểm tra',
  legal_review: 'Rà soát văn bản',
  document: 'Văn bản',
} as const;

const REPORT_NAMES: Record<string, string> = { Q1: 'Quý I', Q2: 'Quý II', H1: '6 tháng', Q3: 'Quý III', Y: 'Năm' };

/** An evidence link as the page and the .docx list it: what it is, its number and date, who added it. */
export function presentEvidence(rows: EvidenceRows, year: number) {
  return rows.map((e) => {
    const describe: Record<typeof e.kind, () => { title: string; reference: string }> = {
      task: () => ({ title: e.task_content ?? '', reference: `Nhiệm vụ ${e.task_no ?? ''}`.trim() }),
      task_evidence: () => ({
        title: e.te_title ?? e.te_file ?? '',
        reference: [e.te_number, formatVietnamDate(e.te_date)].filter(Boolean).join(' ngày '),
      }),
      report: () => ({
        title: `Báo cáo CCHC ${REPORT_NAMES[e.report_period ?? ''] ?? e.report_period} năm ${year}`,
        reference: '',
      }),
      inspection: () => ({
        title: 'Thông báo kết luận kiểm tra',
        reference: [e.inspection_notice, formatVietnamDate(e.inspection_date)].filter(Boolean).join(' ngày '),
      }),
      legal_review: () => ({ title: e.legal_title ?? '', reference: e.legal_number ?? '' }),
      document: () => ({
        title: e.doc_title ?? '',
        reference: [e.doc_number, formatVietnamDate(e.doc_date)].filter(Boolean).join(' ngày '),
      }),
    };
    return {
      id: e.id,
      code: e.code,
      kind: e.kind,
      kindName: KIND_NAMES[e.kind],
      ...describe[e.kind](),
      unitId: e.unit_id,
      unitName: e.unit_name,
      addedAt: e.added_at.toISOString(),
    };
  });
}

export type PresentedEvidence = ReturnType<typeof presentEvidence>[number];

/** The whole assessment: every node with its pre-score, own, appraised and counted points, totals, projection. */
export function presentAssessment(
  ctx: AssessmentContext,
  evidence: PresentedEvidence[],
  ward: { code: string; name: string },
  standing: StandingRow | null,
  of: number,
  can: { edit: boolean; submit: boolean; answer: boolean; appraise: boolean },
) {
  const leaves = leafPointsOf(ctx);
  const counted = effectivePoints(ctx, leaves);
  const sums = subtotals(ctx, counted);
  const selfPoints = new Map(
    [...leaves].flatMap(([code, p]) => ((p.self ?? p.pre) === null ? [] : [[code, (p.self ?? p.pre) as number]])),
  );
  const projection = projectedScore(ctx, leaves);
  const a = ctx.assessment;
  return {
    kind: ctx.kind,
    year: ctx.year,
    ward,
    status: ctx.status,
    statusName: STATUS_NAMES[ctx.status],
    set: {
      id: ctx.set.id,
      version: ctx.set.version,
      title: ctx.set.title,
      totalPoints: Number(ctx.set.total_points),
      deadline: ctx.set.submit_deadline,
    },
    asOf: ctx.facts.asOf,
    criteria: ctx.criteria.map((c) => {
      const s = ctx.scores.get(c.code);
      const pre = ctx.pre.get(c.code) ?? null;
      const own = s?.selfPoints ?? pre?.points ?? null;
      return {
        code: c.code,
        label: c.label,
        parent: c.parent,
        level: c.level,
        title: c.title,
        maxPoints: c.maxPoints,
        method: c.method,
        survey: c.survey,
        leaf: c.leaf,
        guide: c.guide,
        source: c.source,
        pre: pre ? { value: pre.value, points: pre.points, percent: pre.percent, calculation: pre.calculation } : null,
        self:
          s && s.selfValue !== null
            ? { value: s.selfValue, points: s.selfPoints, overrideReason: s.overrideReason, note: s.note }
            : null,
        appraised:
          s && s.appraisedValue !== null
            ? { value: s.appraisedValue, points: s.appraisedPoints, comment: s.appraisalComment }
            : null,
        points: c.leaf ? (counted.get(c.code) ?? null) : (sums.get(c.code) ?? 0),
        difference: s?.appraisedPoints != null && own !== null ? roundPoints(s.appraisedPoints - own) : null,
        evidence: evidence.filter((e) => e.code === c.code),
      };
    }),
    totals: {
      max: maximaOf(ctx).total,
      self: totalOf(ctx, selfPoints),
      counted: totalOf(ctx, counted),
      final: a?.final_score != null ? Number(a.final_score) : null,
    },
    projected: {
      score: projection.score,
      surveyEstimated: projection.surveyEstimated,
      rank: standing?.projectedRank ?? null,
      finalRank: standing?.finalRank ?? null,
      of,
      blockName: standing?.blockName ?? null,
    },
    lost: pointsLost(ctx, counted, 10),
    appraisal: a?.appraised_at
      ? { at: a.appraised_at.toISOString(), by: a.appraised_by_name, comment: a.appraisal_comment }
      : null,
    answer: a?.answer ? { text: a.answer, at: a.answered_at?.toISOString() ?? null } : null,
    submittedAt: a?.submitted_at?.toISOString() ?? null,
    can,
  };
}

export type AssessmentView = ReturnType<typeof presentAssessment>;
