import { INDEX_KINDS } from '@cchc/domain';
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
