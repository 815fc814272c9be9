import { z } from 'zod';
import { reasonedMessageSchema } from '../../http/error-body.js';
import { limitSchema } from '../procedures/index.js';
import { DOSSIER_ACTIONS } from './schemas.js';

/** A request for supplements and its answer, as a dossier's page and a citizen's data export show it. */
export const supplementOut = z.object({
  requestedAt: z.string(),
  suppliedAt: z.string().nullable(),
  agency: z.string(),
  items: z.array(z.string()),
  reason: z.string(),
});

/** How a dossier stands: open ones within / due soon / overdue / paused, finished ones early / on time / late. */
export const TIMINGS = ['within', 'due_soon', 'overdue', 'paused', 'early', 'on_time', 'late'] as const;
export type DossierTiming = (typeof TIMINGS)[number];

/** What the officer may do on the dossier page: the actions plus editing, the apology letter and documents. */
export const ALLOWED = [...DOSSIER_ACTIONS, 'update', 'apology'] as const;

export const dossierOut = z.object({
  id: z.string(),
  code: z.string(),
  procedure: z.object({ id: z.string(), code: z.string(), name: z.string(), field: z.string() }),
  unitId: z.string().nullable(),
  status: z.number(),
  channel: z.number().nullable(),
  applicantName: z.string(),
  submittedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  currentDueAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  timing: z.enum(TIMINGS).nullable(),
  assigneeId: z.string().nullable(),
  holder: z.string().nullable(),
  apology: z.enum(['proposed', 'issued']).nullable(),
  source: z.enum(['counter', 'import']),
});
export type DossierOut = z.infer<typeof dossierOut>;

export const dossierPageOut = z.object({
  items: z.array(dossierOut),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

const component = z.object({
  name: z.string(),
  form: z.string().optional(),
  copies: z.number().optional(),
  hasFile: z.boolean(),
});

export const dossierDetailOut = dossierOut.extend({
  /** The procedure's time limit, printed on the receipt slip. */
  limit: limitSchema.nullable(),
  applicant: z.object({
    name: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
    idNumber: z.string().nullable(),
  }),
  components: z.array(component),
  history: z.array(z.object({ status: z.number(), at: z.string() })),
  supplements: z.array(supplementOut),
  feeLines: z.array(z.object({ name: z.string(), amount: z.number() })),
  payments: z.array(z.object({ place: z.string(), paidAt: z.string(), amount: z.number() })),
  result: z.object({ code: z.string().nullable(), fileUrl: z.string().nullable() }),
  flags: z.object({ digitised: z.boolean(), reused: z.boolean(), vneid: z.boolean(), synced: z.boolean() }),
  handovers: z.array(
    z.object({
      no: z.number(),
      fromName: z.string(),
      toName: z.string(),
      toUnitId: z.string().nullable(),
      liaison: z.boolean(),
      givenAt: z.string(),
      receivedAt: z.string().nullable(),
      budgetHours: z.number().nullable(),
      result: z.enum(['early', 'on_time', 'late']).nullable(),
      note: z.string().nullable(),
    }),
  ),
  apologyLetter: z
    .object({
      proposedAt: z.string().nullable(),
      dueAt: z.string(),
      agency: z.string(),
      issuedAt: z.string().nullable(),
      reason: z.string().nullable(),
      newDueAt: z.string().nullable(),
      letterNumber: z.string().nullable(),
    })
    .nullable(),
  rating: z
    .object({
      satisfied: z.boolean(),
      criteria: z.array(z.string()),
      comment: z.string().nullable(),
      ratedAt: z.string(),
    })
    .nullable(),
  timeline: z.array(z.object({ at: z.string(), action: z.string(), actorName: z.string().nullable() })),
  assigneeName: z.string().nullable(),
  allowed: z.array(z.enum(ALLOWED)),
  /** What the officer should know about the action just done (a second supplement request…). */
  warnings: z.array(reasonedMessageSchema),
});
export type DossierDetailOut = z.infer<typeof dossierDetailOut>;
