import { TARGET_STATUSES } from '@cchc/domain';
import { z } from 'zod';
import { completionFiguresOut } from '../../http/figure-schemas.js';

const readingOut = z.object({
  value: z.number().nullable(),
  asOf: z.string(),
  origin: z.enum(['computed', 'entered']),
  method: z.string(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  evidence: z
    .object({
      number: z.string().nullable(),
      date: z.string().nullable(),
      fileName: z.string().nullable(),
      note: z.string().nullable(),
    })
    .optional(),
  projection: z
    .object({ value: z.number().nullable(), numerator: z.number(), denominator: z.number(), method: z.string() })
    .optional(),
});

const measureOut = z.object({
  metric: z.string(),
  comparator: z.enum(['<=', '>=', '=', '>', '<']),
  target: z.number(),
  unit: z.string(),
  scope: z.string().nullable(),
  baseline: z.string().nullable(),
  origin: z.enum(['computed', 'entered']),
  reading: readingOut.nullable(),
  previousValue: z.number().nullable(),
  status: z.enum(TARGET_STATUSES),
});

export const targetOut = z.object({
  code: z.string(),
  text: z.string(),
  status: z.enum(TARGET_STATUSES),
  measures: z.array(measureOut),
});

export const targetsOut = z.object({
  plan: z.object({ id: z.uuid(), year: z.number() }).nullable(),
  today: z.string(),
  previousPeriod: z.object({ period: z.string(), due: z.string() }).nullable(),
  canEnter: z.boolean(),
  targets: z.array(targetOut),
});

export const entryIn = z.object({
  metric: z.string().trim().min(1).max(80),
  value: z.number().finite().min(-1e12).max(1e12),
  asOf: z.iso.date(),
  evidenceNumber: z.string().trim().min(1).max(100).optional(),
  evidenceDate: z.iso.date().optional(),
  note: z.string().trim().min(1).max(2000).optional(),
});
export type EntryIn = z.infer<typeof entryIn>;

export const codeParams = z.object({ code: z.string().trim().min(1).max(10) });

export const figuresOut = completionFiguresOut;

const taskBrief = z.object({
  id: z.uuid(),
  no: z.number().nullable(),
  content: z.string(),
  dueDate: z.string().nullable(),
  unit: z.string().nullable(),
  workingDays: z.number().nullable(),
});

export const dashboardOut = z.object({
  plan: z.object({ id: z.uuid(), year: z.number() }).nullable(),
  today: z.string(),
  completion: figuresOut.nullable(),
  byArea: z.array(z.object({ code: z.string(), title: z.string(), figures: figuresOut })),
  byUnit: z.array(z.object({ unitId: z.uuid(), name: z.string(), figures: figuresOut })),
  overdue: z.array(taskBrief),
  dueSoon: z.array(taskBrief),
  recentCompletions: z.array(taskBrief.extend({ completedOn: z.string().nullable(), onTime: z.boolean() })),
  awaitingReview: z.number(),
  updateMissing: z.number(),
  months: z.array(
    z.object({
      month: z.number(),
      due: z.number(),
      completedOnTime: z.number(),
      completedLate: z.number(),
      open: z.number(),
    }),
  ),
  targets: z.array(targetOut),
});
