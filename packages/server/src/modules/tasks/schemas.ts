import { DUE_SOON_LIMITS, REVIEW_STATES, TASK_STATUSES, TIMEFRAME_KINDS, UNIT_SETTABLE_STATUSES } from '@cchc/domain';
import { z } from 'zod';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

export const idParams = z.object({ id: z.uuid() });
export const evidenceParams = z.object({ id: z.uuid(), evidenceId: z.uuid() });

const unitRef = z.object({ id: z.uuid(), code: z.string(), shortName: z.string() });
const flagsOut = z.object({
  dueSoon: z.boolean(),
  overdue: z.boolean(),
  workingDaysLeft: z.number().nullable(),
  workingDaysOverdue: z.number().nullable(),
  updateMissing: z.boolean(),
  missingPeriod: z.string().nullable(),
  updateDueSoon: z.boolean(),
  awaitingTrigger: z.boolean(),
  returned: z.boolean(),
  awaitingReview: z.boolean(),
});
const canOut = z.object({
  update: z.boolean(),
  contribute: z.boolean(),
  addEvidence: z.boolean(),
  submit: z.boolean(),
  approveForUnit: z.boolean(),
  review: z.boolean(),
  trigger: z.boolean(),
  proposeAmendment: z.boolean(),
});
const documentOut = z.object({ number: z.string(), date: z.string().nullable(), title: z.string().nullable() });

export const taskOut = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  /** The number as the plan writes it: 12, "1.2", "a"; null for tasks outside the appendix. */
  no: z.union([z.number(), z.string()]).nullable(),
  groupCode: z.string().nullable(),
  areaCode: z.string().nullable(),
  content: z.string(),
  product: z.string(),
  source: z.enum(['appendix', 'prose', 'city', 'chairman']),
  sourceRef: z.string().nullable(),
  sourceDocument: documentOut.nullable(),
  lead: z.object({ text: z.string(), group: z.string().nullable(), units: z.array(unitRef) }),
  coordinators: z.object({ text: z.string(), group: z.string().nullable(), units: z.array(unitRef) }),
  ownerUnitId: z.uuid().nullable(),
  timeframe: z.object({
    text: z.string(),
    kind: z.enum(TIMEFRAME_KINDS),
    start: z.string().nullable(),
    due: z.string().nullable(),
  }),
  /** The deliverables of a task with several milestones, each flagged on its own; empty otherwise. */
  milestones: z.array(
    z.object({
      position: z.number().int(),
      start: z.string().nullable(),
      due: z.string(),
      doneOn: z.string().nullable(),
      overdue: z.boolean(),
      dueSoon: z.boolean(),
      workingDaysOverdue: z.number().nullable(),
    }),
  ),
  dueDate: z.string().nullable(),
  trigger: documentOut.extend({ receivedAt: z.string(), workingDays: z.number().nullable() }).nullable(),
  status: z.enum(TASK_STATUSES),
  progress: z.number(),
  notDoneReason: z.string().nullable(),
  review: z.enum(REVIEW_STATES).nullable(),
  completedOn: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
  lastUpdateAt: z.string().nullable(),
  evidenceCount: z.number(),
  flags: flagsOut,
  can: canOut,
});

export const evidenceOut = z.object({
  id: z.uuid(),
  kind: z.enum(['file', 'document']),
  fileName: z.string().nullable(),
  fileSize: z.number().nullable(),
  mimeType: z.string().nullable(),
  url: z.string().nullable(),
  document: documentOut.nullable(),
  addedBy: z.string().nullable(),
  unit: z.string().nullable(),
  addedAt: z.string(),
});

