import {
  REPORT_PERIODS,
  REPORT_TEXT_LIMITS,
  REPORT_WINDOW_MODES,
  SUBMISSION_STATUSES,
  TARGET_STATUSES,
  TASK_STATUSES,
} from '@cchc/domain';
import { z } from 'zod';
import { completionFiguresOut, processingCountsOut } from '../../http/figure-schemas.js';

const isoDate = z.iso.date();
const section = z.string().max(REPORT_TEXT_LIMITS.section);
const comment = z.string().trim().min(1).max(REPORT_TEXT_LIMITS.comment);
const line = z.string().trim().min(1).max(300);

export const codeParams = z.object({ code: z.string().regex(/^\d{4}(-(Q1|Q2|H1|Q3))?$/i) });
export const unitParams = codeParams.extend({ unitId: z.uuid() });
export const versionParams = codeParams.extend({ version: z.coerce.number().int().min(1) });
export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2199).optional() });

const periodOut = z.object({
  code: z.string(),
  year: z.number(),
  period: z.enum(REPORT_PERIODS),
  name: z.string(),
  due: z.string(),
  start: z.string(),
  end: z.string(),
});
const timing = z.enum(['on_time', 'late', 'pending', 'overdue']);
const unitOut = z.object({ id: z.uuid(), name: z.string(), shortName: z.string() });

export const periodsOut = z.object({
  plan: z.object({ id: z.uuid(), year: z.number(), title: z.string() }).nullable(),
  windowMode: z.enum(REPORT_WINDOW_MODES).nullable(),
  today: z.string(),
  canSeeAll: z.boolean(),
  periods: z.array(
    periodOut.extend({
      myUnit: z.object({ status: z.enum(SUBMISSION_STATUSES), timing, late: z.boolean() }).nullable(),
      units: z.object({ total: z.number(), submitted: z.number(), accepted: z.number(), late: z.number() }),
      report: z.object({ latestVersion: z.number(), sent: z.boolean() }).nullable(),
    }),
  ),
});

/** What a unit writes; `results` by reform area code. */
export const unitContent = z.object({
  results: z.record(z.string().max(20), section),
  limits: section,
  causes: section,
  proposals: section,
  nextTasks: section,
});

const submissionState = {
  status: z.enum(SUBMISSION_STATUSES),
  saved: z.boolean(),
  timing,
  late: z.boolean(),
  submittedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
};

export const unitReportsOut = z.object({
  period: periodOut,
  units: z.array(z.object({ unit: unitOut, ...submissionState })),
});

export const unitReportOut = z.object({
  period: periodOut,
  unit: unitOut,
  ...submissionState,
  areas: z.array(z.object({ code: z.string(), title: z.string() })),
  tasks: z.array(
    z.object({
      no: z.number().nullable(),
      content: z.string(),
      areaCode: z.string().nullable(),
      status: z.enum(TASK_STATUSES),
      progress: z.number(),
      dueDate: z.string().nullable(),
      updates: z.array(
        z.object({
          on: z.string(),
          comment: z.string().nullable(),
          progressAfter: z.number().nullable(),
          statusAfter: z.enum(TASK_STATUSES).nullable(),
        }),
      ),
    }),
  ),
  content: unitContent,
  history: z.array(
    z.object({
      action: z.enum(['submit', 'return', 'accept']),
      at: z.string(),
      by: z.string(),
      comment: z.string().nullable(),
    }),
  ),
  rights: z.object({ edit: z.boolean(), review: z.boolean() }),
});

export const saveUnitIn = z.object({ content: unitContent });
/** Sending is final until the coordinator returns it: the caller confirms (`confirm: true`) after asking "Gửi báo cáo?". */
export const submitUnitIn = z.object({ content: unitContent.optional(), confirm: z.boolean().optional() });
export const returnIn = z.object({ comment });
export const acceptIn = z.object({ comment: comment.optional() });

const completion = completionFiguresOut;
const byStatus = z.record(z.enum(TASK_STATUSES), z.number());
const share = z.object({ numerator: z.number(), denominator: z.number(), rate: z.number().nullable() });
const counts = z.record(z.string(), z.number());
const processingCounts = processingCountsOut;

