import { z } from 'zod';

/** A time limit: working days or working hours (8 h = 1 day), or none. */
export const limitSchema = z.union([
  z.object({ days: z.number().min(0).max(365) }),
  z.object({ hours: z.number().min(0).max(2920) }),
]);

export const ONLINE_LEVELS = ['none', 'partial', 'full'] as const;

export const stepIn = z.object({
  name: z.string().trim().min(1).max(300),
  unitId: z.uuid().nullable().optional(),
  agency: z.string().trim().min(1).max(300).nullable().optional(),
  budgetHours: z.number().min(0).max(2920),
});

/** A procedure as the catalogue form sends it. */
export const procedureIn = z.object({
  code: z.string().trim().min(1).max(60),
  name: z.string().trim().min(2).max(1000),
  field: z.string().trim().min(1).max(300),
  limit: limitSchema.nullable(),
  fee: z.number().int().min(0).max(1_000_000_000_000).nullable(),
  onlineLevel: z.enum(ONLINE_LEVELS),
  returnsPaperResult: z.boolean(),
  unitId: z.uuid().nullable().optional(),
  components: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
  steps: z.array(stepIn).max(30).default([]),
  active: z.boolean().default(true),
});
export type ProcedureIn = z.infer<typeof procedureIn>;

export const stepOut = z.object({
  no: z.number(),
  name: z.string(),
  unitId: z.string().nullable(),
  agency: z.string().nullable(),
  budgetHours: z.number(),
});

export const procedureOut = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  field: z.string(),
  limit: limitSchema.nullable(),
  fee: z.number().nullable(),
  onlineLevel: z.enum(ONLINE_LEVELS),
  returnsPaperResult: z.boolean(),
  unitId: z.string().nullable(),
  components: z.array(z.string()),
  steps: z.array(stepOut),
  incomplete: z.boolean(),
  demo: z.boolean(),
  active: z.boolean(),
});
export type ProcedureOut = z.infer<typeof procedureOut>;

export const listQuery = z.object({
  incomplete: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(200).optional(),
});

export const idParams = z.object({ id: z.uuid() });

export const importReportOut = z.object({
  created: z.number(),
  updated: z.number(),
  rejected: z.array(z.object({ row: z.number(), code: z.string().nullable(), reason: z.string() })),
});
