import { BLOCKS, CITY_MEASURES, TASK_STATUSES } from '@cchc/domain';
import { z } from 'zod';
import { completionFiguresOut } from '../../http/figure-schemas.js';
import { publicResultsOut } from '../indicators/index.js';

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2])|-[Qq][1-4])?$/;
const periodField = z
  .string()
  .trim()
  .regex(PERIOD, { message: 'Kỳ phải là tháng (2026-03), quý (2026-Q1) hoặc năm (2026)' });

export const rankingsQuery = z.object({ period: periodField, measure: z.enum(CITY_MEASURES).default('766') });
export const overviewQuery = z.object({ period: periodField });
export const wardParams = z.object({ code: z.string().trim().min(1).max(60) });
export const seriesQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

const tenantKind = z.enum(['city', 'ward', 'commune', 'special_zone']);
const reasonCode = z.enum([
  'too_few_dossiers',
  'no_data',
  'no_plan',
  'no_tasks_due',
  'no_units',
  'no_reports_due',
  'inactive',
]);

export const rankingRowOut = z.object({
  code: z.string(),
  name: z.string(),
  kind: tenantKind,
  block: z.enum(BLOCKS),
  blockName: z.string(),
  value: z.number().nullable(),
  rank: z.number().int().nullable(),
  reason: z.string().nullable(),
  reasonCode: reasonCode.nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  previousValue: z.number().nullable(),
  previousRank: z.number().int().nullable(),
  movement: z.number().int().nullable(),
});

export const rankingsOut = z.object({
  period: z.string(),
  measure: z.enum(CITY_MEASURES),
  previousPeriod: z.string(),
  rows: z.array(rankingRowOut),
});

const figureOut = z.object({
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  rank: z.number().int().nullable(),
  reason: z.string().nullable(),
  reasonCode: reasonCode.nullable(),
});

export const overviewOut = z.object({
  period: z.string(),
  previousPeriod: z.string(),
  rows: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kind: tenantKind,
      block: z.enum(BLOCKS),
      blockName: z.string(),
      band: z.string().nullable(),
      bandName: z.string().nullable(),
      dossiers: z.number(),
      measures: z.object({
        '766': figureOut,
        plan: figureOut,
        inspection: figureOut,
        feedback: figureOut,
        reports: figureOut,
      }),
      previousRank: z.number().int().nullable(),
      movement: z.number().int().nullable(),
    }),
  ),
});

export const seriesOut = z.object({
  code: z.string(),
  name: z.string(),
  year: z.number(),
  months: z.array(
    z.object({
      month: z.string(),
      '766': z.number().nullable(),
      plan: z.number().nullable(),
      inspection: z.number().nullable(),
      feedback: z.number().nullable(),
      reports: z.number().nullable(),
    }),
  ),
});

/** A measure's reading of one ward (`MeasureReading`): `reason` is the code of why there is no value. */
const readingOut = z.object({
  value: z.number().nullable(),
  reason: reasonCode.nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  detail: z.record(z.string(), z.number()).optional(),
});

const planTaskOut = z.object({
  no: z.number().nullable(),
  content: z.string(),
  status: z.enum(TASK_STATUSES),
  dueDate: z.string().nullable(),
  source: z.string(),
  evidence: z.array(z.string()),
});

/** A ward's plan of a year by reform area (`planProgress`), as the city and the ward's portal show it. */
export const planProgressOut = z
  .object({
    plan: z.object({ year: z.number(), title: z.string() }),
    completion: completionFiguresOut,
    areas: z.array(
      z.object({ code: z.string(), title: z.string(), figures: completionFiguresOut, tasks: z.array(planTaskOut) }),
    ),
  })
  .nullable();

// The staff's 766 report of a ward (`indicatorsJson`): the public figures' fields, with each row's target and
// evidence and the dossiers to fix.
const published = publicResultsOut.shape;
const wardIndicatorsOut = publicResultsOut
  .pick({
    provisional: true,
    judgedOn: true,
    dossierCount: true,
    insufficientData: true,
    total: true,
    band: true,
    bandName: true,
  })
  .extend({
    period: z.string(),
    tenant: z.string(),
    indicators: z.array(
      published.indicators.element.extend({ target: z.number().nullable(), evidence: z.string().optional() }),
    ),
    missingDueDate: z.object({ dossierCodes: z.array(z.string()), procedureCodes: z.array(z.string()) }),
    warnings: z.array(z.string()),
  });

/** One ward seen from the city (GET /city/wards/:code). */
export const wardDetailOut = z.object({
  ward: z.object({ code: z.string(), name: z.string(), kind: tenantKind }),
  period: z.string(),
  indicators: wardIndicatorsOut,
  dossiers: z.number(),
  plan: planProgressOut,
  inspection: readingOut,
  feedback: readingOut,
  reports: readingOut,
  reportList: z.array(
    z.object({
      period: z.string(),
      due_date: z.string(),
      sent_on: z.string().nullable(),
      number: z.string().nullable(),
    }),
  ),
});

/** The city's tasks with their progress ward by ward (GET /city/tasks). */
export const cityTasksOut = z.array(
  z.object({
    id: z.uuid(),
    content: z.string(),
    document: z.object({ number: z.string(), date: z.string(), title: z.string().nullable() }),
    dueDate: z.string().nullable(),
    scope: z.enum(['all', 'block', 'wards']),
    block: z.enum(BLOCKS).nullable(),
    wards: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        taskId: z.uuid(),
        status: z.enum(TASK_STATUSES),
        progress: z.number(),
        completedOn: z.string().nullable(),
        dueDate: z.string().nullable(),
      }),
    ),
    completed: z.number().int(),
  }),
);

/** A city task assigned: the wards it reached and those skipped (no plan in use). */
export const cityTaskCreated = z.object({ id: z.uuid(), assigned: z.array(z.string()), skipped: z.array(z.string()) });
