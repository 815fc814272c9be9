import { z } from 'zod';
import { httpUrl, nonEmptyPatch } from '../../http/safe-schemas.js';

export const idParams = z.object({ id: z.uuid() });
const reason = z.string().trim().min(3).max(2000);
const note = z.string().trim().max(2000).optional();
const instant = z.iso.datetime({ offset: true });

export const applicantIn = z.object({
  name: z.string().trim().min(2).max(200),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{8,20}$/),
  email: z.email().nullable().optional(),
  address: z.string().trim().min(2).max(500),
  idNumber: z
    .string()
    .trim()
    .regex(/^\d{9,12}$/)
    .nullable()
    .optional(),
});

export const componentIn = z.object({
  name: z.string().trim().min(1).max(500),
  form: z.string().trim().max(100).optional(),
  copies: z.number().int().min(1).max(100).optional(),
  hasFile: z.boolean().default(false),
});

/** A counter intake, or an online submission registered before it is accepted (status 1). */
export const intakeIn = z.object({
  procedureId: z.uuid(),
  channel: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  applicant: applicantIn,
  components: z.array(componentIn).max(50).default([]),
  unitId: z.uuid().nullable().optional(),
  stage: z.enum(['accepted', 'registered']).default('accepted'),
});
export type IntakeIn = z.infer<typeof intakeIn>;

const feeLineIn = z.object({ name: z.string().trim().min(1).max(300), amount: z.number().int().min(0) });

/** Bodies of the actions, by action name: each has its own fields, checked before the move. */
export const ACTION_BODIES = {
  accept: z.object({ note }),
  refuse: z.object({ reason }),
  start: z.object({ note }),
  request_supplement: z.object({ items: z.array(z.string().trim().min(1).max(500)).min(1).max(30), reason }),
  receive_supplement: z.object({ note }),
  request_payment: z.object({ feeLines: z.array(feeLineIn).max(20).optional() }),
  record_payment: z.object({
    place: z.enum(['portal', 'gateway', 'offline']),
    amount: z.number().int().min(0),
    paidAt: instant.optional(),
  }),
  withdraw: z.object({ reason }),
  stop: z.object({ reason }),
  finish: z.object({ resultCode: z.string().trim().max(200).optional(), resultFileUrl: httpUrl().optional(), note }),
  return_result: z.object({ note }),
  assign: z.object({ userId: z.uuid().nullable() }),
  handover: z
    .object({
      toUnitId: z.uuid().optional(),
      toAgency: z.string().trim().min(2).max(300).optional(),
      note,
    })
    .refine((b) => (b.toUnitId === undefined) !== (b.toAgency === undefined), {
      message: 'Chọn một đơn vị của phường hoặc ghi tên cơ quan khác',
    }),
  receive_handover: z.object({ note }),
} as const;

/** The action names of `POST /dossiers/:id/actions/:action`. */
export type DossierAction = keyof typeof ACTION_BODIES;
export const DOSSIER_ACTIONS = Object.keys(ACTION_BODIES) as DossierAction[];

/** Fields an officer corrects or completes: components and their files, the result, the 766 flags. */
export const dossierPatch = nonEmptyPatch(
  z.object({
    components: z.array(componentIn).max(50).optional(),
    unitId: z.uuid().nullable().optional(),
    resultCode: z.string().trim().max(200).nullable().optional(),
    resultFileUrl: httpUrl().nullable().optional(),
    /** Fee lines as assessed; an exempt applicant has lines of 0. */
    feeLines: z.array(feeLineIn).max(20).optional(),
    digitised: z.boolean().optional(),
    reused: z.boolean().optional(),
    vneid: z.boolean().optional(),
    synced: z.boolean().optional(),
  }),
);
export type DossierPatch = z.infer<typeof dossierPatch>;

/** The apology letter (form 04): the reason, the new date and, when the ward numbers its letters, the number. */
export const apologyIn = z.object({ reason, newDueAt: instant, letterNumber: z.string().trim().max(60).optional() });

const booleanText = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const listQuery = z.object({
  status: z
    .string()
    .regex(/^\d{1,2}(,\d{1,2})*$/)
    .optional(),
  procedureId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  channel: z.coerce.number().int().min(1).max(3).optional(),
  timing: z.enum(['overdue', 'due_soon', 'paused']).optional(),
  mine: booleanText,
  apologyProposed: booleanText,
  q: z.string().trim().max(100).optional(),
  receivedFrom: z.iso.date().optional(),
  receivedTo: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListQuery = z.infer<typeof listQuery>;

export const settingsIn = z.object({
  agencyCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9.]{2,40}$/),
  secondSupplement: z.enum(['allow', 'warn', 'refuse']),
  /** 'unit': only the handling unit's staff and the assignee act on a dossier (the counter still takes in). */
  actionScope: z.enum(['ward', 'unit']).optional(),
});
export const settingsOut = z.object({
  agencyCode: z.string().nullable(),
  secondSupplement: z.enum(['allow', 'warn', 'refuse']),
  actionScope: z.enum(['ward', 'unit']),
});
