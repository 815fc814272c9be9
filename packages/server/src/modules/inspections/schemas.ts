import {
  FINDING_SEVERITIES,
  FOLLOW_UP_STATUSES,
  INSPECTION_STATUSES,
  SELF_ASSESSMENT_RESULTS,
  SELF_INSPECTION_AREAS,
} from '@cchc/domain';
import { z } from 'zod';

const date = z.iso.date();
const text = (max: number) => z.string().trim().min(3).max(max);

export const idParams = z.object({ id: z.uuid() });
export const followUpParams = idParams.extend({ followUpId: z.uuid() });
export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2199).optional() });
export const coverageQuery = z.object({ year: z.coerce.number().int().min(2000).max(2199) });

const unitVisit = z
  .object({ unitId: z.uuid(), plannedFrom: date, plannedTo: date })
  .refine((v) => v.plannedFrom <= v.plannedTo, {
    message: 'Ngày kết thúc kiểm tra không được trước ngày bắt đầu.',
    path: ['plannedTo'],
  });

export const planCreate = z.object({
  year: z.number().int().min(2000).max(2199),
  title: text(300),
  reference: z.string().trim().max(60).optional(),
  scope: text(4_000),
  team: z.array(z.string().trim().min(2).max(300)).max(30).default([]),
  units: z.array(unitVisit).max(100).default([]),
});
export type PlanCreate = z.infer<typeof planCreate>;
export const visitCreate = unitVisit;

export const selfAssessmentBody = z.object({
  items: z
    .array(
      z.object({
        area: z.enum(SELF_INSPECTION_AREAS),
        result: z.enum(SELF_ASSESSMENT_RESULTS),
        note: z.string().trim().max(2_000).default(''),
      }),
    )
    .min(1)
    .max(SELF_INSPECTION_AREAS.length),
});

export const findingBody = z.object({ severity: z.enum(FINDING_SEVERITIES), text: text(4_000) });

export const followUpBody = z.object({
  action: text(2_000),
  ownerUnitId: z.uuid(),
  ownerName: z.string().trim().max(200).optional(),
  dueOn: date,
  findingId: z.uuid().optional(),
});

export const followUpDoneBody = z.object({ note: z.string().trim().max(2_000).optional() });

export const concludeBody = z.object({
  conclusion: text(8_000),
  /**
   * The registry number (`25`): the notice prints `Số: 25/TB-UBND`. Officers often type it whole (`Số 25/TB-UBND`):
   * the use case keeps the number and explains anything else in Vietnamese.
   */
  noticeNumber: z.string().trim().max(40).optional(),
  noticeDate: date,
  signerName: z.string().trim().min(2).max(120),
});

export const cancelBody = z.object({ note: text(1_000) });

const unitRef = z.object({ id: z.uuid(), name: z.string() });

export const inspectionOut = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  unit: unitRef,
  plannedFrom: z.string(),
  plannedTo: z.string(),
  status: z.enum(INSPECTION_STATUSES),
  concludedAt: z.string().nullable(),
  noticeNumber: z.string().nullable(),
});

export const planOut = z.object({
  id: z.uuid(),
  year: z.number(),
  title: z.string(),
  reference: z.string().nullable(),
  scope: z.string(),
  team: z.array(z.string()),
  inspections: z.array(inspectionOut),
});

export const inspectionDetailOut = inspectionOut.extend({
  plan: z.object({
    id: z.uuid(),
    title: z.string(),
    reference: z.string().nullable(),
    year: z.number(),
    scope: z.string(),
    team: z.array(z.string()),
  }),
  selfAssessment: z.array(
    z.object({ area: z.enum(SELF_INSPECTION_AREAS), result: z.enum(SELF_ASSESSMENT_RESULTS), note: z.string() }),
  ),
  selfAssessedAt: z.string().nullable(),
  conclusion: z.string().nullable(),
  noticeDate: z.string().nullable(),
  signerName: z.string().nullable(),
  cancelNote: z.string().nullable(),
  findings: z.array(z.object({ id: z.uuid(), severity: z.enum(FINDING_SEVERITIES), text: z.string() })),
  followUps: z.array(
    z.object({
      id: z.uuid(),
      findingId: z.uuid().nullable(),
      action: z.string(),
      owner: unitRef,
      ownerName: z.string().nullable(),
      dueOn: z.string(),
      status: z.enum(FOLLOW_UP_STATUSES),
      timing: z.enum(['done', 'open', 'overdue']),
      doneNote: z.string().nullable(),
    }),
  ),
  permissions: z.object({ manage: z.boolean(), selfAssess: z.boolean() }),
});

export const coverageOut = z.object({
  year: z.number(),
  inspected: z.number(),
  total: z.number(),
  rate: z.number().nullable(),
  missingUnits: z.array(unitRef),
});
