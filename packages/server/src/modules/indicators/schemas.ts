import { INDICATOR_CODES } from '@cchc/domain';
import { z } from 'zod';
import { processingCountsOut } from '../../http/figure-schemas.js';

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2])|-[Qq][1-4])?$/;

export const reportQuery = z.object({
  period: z.string().regex(PERIOD),
  unitId: z.uuid().optional(),
  /** A city admin reads any ward's figures by its code. */
  tenantCode: z.string().trim().max(60).optional(),
});

export const tableQuery = z.object({
  period: z.string().regex(PERIOD),
  grouping: z.enum(['unit', 'field', 'unit_and_field']).default('unit_and_field'),
  tenantCode: z.string().trim().max(60).optional(),
});

export const entriesQuery = z.object({ period: z.string().regex(PERIOD) });

const indicatorRow = z.object({
  code: z.string(),
  group: z.number(),
  name: z.string(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  rate: z.number().nullable(),
  points: z.number().nullable(),
  maxPoints: z.number(),
  target: z.number().nullable(),
  source: z.enum(['computed', 'entered']),
  evidence: z.string().optional(),
  formula: z.object({ numerator: z.string(), denominator: z.string() }),
  clause: z.string(),
});

/** The judging moment, the band rule and the dossiers to fix, common to the staff and public figures. */
const figureContext = {
  provisional: z.boolean(),
  judgedOn: z.string(),
  dossierCount: z.number(),
  insufficientData: z.boolean(),
};

export const reportOut = z.object({
  period: z.string(),
  from: z.string(),
  to: z.string(),
  tenant: z.object({ code: z.string(), name: z.string() }),
  unitId: z.string().nullable(),
  indicators: z.array(indicatorRow),
  total: z.number().nullable(),
  awardedPoints: z.number(),
  applicableMaxPoints: z.number(),
  band: z.string().nullable(),
  bandName: z.string().nullable(),
  ...figureContext,
  missingDueDate: z.object({ dossierCodes: z.array(z.string()), procedureCodes: z.array(z.string()) }),
  processingTimes: z.array(
    z.object({ procedureCode: z.string(), dossiers: z.number(), averageWorkingDays: z.number() }),
  ),
  warnings: z.array(z.string()),
});

const counts = processingCountsOut;

export const tableOut = z.object({
  period: z.string(),
  from: z.string(),
  to: z.string(),
  rows: z.array(
    z.object({ unitId: z.string().nullable(), unitName: z.string().nullable(), field: z.string().nullable(), counts }),
  ),
  total: counts,
  problems: z.array(z.object({ row: z.string().nullable(), rule: z.string(), message: z.string() })),
  apologiesIssued: z.number(),
});

export const entryOut = z.object({
  period: z.string(),
  code: z.string(),
  numerator: z.number(),
  denominator: z.number(),
  evidence: z.string(),
  enteredAt: z.string(),
});

export const publicResultsParams = z.object({ tenantCode: z.string().trim().min(2).max(60) });
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const publicResultsQuery = z.object({
  month: z.string().regex(MONTH),
  /** An earlier revision of a published month; the latest without it. */
  revision: z.coerce.number().int().min(1).max(10_000).optional(),
});

export const membersParams = z.object({ code: z.enum(INDICATOR_CODES) });
export const membersQuery = reportQuery.extend({
  part: z.enum(['numerator', 'denominator', 'excluded']).default('denominator'),
});
export const membersOut = z.object({
  period: z.string(),
  code: z.string(),
  kind: z.enum(['dossier', 'procedure']),
  part: z.enum(['numerator', 'denominator', 'excluded']),
  numerator: z.number(),
  denominator: z.number(),
  count: z.number(),
  items: z.array(
    z.object({
      code: z.string(),
      inNumerator: z.boolean(),
      procedureCode: z.string().nullable().optional(),
      status: z.number().nullable().optional(),
      statusName: z.string().nullable().optional(),
      receivedAt: z.string().nullable().optional(),
      dueAt: z.string().nullable().optional(),
    }),
  ),
  late: z.array(z.string()).optional(),
  complained: z.array(z.string()).optional(),
});

export const publicationIn = z.object({ month: z.string().regex(MONTH) });
export const publicationsQuery = z.object({ month: z.string().regex(MONTH) });
const revisionOut = z.object({ revision: z.number(), publishedAt: z.string(), reason: z.string() });
export const publicationsOut = z.array(revisionOut.extend({ figures: z.unknown() }));

export const publicResultsOut = z.object({
  tenant: z.object({ code: z.string(), name: z.string() }),
  month: z.string(),
  ...figureContext,
  total: z.number().nullable(),
  band: z.string().nullable(),
  bandName: z.string().nullable(),
  indicators: z.array(
    indicatorRow.pick({
      code: true,
      name: true,
      numerator: true,
      denominator: true,
      rate: true,
      points: true,
      maxPoints: true,
      source: true,
      formula: true,
      clause: true,
    }),
  ),
  units: z.array(
    z.object({
      rank: z.number(),
      name: z.string(),
      total: z.number(),
      band: z.string().nullable(),
      bandName: z.string().nullable(),
      insufficientData: z.boolean(),
    }),
  ),
  /** The revision shown of a closed month (null while the month runs), when it was published, and all revisions. */
  revision: z.number().nullable(),
  publishedAt: z.string().nullable(),
  revisions: z.array(revisionOut),
});
