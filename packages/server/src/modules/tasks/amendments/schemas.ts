import { z } from 'zod';
import { taskFieldsIn } from '../schemas.js';

export const amendmentIn = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('add'),
    fields: taskFieldsIn,
    reason: z.string().trim().min(1).max(2000),
    confirmPastDue: z.boolean().optional(),
  }),
  z.object({
    action: z.literal('change'),
    taskId: z.uuid(),
    fields: taskFieldsIn,
    reason: z.string().trim().min(1).max(2000),
    /** A new deadline already past is kept only when the proposer confirms it. */
    confirmPastDue: z.boolean().optional(),
  }),
  z.object({ action: z.literal('drop'), taskId: z.uuid(), reason: z.string().trim().min(1).max(2000) }),
]);
export type AmendmentIn = z.infer<typeof amendmentIn>;

/**
 * The chairman's decision: a note (required to reject, optional to approve) and, when the approval is issued as
 * a decision, its number (`45/QĐ-UBND`); the use case checks the number's form and explains it in Vietnamese.
 */
export const decisionIn = z.object({
  note: z.string().trim().max(2000).optional(),
  decisionNumber: z.string().trim().max(60).optional(),
});

export const amendmentOut = z.object({
  id: z.uuid(),
  action: z.enum(['add', 'change', 'drop']),
  taskId: z.uuid().nullable(),
  proposal: z.record(z.string(), z.unknown()),
  before: z.record(z.string(), z.unknown()).nullable(),
  reason: z.string(),
  status: z.enum(['proposed', 'approved', 'rejected']),
  proposedBy: z.string().nullable(),
  unit: z.string().nullable(),
  proposedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  appliedVersion: z.number().nullable(),
});

export const amendmentListOut = z.object({
  canPropose: z.boolean(),
  canDecide: z.boolean(),
  items: z.array(amendmentOut),
});
export const amendmentParams = z.object({ id: z.uuid() });
