import { REGISTER_KINDS } from '@cchc/domain';
import { z } from 'zod';

export const taskParams = z.object({ id: z.uuid() });
export const recordParams = z.object({ kind: z.enum(REGISTER_KINDS), id: z.string().trim().min(1).max(60) });

/** A register record chosen as the task's evidence: a review plan, a document, the year's expired list (its year)… */
export const linkIn = z.object({
  kind: z.enum(REGISTER_KINDS),
  recordId: z.string().trim().min(1).max(60),
});

export const recordOut = z.object({
  kind: z.enum(REGISTER_KINDS),
  id: z.string(),
  year: z.number(),
  title: z.string(),
  number: z.string().nullable(),
  date: z.string().nullable(),
  status: z.string().nullable(),
  done: z.number().nullable(),
  total: z.number().nullable(),
  url: z.string(),
});

export const taskRegistersOut = z.object({
  canLink: z.boolean(),
  linked: z.array(recordOut.extend({ linkedAt: z.string() })),
  suggestions: z.array(recordOut.extend({ score: z.number() })),
});

const taskRef = z.object({ id: z.uuid(), no: z.number().nullable(), content: z.string() });
export const recordTasksOut = z.object({
  record: recordOut,
  linked: z.array(taskRef),
  suggested: z.array(taskRef.extend({ score: z.number() })),
});
