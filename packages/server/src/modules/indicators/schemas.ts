import { z } from 'zod';

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
});

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
  processingTimes: z.array(
    z.object({ procedureCode: z.string(), dossiers: z.number(), averageWorkingDays: z.number() }),
  ),
  warnings: z.array(z.string()),
});

const counts = z.object({
  received: z.number(),
  online: z.number(),
  inPersonOrPost: z.number(),
  carriedOver: z.number(),
  processed: z.number(),
  early: z.number(),
  onTime: z.number(),
  late: z.number(),
  processing: z.number(),
  withinDeadline: z.number(),
  overdue: z.number(),
});

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
export const publicResultsQuery = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });

export const publicResultsOut = z.object({
  tenant: z.object({ code: z.string(), name: z.string() }),
  month: z.string(),
  provisional: z.boolean(),
  total: z.number().nullable(),
  band: z.string().nullable(),
  bandName: z.string().nullable(),
  indicators: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      rate: z.number().nullable(),
      points: z.number().nullable(),
      maxPoints: z.number(),
      source: z.enum(['computed', 'entered']),
    }),
  ),
  units: z.array(
    z.object({
      rank: z.number(),
      name: z.string(),
      total: z.number(),
      band: z.string().nullable(),
      bandName: z.string().nullable(),
    }),
  ),
});
