import {
  FEEDBACK_ACTIONS,
  FEEDBACK_CATEGORIES,
  FEEDBACK_CHANNELS,
  FEEDBACK_DEADLINE_KINDS,
  FEEDBACK_LIMITS,
  FEEDBACK_REACTIONS,
  FEEDBACK_REJECT_REASONS,
  FEEDBACK_STATUSES,
} from '@cchc/domain';
import { z } from 'zod';

const L = FEEDBACK_LIMITS;
/** A form field the citizen may leave empty: '' means "not given". */
const optional = <T extends z.ZodType>(schema: T) => z.union([schema, z.literal('')]).optional();

/** What the public form and an officer's intake both carry. */
const feedbackContent = {
  category: z.enum(FEEDBACK_CATEGORIES),
  title: z.string().trim().min(5).max(L.titleMax),
  text: z.string().trim().min(L.textMin).max(L.textMax),
  dossierCode: optional(z.string().trim().min(5).max(40)),
  legalDocumentId: optional(z.uuid()),
  /** The tracking code of an earlier feedback about the same matter. */
  relatedTrackingCode: optional(z.string().trim().max(30)),
  name: optional(z.string().trim().min(2).max(L.nameMax)),
  phone: optional(
    z
      .string()
      .trim()
      .regex(/^[0-9+ ().-]{6,30}$/),
  ),
  email: optional(z.email().max(L.contactMax)),
  address: optional(z.string().trim().max(L.contactMax)),
};

/** The public form; `website` is the honeypot a person never sees, so never fills in. */
export const publicSubmission = z.object({ ...feedbackContent, website: z.string().max(500).optional() });
export type PublicSubmission = z.infer<typeof publicSubmission>;

/** An officer's intake of feedback received at the counter, by phone or by letter. */
export const intakeSubmission = z.object({
  ...feedbackContent,
  channel: z.enum(FEEDBACK_CHANNELS).exclude(['online']),
  /** When it was received, if earlier than now (a letter entered the next morning). */
  receivedAt: z.iso.datetime({ offset: true }).optional(),
  unitId: z.uuid().optional(),
});
export type IntakeSubmission = z.infer<typeof intakeSubmission>;
export type FeedbackContent = Omit<PublicSubmission, 'website'>;

export const submitted = z.object({
  id: z.uuid().optional(),
  trackingCode: z.string(),
  complaintKinds: z.array(z.string()),
});

export const tenantCodeParams = z.object({ tenantCode: z.string().regex(/^[a-z0-9-]{2,60}$/) });
export const trackParams = tenantCodeParams.extend({ code: z.string().min(10).max(30) });
export const publishedParams = tenantCodeParams.extend({ id: z.uuid() });
export const idParams = z.object({ id: z.uuid() });
export const attachmentParams = idParams.extend({ attachmentId: z.uuid() });
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});

export const listQuery = pageQuery.extend({
  status: z.enum([...FEEDBACK_STATUSES, 'open']).optional(),
  unitId: z.uuid().optional(),
});

export const supplyInfoBody = z.object({ text: z.string().trim().min(L.textMin).max(L.textMax) });

export const reactionBody = z.object({
  reaction: z.enum(FEEDBACK_REACTIONS),
  /** A random id the browser keeps, so one person's second click changes the first. */
  voterToken: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/)
    .optional(),
  /** With a dislike: why the citizen is not satisfied. */
  reason: z.string().trim().max(L.reasonMax).optional(),
});

/** A published answer's counts after a citizen's reaction. */
export const reactionCounts = z.object({ likes: z.number(), dislikes: z.number() });

const note = z.string().trim().max(2_000).optional();
const publicVersion = {
  publicTitle: z.string().trim().min(5).max(L.titleMax),
  publicText: z.string().trim().min(L.textMin).max(L.textMax),
  publicAnswer: z.string().trim().min(L.textMin).max(L.answerMax),
};

/** The body of each action, by its name in the URL. */
export const ACTION_BODIES = {
  route: z.object({ unitId: z.uuid(), note }),
  transfer: z.object({ unitId: z.uuid(), note }),
  transfer_out: z.object({ agency: z.string().trim().min(3).max(300), note }),
  request_info: z.object({ text: z.string().trim().min(L.textMin).max(2_000) }),
  supply_info: supplyInfoBody,
  reject: z.object({ reason: z.enum(FEEDBACK_REJECT_REASONS), note: z.string().trim().min(5).max(2_000) }),
  submit_answer: z.object({ answer: z.string().trim().min(L.textMin).max(L.answerMax) }),
  return_answer: z.object({ note: z.string().trim().min(3).max(2_000) }),
  approve: z.object({ publish: z.boolean().default(false), ...z.object(publicVersion).partial().shape }),
  publish: z.object(publicVersion),
} as const;
export type ActionBodies = { [K in keyof typeof ACTION_BODIES]: z.infer<(typeof ACTION_BODIES)[K]> };

