import { LEGAL_STATUSES, type LegalStatus } from '@cchc/domain';
import { z } from 'zod';
import { nonEmptyPatch } from '../../http/safe-schemas.js';

const date = z.iso.date();
const DOC_TYPES = ['resolution', 'decision'] as const;
/** Shown statuses: the stored ones and `not_yet_effective`, which the dates alone make. */
const STATUSES = LEGAL_STATUSES as [LegalStatus, ...LegalStatus[]];
const RELATIONS = ['amends', 'replaces', 'repeals'] as const;
const CONCLUSIONS = ['keep', 'amend', 'replace', 'repeal', 'expired'] as const;

export const idParams = z.object({ id: z.uuid() });
export const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2199) });
export const resultParams = idParams.extend({ documentId: z.uuid() });
export const listQuery = z.object({ status: z.enum(STATUSES).optional(), q: z.string().trim().max(100).optional() });

const documentFields = {
  /** Số, ký hiệu: `05/2026/QĐ-UBND`. */
  numberSymbol: z.string().trim().min(3).max(60),
  docType: z.enum(DOC_TYPES),
  title: z.string().trim().min(5).max(1_000),
  issuer: z.string().trim().min(3).max(200),
  signedOn: date,
  effectiveOn: date,
  expiresOn: date.nullable().optional(),
};

export const documentCreate = z
  .object(documentFields)
  .refine((d) => d.effectiveOn >= d.signedOn, {
    message: 'Ngày có hiệu lực không được trước ngày ký.',
    path: ['effectiveOn'],
  })
  .refine((d) => !d.expiresOn || d.expiresOn > d.effectiveOn, {
    message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.',
    path: ['expiresOn'],
  });
export type DocumentCreate = z.infer<typeof documentCreate>;

export const documentPatch = nonEmptyPatch(z.object(documentFields).partial());

/** Marks a document expired, amended, replaced or repealed; the acting document is required but for expiry. */
export const statusChange = z
  .object({
    status: z.enum(['expired', 'amended', 'replaced', 'repealed']),
    byDocumentId: z.uuid().optional(),
    effectiveOn: date,
    note: z.string().trim().max(2_000).optional(),
  })
  .refine((c) => c.status === 'expired' || !!c.byDocumentId, {
    message: 'Chọn văn bản sửa đổi, thay thế hoặc bãi bỏ.',
    path: ['byDocumentId'],
  });
export type StatusChange = z.infer<typeof statusChange>;

export const reviewPlanCreate = z.object({
  year: z.number().int().min(2000).max(2199),
  title: z.string().trim().min(5).max(300),
  reference: z.string().trim().max(60).optional(),
  dueOn: date.optional(),
});

export const reviewResultBody = z.object({
  conclusion: z.enum(CONCLUSIONS),
  note: z.string().trim().max(2_000).optional(),
});

const docRef = z.object({ id: z.uuid(), numberSymbol: z.string(), title: z.string(), status: z.enum(STATUSES) });

export const documentOut = z.object({
  id: z.uuid(),
  numberSymbol: z.string(),
  docType: z.enum(DOC_TYPES),
  title: z.string(),
  issuer: z.string(),
  signedOn: z.string(),
  effectiveOn: z.string(),
  expiresOn: z.string().nullable(),
  status: z.enum(STATUSES),
  endedOn: z.string().nullable(),
  file: z.object({ name: z.string(), type: z.string(), size: z.number() }).nullable(),
});

export const documentDetailOut = documentOut.extend({
  /** What this document does to others (it amends, replaces, repeals them). */
  acts: z.array(
    z.object({ relation: z.enum(RELATIONS), effectiveOn: z.string(), note: z.string().nullable(), document: docRef }),
  ),
  /** What others did to it. */
  actedOnBy: z.array(
    z.object({ relation: z.enum(RELATIONS), effectiveOn: z.string(), note: z.string().nullable(), document: docRef }),
  ),
  history: z.array(
    z.object({
      from: z.string().nullable(),
      to: z.string(),
      byDocument: docRef.nullable(),
      note: z.string().nullable(),
      changedAt: z.string(),
    }),
  ),
  reviews: z.array(
    z.object({
      planId: z.uuid(),
      conclusion: z.enum(CONCLUSIONS),
      note: z.string().nullable(),
      reviewedAt: z.string(),
    }),
  ),
  feedback: z.array(z.object({ id: z.uuid(), trackingCode: z.string(), title: z.string(), status: z.string() })),
  canManage: z.boolean(),
});

export const expiredListOut = z.object({
  year: z.number(),
  whole: z.array(documentOut.extend({ reason: z.string() })),
  partial: z.array(documentOut.extend({ reason: z.string() })),
});

export const reviewPlanOut = z.object({
  id: z.uuid(),
  year: z.number(),
  title: z.string(),
  reference: z.string().nullable(),
  dueOn: z.string().nullable(),
  results: z.array(
    z.object({
      document: docRef,
      conclusion: z.enum(CONCLUSIONS),
      note: z.string().nullable(),
      reviewedAt: z.string(),
    }),
  ),
});
