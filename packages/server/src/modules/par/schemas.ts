import { ASSESSMENT_STATUSES, DATA_SOURCES, INDEX_KINDS, SCORING_METHODS } from '@cchc/domain';
import { z } from 'zod';
import { EVIDENCE_KINDS } from './tables.js';

const year = z.coerce.number().int().min(2000).max(2199);
const note = (max: number) => z.string().trim().max(max);

export const assessmentParams = z.object({ kind: z.enum(INDEX_KINDS), year });
export const cityWardParams = assessmentParams.extend({ code: z.string().trim().min(1).max(60) });
export const idParams = z.object({ id: z.uuid() });
export const feedQuery = z.object({ kind: z.enum(INDEX_KINDS).default('par'), year });

/** Points and ratios have 2 decimals at most; the domain checks each against its criterion. */
const value = z.number().min(-1000).max(1000).nullable();
const code = z.string().trim().min(1).max(60);

export const scoresIn = z.object({
  scores: z
    .array(
      z.object({
        code,
        value,
        reason: note(2_000).nullish(),
        note: note(2_000).nullish(),
      }),
    )
    .min(1)
    .max(500),
});

export const evidenceIn = z.object({
  code,
  kind: z.enum(EVIDENCE_KINDS),
  taskId: z.uuid().nullish(),
  taskEvidenceId: z.uuid().nullish(),
  reportId: z.uuid().nullish(),
  inspectionId: z.uuid().nullish(),
  legalReviewPlanId: z.uuid().nullish(),
  legalDocumentId: z.uuid().nullish(),
  docNumber: note(60).nullish(),
  docDate: z.iso.date().nullish(),
  docTitle: note(500).nullish(),
});

export const answerIn = z.object({ answer: z.string().trim().min(3).max(10_000) });

export const appraisalIn = z.object({
  scores: z.array(z.object({ code, value, comment: note(2_000).nullish() })).max(500),
  comment: note(10_000).nullish(),
});

export const deadlineIn = z.object({ deadline: z.iso.date().nullable() });

/** The multipart fields of an import, read as text. */
export const importFields = z.object({
  kind: z.enum(INDEX_KINDS),
  year: z.union([z.literal(''), year]).optional(),
  deadline: z.union([z.literal(''), z.iso.date()]).optional(),
});

export const setOut = z.object({
  id: z.string(),
  kind: z.enum(INDEX_KINDS),
  year: z.number(),
  version: z.number(),
  title: z.string(),
  totalPoints: z.number(),
  deadline: z.string().nullable(),
  fileName: z.string(),
  importedAt: z.string(),
  warnings: z.array(z.unknown()),
});

export const standingOut = z.object({
  code: z.string(),
  name: z.string(),
  block: z.string(),
  blockName: z.string(),
  status: z.string().nullable(),
  statusName: z.string().nullable(),
  projected: z.number().nullable(),
  projectedRank: z.number().nullable(),
  final: z.number().nullable(),
  finalRank: z.number().nullable(),
});

/** A node of a criteria set, as the domain reads it (`Criterion`). */
export const criterionOut = z.object({
  code: z.string(),
  label: z.string(),
  parent: z.string().nullable(),
  level: z.number(),
  title: z.string(),
  maxPoints: z.number(),
  method: z.enum(SCORING_METHODS),
  thresholds: z.array(z.object({ min: z.number(), exclusive: z.boolean(), points: z.number() })),
  source: z.enum(DATA_SOURCES).nullable(),
  guide: z.string(),
  survey: z.boolean(),
  leaf: z.boolean(),
  row: z.number(),
});

export const setWithCriteriaOut = setOut.extend({ criteria: z.array(criterionOut) });

/** An evidence link as `presentEvidence` describes it. */
export const evidenceOut = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  kindName: z.string(),
  title: z.string(),
  reference: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  addedAt: z.string(),
});

const n = z.number().nullable();

/** One node of an assessment: its pre-score, the ward's own and the council's scores, the points counted. */
const assessedCriterionOut = criterionOut.omit({ thresholds: true, row: true }).extend({
  pre: z.object({ value: n, points: n, percent: n, calculation: z.string() }).nullable(),
  self: z
    .object({ value: z.number(), points: n, overrideReason: z.string().nullable(), note: z.string().nullable() })
    .nullable(),
  appraised: z.object({ value: z.number(), points: n, comment: z.string().nullable() }).nullable(),
  points: n,
  difference: n,
  evidence: z.array(evidenceOut),
});

/** A ward's assessment as `presentAssessment` builds it, for the ward's page and the city's appraisal page. */
export const assessmentOut = z.object({
  kind: z.enum(INDEX_KINDS),
  year: z.number(),
  ward: z.object({ code: z.string(), name: z.string() }),
  status: z.enum(ASSESSMENT_STATUSES),
  statusName: z.string(),
  set: z.object({
    id: z.string(),
    version: z.number(),
    title: z.string(),
    totalPoints: z.number(),
    deadline: z.string().nullable(),
  }),
  asOf: z.string(),
  criteria: z.array(assessedCriterionOut),
  totals: z.object({ max: z.number(), self: z.number(), counted: z.number(), final: n }),
  projected: z.object({
    score: z.number(),
    surveyEstimated: z.boolean(),
    rank: n,
    finalRank: n,
    of: z.number(),
    blockName: z.string().nullable(),
  }),
  lost: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      title: z.string(),
      maxPoints: z.number(),
      points: z.number(),
      lost: z.number(),
    }),
  ),
  appraisal: z.object({ at: z.string(), by: z.string().nullable(), comment: z.string().nullable() }).nullable(),
  answer: z.object({ text: z.string(), at: z.string().nullable() }).nullable(),
  submittedAt: z.string().nullable(),
  can: z.object({ edit: z.boolean(), submit: z.boolean(), answer: z.boolean(), appraise: z.boolean() }),
});

const text = z.string().nullable();

/** What the ward's own records offer as evidence of the year (`parRepository.evidenceOptions`). */
export const evidenceOptionsOut = z.object({
  tasks: z.array(z.object({ id: z.string(), no_label: text, no: n, content: z.string(), status: z.string() })),
  products: z.array(
    z.object({
      id: z.string(),
      task_id: z.string(),
      kind: z.string(),
      doc_number: text,
      doc_date: text,
      doc_title: text,
      file_name: text,
      no_label: text,
    }),
  ),
  reports: z.array(z.object({ id: z.string(), period: z.string(), number: text, sent_on: text })),
  inspections: z.array(
    z.object({
      id: z.string(),
      unit_name: z.string(),
      notice_number: text,
      notice_date: text,
      concluded_at: text,
    }),
  ),
  reviews: z.array(
    z.object({
      review_plan_id: z.string(),
      document_id: z.string(),
      conclusion: z.string(),
      number_symbol: z.string(),
      title: z.string(),
      plan_title: z.string(),
    }),
  ),
});
