import type { CompletionFigures, ProcessingCounts } from '@cchc/domain';
import { z } from 'zod';

// The output schemas of figures several modules answer with: one each, checked against the domain's type, so the
// OpenAPI document (and the web's generated types) name one shape.

/** The completion figures of a plan's tasks (the dashboard, the report's snapshot). */
export const completionFiguresOut = z.object({
  total: z.number(),
  completed: z.number(),
  completedOnTime: z.number(),
  completedLate: z.number(),
  notDone: z.number(),
  overdue: z.number(),
  dueSoFar: z.number(),
  onTimeRate: z.number().nullable(),
  completionRate: z.number().nullable(),
  yearEnd: z.object({ total: z.number(), maxOnTime: z.number(), maxRate: z.number().nullable() }),
}) satisfies z.ZodType<CompletionFigures>;

/** The eleven figures of a form II.06a row. */
export const processingCountsOut = z.object({
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
}) satisfies z.ZodType<ProcessingCounts>;