export const actionParams = idParams.extend({ action: z.enum(FEEDBACK_ACTIONS) });

export const linkBody = z.object({ relatedTrackingCode: z.string().trim().min(10).max(30) });

export const settingsBody = z.object({
  rejectDays: z.number().int().min(1).max(60),
  infoRequestDays: z.number().int().min(1).max(60),
  answerDays: z.number().int().min(1).max(90),
  publishDays: z.number().int().min(1).max(60),
  remindBefore: z.number().int().min(0).max(10),
  intakeUnitId: z.uuid().nullable(),
});

export const settingsOut = settingsBody;

const unitRef = z.object({ id: z.uuid(), name: z.string() }).nullable();
const deadlineOut = z.object({
  kind: z.enum(FEEDBACK_DEADLINE_KINDS),
  due: z.string(),
  state: z.enum(['within', 'due_soon', 'overdue']),
});

export const feedbackOut = z.object({
  id: z.uuid(),
  trackingCode: z.string(),
  channel: z.enum(FEEDBACK_CHANNELS),
  category: z.enum(FEEDBACK_CATEGORIES),
  title: z.string(),
  text: z.string(),
  dossierCode: z.string().nullable(),
  legalDocumentId: z.uuid().nullable(),
  submitter: z.object({
    name: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
  }),
  complaintKinds: z.array(z.string()),
  related: z.object({ id: z.uuid(), trackingCode: z.string() }).nullable(),
  status: z.enum(FEEDBACK_STATUSES),
  unit: unitRef,
  submittedAt: z.string(),
  deadlines: z.array(deadlineOut),
  infoRequest: z.object({ at: z.string(), text: z.string(), supplied: z.string().nullable() }).nullable(),
  closed: z
    .object({
      at: z.string(),
      reason: z.string().nullable(),
      note: z.string().nullable(),
      agency: z.string().nullable(),
    })
    .nullable(),
  answer: z.string().nullable(),
  returnNote: z.string().nullable(),
  approvedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  public: z.object({ title: z.string(), text: z.string(), answer: z.string() }).nullable(),
});
export type FeedbackOut = z.infer<typeof feedbackOut>;

export const feedbackDetailOut = feedbackOut.extend({
  events: z.array(
    z.object({
      action: z.string(),
      at: z.string(),
      actor: z.string().nullable(),
      fromUnit: z.string().nullable(),
      toUnit: z.string().nullable(),
      agency: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  attachments: z.array(z.object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), size: z.number() })),
  reactions: z.object({ likes: z.number(), dislikes: z.number(), reasons: z.array(z.string()) }),
  repeats: z.array(z.object({ id: z.uuid(), trackingCode: z.string() })),
  actions: z.array(z.enum(FEEDBACK_ACTIONS)),
  timing: z.object({
    onTime: z.boolean(),
    steps: z.partialRecord(z.enum(FEEDBACK_DEADLINE_KINDS), z.enum(['on_time', 'late', 'pending'])),
  }),
  /** The text suggested for publication: personal data removed, to review before publishing. */
  publicDraft: z.object({ title: z.string(), text: z.string(), answer: z.string() }),
});

export const publicFeedbackOut = z.object({
  id: z.uuid(),
  category: z.enum(FEEDBACK_CATEGORIES),
  title: z.string(),
  text: z.string(),
  answer: z.string(),
  unitName: z.string().nullable(),
  submittedOn: z.string(),
  publishedAt: z.string(),
  likes: z.number(),
  dislikes: z.number(),
});

export const publicPageOut = z.object({ total: z.number(), items: z.array(publicFeedbackOut) });

export const trackOut = z.object({
  trackingCode: z.string(),
  status: z.enum(FEEDBACK_STATUSES),
  category: z.enum(FEEDBACK_CATEGORIES),
  title: z.string(),
  submittedAt: z.string(),
  unitName: z.string().nullable(),
  infoRequest: z.string().nullable(),
  closed: z
    .object({ reason: z.string().nullable(), note: z.string().nullable(), agency: z.string().nullable() })
    .nullable(),
  publishedId: z.uuid().nullable(),
  answer: z.string().nullable(),
});

export const publicInfoOut = z.object({
  tenant: z.object({ code: z.string(), name: z.string() }),
  /** The ward's legal documents in force, for feedback about one of them (task 19 of the plan). */
  documents: z.array(z.object({ id: z.uuid(), numberSymbol: z.string(), title: z.string() })),
  categories: z.array(z.enum(FEEDBACK_CATEGORIES)),
  limits: z.object({
    titleMax: z.number(),
    textMin: z.number(),
    textMax: z.number(),
    attachmentsMax: z.number(),
    attachmentBytesMax: z.number(),
    /** The file input's `accept`: `.pdf,.doc,.docx,.jpg,.jpeg,.png`. */
    accept: z.string(),
  }),
});