/** The parts other modules fill (see providers.ts); null until they do. */
const oneStopOut = z.object({
  processing: z
    .object({ rows: z.array(z.object({ label: z.string(), counts: processingCounts })), total: processingCounts })
    .nullable(),
  index766: z
    .object({
      from: z.string(),
      to: z.string(),
      total: z.number().nullable(),
      bandName: z.string().nullable(),
      groups: z.array(z.object({ name: z.string(), points: z.number().nullable(), maxPoints: z.number() })),
    })
    .nullable(),
  apologies: z.number().nullable(),
  onlinePayment: share.nullable(),
});
const feedbackOut = z.object({
  received: z.number(),
  byCategory: counts,
  published: z.number(),
  onTime: share,
  satisfaction: share,
});
const inspectionsOut = z.object({
  concluded: z.number(),
  unitsInspected: z.number(),
  unitsTotal: z.number(),
  rate: z.number().nullable(),
});
const measureOut = z.object({
  comparator: z.enum(['<=', '>=', '=', '>', '<']),
  target: z.number(),
  unit: z.string(),
  value: z.number().nullable(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
});

const figuresOut = z.object({
  asOf: z.string(),
  window: z.object({ start: z.string(), end: z.string() }),
  plan: z.object({ title: z.string(), year: z.number() }),
  completion,
  byStatus,
  areas: z.array(z.object({ code: z.string(), title: z.string(), figures: completion, byStatus })),
  tasks: z.array(
    z.object({
      no: z.number().nullable(),
      content: z.string(),
      areaCode: z.string().nullable(),
      unit: z.string().nullable(),
      timeframe: z.string(),
      status: z.enum(TASK_STATUSES),
      progress: z.number(),
    }),
  ),
  targets: z.array(
    z.object({
      code: z.string(),
      text: z.string(),
      status: z.enum(TARGET_STATUSES),
      measures: z.array(measureOut),
    }),
  ),
  oneStop: oneStopOut.nullable(),
  feedback: feedbackOut.nullable(),
  inspections: inspectionsOut.nullable(),
});

/** The document's date, signer and recipients. */
export const metaSchema = z.object({
  date: isoDate,
  signer: z.object({ mode: z.enum(['chairman', 'vice_chairman']), name: z.string().trim().max(100).nullable() }),
  recipients: z.array(line).min(1).max(20),
  archive: z.string().trim().min(1).max(100),
});

const sendingOut = z.object({
  version: z.number(),
  number: z.string(),
  date: z.string(),
  recipients: z.array(z.string()),
  sentAt: z.string(),
});

export const consolidatedOut = z.object({
  period: periodOut,
  windowMode: z.enum(REPORT_WINDOW_MODES),
  areas: z.array(z.object({ code: z.string(), title: z.string() })),
  sectionKeys: z.array(z.string()),
  submissions: z.object({ units: z.number(), submitted: z.number(), accepted: z.number(), returned: z.number() }),
  current: z
    .object({
      version: z.number(),
      kind: z.enum(['generated', 'edited']),
      windowMode: z.enum(REPORT_WINDOW_MODES),
      window: z.object({ start: z.string(), end: z.string() }),
      asOf: z.string(),
      figures: figuresOut,
      sections: z.record(z.string(), z.string()),
      meta: metaSchema,
      createdAt: z.string(),
    })
    .nullable(),
  versions: z.array(
    z.object({
      version: z.number(),
      kind: z.enum(['generated', 'edited']),
      asOf: z.string(),
      createdAt: z.string(),
      createdBy: z.string(),
    }),
  ),
  sent: sendingOut.nullable(),
  sendings: z.array(sendingOut),
  returned: z.object({ comment: z.string(), at: z.string(), by: z.string() }).nullable(),
  rights: z.object({ generate: z.boolean(), edit: z.boolean(), send: z.boolean() }),
});

export const generateIn = z.object({ keepTexts: z.boolean().default(false) });
export const versionIn = z.object({
  baseVersion: z.number().int().min(1),
  sections: z.record(z.string().max(40), section),
  meta: metaSchema,
});
export const sendIn = z.object({
  version: z.number().int().min(1),
  number: z.string().trim().min(1).max(20),
  date: isoDate,
  recipients: z.array(line).min(1).max(30),
});

export const settingsOut = z.object({
  windowMode: z.enum(REPORT_WINDOW_MODES),
  remindWorkingDays: z.array(z.number()),
  recipients: z.array(z.string()),
  archive: z.string(),
});
export const settingsIn = z.object({
  windowMode: z.enum(REPORT_WINDOW_MODES),
  remindWorkingDays: z.array(z.number().int().min(1).max(20)).max(5),
  recipients: z.array(line).min(1).max(20),
  archive: z.string().trim().min(1).max(100),
});

export const remindersOut = z.array(
  z.object({ period: z.string(), unitId: z.uuid(), kind: z.enum(['due_soon', 'overdue']), due: z.string() }),
);
