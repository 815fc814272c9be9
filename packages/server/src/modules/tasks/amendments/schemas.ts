import { TIMEFRAME_KINDS } from '@cchc/domain';
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

const optionalText = z.string().optional();

/**
 * The task's fields as proposed (`amendmentIn`'s `fields` as parsed; empty for a drop). Partial: a stored proposal
 * keeps the keys it was entered with.
 */
export const proposalOut = z
  .object({
    content: z.string(),
    product: optionalText,
    areaCode: optionalText,
    leadUnitIds: z.array(z.string()),
    leadGroup: optionalText,
    coordinatorUnitIds: z.array(z.string()),
    coordinatorsGroup: optionalText,
    timeframeText: optionalText,
    timeframeKind: z.enum(TIMEFRAME_KINDS),
    startDate: optionalText,
    dueDate: optionalText,
  })
  .partial();
export type ProposalOut = z.infer<typeof proposalOut>;

/** The task's cells when the change or drop was proposed (`snapshot` in propose-amendment.ts). */
export const beforeOut = z
  .object({
    id: z.string(),
    no: z.number().nullable(),
    content: z.string(),
    product: z.string(),
    lead_text: z.string(),
    coordinators_text: z.string(),
    timeframe_text: z.string(),
    timeframe_kind: z.string(),
    due_date: z.string().nullable(),
  })
  .partial();
export type BeforeOut = z.infer<typeof beforeOut>;

export const amendmentOut = z.object({
  id: z.uuid(),
  action: z.enum(['add', 'change', 'drop']),
  taskId: z.uuid().nullable(),
  proposal: proposalOut,
  before: beforeOut.nullable(),
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