export const timelineEntryOut = z.object({
  id: z.uuid(),
  kind: z.string(),
  at: z.string(),
  author: z.string(),
  unit: z.string().nullable(),
  status: z.enum(TASK_STATUSES).nullable(),
  progress: z.number().nullable(),
  comment: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const taskDetailOut = taskOut.extend({
  evidence: z.array(evidenceOut),
  timeline: z.array(timelineEntryOut),
});

/**
 * A task as the task list and the Gantt show it (packages/web features/tasks): its number, content, lead, timeframe,
 * due date, state and flags. What only the task's page shows (sources, coordinators, milestones, evidence, rights)
 * is read there: a list of 1,000 tasks sent it all as 1.4 MB.
 */
export const taskListItemOut = taskOut.pick({
  id: true,
  no: true,
  groupCode: true,
  content: true,
  source: true,
  lead: true,
  timeframe: true,
  dueDate: true,
  status: true,
  progress: true,
  review: true,
  flags: true,
});

export const taskListOut = z.object({
  plan: z.object({ id: z.uuid(), year: z.number(), status: z.string() }).nullable(),
  today: z.string(),
  tasks: z.array(taskListItemOut),
});

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const taskListQuery = z.object({
  area: z.string().max(20).optional(),
  unit: z.uuid().optional(),
  status: z.enum(TASK_STATUSES).optional(),
  kind: z.enum(TIMEFRAME_KINDS).optional(),
  overdue: flag.optional(),
  mine: flag.optional(),
  source: z.enum(['appendix', 'prose', 'city', 'chairman']).optional(),
});
export type TaskListQuery = z.infer<typeof taskListQuery>;

export const progressIn = z
  .object({
    progress: z.number().int().min(0).max(100).optional(),
    status: z.enum(UNIT_SETTABLE_STATUSES).optional(),
    notDoneReason: text(2000).optional(),
    comment: text(4000).optional(),
  })
  .refine((b) => b.progress !== undefined || b.status !== undefined || b.comment !== undefined, {
    path: ['comment'],
    message: 'Cần nhập tiến độ, trạng thái hoặc nội dung cập nhật.',
  })
  .refine((b) => b.status !== 'not_done' || b.notDoneReason !== undefined, {
    path: ['notDoneReason'],
    message: 'Cần nêu lý do không thực hiện.',
  });
export type ProgressIn = z.infer<typeof progressIn>;

export const contributionIn = z.object({ comment: text(4000), progress: z.number().int().min(0).max(100).optional() });

export const documentEvidenceIn = z.object({
  number: text(100),
  date: isoDate,
  title: text(500).optional(),
});

export const submitIn = z.object({ comment: text(4000).optional(), completedOn: isoDate.optional() });
export const reviewIn = z.object({ comment: text(4000).optional() });
export const returnIn = z.object({ comment: text(4000) });

/** One milestone of a task handed in (or opened again): its position, the day, a note. */
export const milestoneIn = z.object({
  position: z.number().int().min(1).max(60),
  done: z.boolean().default(true),
  doneOn: isoDate.optional(),
  comment: text(2000).optional(),
});
export type MilestoneIn = z.infer<typeof milestoneIn>;

export const triggerIn = z
  .object({
    documentNumber: text(100),
    documentDate: isoDate,
    documentTitle: text(500).optional(),
    dueDate: isoDate.optional(),
    workingDays: z.number().int().min(1).max(365).optional(),
  })
  .refine((b) => (b.dueDate === undefined) !== (b.workingDays === undefined), {
    path: ['dueDate'],
    message: 'Nhập hạn hoàn thành hoặc số ngày làm việc (một trong hai).',
  });
export type TriggerIn = z.infer<typeof triggerIn>;

const unitIds = z.array(z.uuid()).max(20);
/** A task's content, units and timeframe, as entered for assigned tasks and amendments. */
export const taskFieldsIn = z.object({
  content: text(4000),
  product: text(1000).optional(),
  areaCode: z.string().trim().max(20).optional(),
  leadUnitIds: unitIds.default([]),
  leadGroup: text(300).optional(),
  coordinatorUnitIds: unitIds.default([]),
  coordinatorsGroup: text(300).optional(),
  timeframeText: text(200).optional(),
  timeframeKind: z.enum(TIMEFRAME_KINDS),
  startDate: isoDate.optional(),
  dueDate: isoDate.optional(),
});
export type TaskFieldsIn = z.infer<typeof taskFieldsIn>;

export const assignedTaskIn = taskFieldsIn.extend({
  source: z.enum(['city', 'chairman']),
  documentNumber: text(100),
  documentDate: isoDate,
  documentTitle: text(500).optional(),
});
export type AssignedTaskIn = z.infer<typeof assignedTaskIn>;

export const settingsOut = z.object({
  acceptor: z.enum(['coordinator', 'chairman']),
  unitHeadApproval: z.boolean(),
  /** The coordinator's own unit's tasks are accepted by the chairman or a vice-chairman. */
  secondPairOfEyes: z.boolean(),
  dueSoonWorkingDays: z.number(),
});
export const settingsIn = settingsOut.partial().extend({
  dueSoonWorkingDays: z.number().int().min(DUE_SOON_LIMITS.min).max(DUE_SOON_LIMITS.max).optional(),
});

export const unitsOut = z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string(), shortName: z.string() }));

export const auditQuery = z.object({
  taskId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const auditOut = z.array(
  z.object({
    id: z.number(),
    at: z.string(),
    actor: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  }),
);
