import { APPENDIX_COLUMNS, TIMEFRAME_KINDS } from '@cchc/domain';
import { z } from 'zod';

const isoDate = z.iso.date();
const person = z.object({ id: z.uuid(), name: z.string().nullable() }).nullable();

export const planParams = z.object({ id: z.uuid() });
export const versionParams = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1).max(100_000) });
export const currentQuery = z.object({ year: z.coerce.number().int().min(1900).max(2199).optional() });

/** A plan file sent as JSON: `@fastify/multipart` is not used, the file travels as base64. */
const upload = {
  fileName: z.string().trim().min(1).max(255),
  // Empty is let through: the use case answers with the clearer "the file is empty".
  contentBase64: z.string(),
};
const unitMapping = z.object({
  name: z.string().trim().min(1).max(300),
  unitId: z.uuid(),
  addAlias: z.boolean().default(true),
});
const timeframeFix = z.object({ no: z.number().int().min(1).max(999), text: z.string().trim().min(1).max(200) });

export const importIn = z.object({
  ...upload,
  // The appendix's columns in order, as the user set them when the header was not understood (null: skipped).
  columns: z.array(z.enum(APPENDIX_COLUMNS).nullable()).min(1).max(30).optional(),
  unitMappings: z.array(unitMapping).max(200).default([]),
  timeframeFixes: z.array(timeframeFix).max(999).default([]),
  note: z.string().trim().max(2000).optional(),
});
export type ImportIn = z.infer<typeof importIn>;

export const decisionIn = z.object({ note: z.string().trim().max(2000).optional() });
export const rejectIn = z.object({ note: z.string().trim().min(1).max(2000) });

// The parsed plan: the contract of `cchc plan import --json` and of every version's document. Loose objects:
// integrations may rely on these fields, and later fields are added without breaking them.
const unitRef = z.looseObject({
  text: z.string(),
  units: z.array(z.string()),
  unitCodes: z.array(z.string()),
  group: z.string().optional(),
  unknown: z.array(z.string()),
});
const timeframe = z.object({
  text: z.string(),
  kind: z.enum(TIMEFRAME_KINDS),
  start: isoDate.nullable(),
  due: isoDate.nullable(),
  milestones: z.array(z.object({ start: isoDate.nullable(), due: isoDate })).optional(),
});
/** A task's number as the document writes it: 12, or "1.2", "a". */
const taskNumber = z.union([z.number().int(), z.string()]);
const parsedTask = z.looseObject({
  no: taskNumber,
  /** The task's position in the appendix: the key of timeframe fixes. */
  position: z.number().int(),
  group: z.string().nullable(),
  content: z.string(),
  lead: unitRef,
  coordinators: unitRef,
  timeframe,
  product: z.string(),
});
export const parsedPlanOut = z.looseObject({
  year: z.number().int(),
  header: z.looseObject({
    title: z.string().nullable(),
    number: z.string().nullable(),
    date: isoDate.nullable(),
    symbol: z.string().nullable().optional(),
    issuer: z.string().nullable().optional(),
    signer: z.string().nullable().optional(),
    signerTitle: z.string().nullable().optional(),
  }),
  targets: z.array(z.looseObject({ code: z.string(), text: z.string(), measures: z.array(z.unknown()) })),
  groups: z.array(z.looseObject({ code: z.string(), title: z.string(), area: z.string().optional() })),
  tasks: z.array(parsedTask),
  extraTasks: z.array(z.looseObject({ content: z.string(), source: z.string() })),
  reports: z.array(z.looseObject({ period: z.string(), due: isoDate })),
  /** Code and values absent only on versions parsed before warnings had codes. */
  warnings: z.array(
    z.object({
      line: z.number().int(),
      code: z.string().optional(),
      values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      message: z.string(),
    }),
  ),
  /** The appendix header as read; `recognised` false when the user must say which column is which. */
  appendixHeader: z
    .object({
      line: z.number().int(),
      cells: z.array(z.string()),
      columns: z.array(z.enum(['no', 'content', 'lead', 'coordinators', 'timeframe', 'product']).nullable()),
      recognised: z.boolean(),
    })
    .nullable()
    .optional(),
});

const snapshot = z.object({
  no: taskNumber.nullable(),
  group: z.string().nullable(),
  content: z.string(),
  lead: z.string(),
  coordinators: z.string(),
  timeframe: z.string(),
  product: z.string(),
  sourceRef: z.string().nullable(),
});
export const changesOut = z.object({
  added: z.array(snapshot.extend({ taskId: z.uuid().nullable() })),
  removed: z.array(snapshot.extend({ taskId: z.uuid() })),
  edited: z.array(z.object({ taskId: z.uuid(), fields: z.array(snapshot.keyof()), before: snapshot, after: snapshot })),
  unchanged: z.number().int(),
});

const planStatus = z.enum(['draft', 'in_use', 'closed']);
const versionKind = z.enum(['import', 'amendment']);
const versionStatus = z.enum(['draft', 'confirmed', 'proposed', 'approved', 'rejected']);

export const versionSummaryOut = z.object({
  version: z.number().int(),
  kind: versionKind,
  status: versionStatus,
  sourceFileName: z.string(),
  sourceFormat: z.enum(['txt', 'docx', 'xlsx']),
  sha256: z.string(),
  baseVersion: z.number().int().nullable(),
  note: z.string().nullable(),
  decisionNote: z.string().nullable(),
  createdAt: z.string(),
  createdBy: person,
  decidedAt: z.string().nullable(),
  decidedBy: person,
  summary: z.object({ added: z.number(), removed: z.number(), edited: z.number() }).nullable(),
});

export const versionOut = versionSummaryOut.extend({
  planId: z.uuid(),
  document: parsedPlanOut,
  changes: changesOut.nullable(),
  fixes: z.unknown(),
});

const unitOut = z.object({ id: z.uuid(), code: z.string(), name: z.string(), shortName: z.string() });
const cellOut = z.object({ text: z.string(), group: z.string().nullable(), units: z.array(unitOut) });

export const taskOut = z.object({
  id: z.uuid(),
  no: taskNumber.nullable(),
  group: z.string().nullable(),
  area: z.string().nullable(),
  content: z.string(),
  lead: cellOut,
  coordinators: cellOut,
  owner: unitOut.nullable(),
  timeframe,
  product: z.string(),
  source: z.enum(['appendix', 'prose', 'city', 'chairman']),
  sourceRef: z.string().nullable(),
  addedInVersion: z.number().int(),
  changedInVersion: z.number().int(),
});

export const planSummaryOut = z.object({
  id: z.uuid(),
  year: z.number().int(),
  title: z.string(),
  status: planStatus,
  currentVersion: z.number().int(),
});

export const planOut = planSummaryOut.extend({
  inUseAt: z.string().nullable(),
  inUseBy: person,
  header: parsedPlanOut.shape.header,
  purposes: z.array(z.string()),
  targets: z.array(z.object({ code: z.string(), text: z.string(), measures: z.array(z.unknown()) })),
  areas: z.array(z.object({ code: z.string(), title: z.string() })),
  groups: z.array(z.object({ code: z.string(), title: z.string(), area: z.string().nullable() })),
  tasks: z.array(taskOut),
  reports: z.array(z.object({ period: z.string(), due: isoDate })),
  versions: z.array(versionSummaryOut),
  pendingAmendment: z.number().int().nullable(),
  /** What the caller may do, so the UI hides what the server would refuse. */
  permissions: z.object({ import: z.boolean(), markInUse: z.boolean(), approveAmendment: z.boolean() }),
});

export const previewOut = z.object({
  fileName: z.string(),
  format: z.enum(['txt', 'docx', 'xlsx']),
  sha256: z.string(),
  action: z.enum(['create', 'replace_draft', 'propose_amendment', 'closed']),
  plan: planSummaryOut.nullable(),
  document: parsedPlanOut,
  unknownUnits: z.array(z.object({ name: z.string(), tasks: z.array(taskNumber) })),
  timeframeIssues: z.array(
    z.object({
      no: z.number().int(),
      label: z.string(),
      text: z.string(),
      problem: z.enum(['no_such_date', 'range_reversed', 'periods_out_of_order', 'cell_empty', 'unreadable']),
      message: z.string(),
    }),
  ),
  proseCarriedOver: z.boolean(),
  /** The appendix header was not understood: the user says which column is which before anything is stored. */
  columnsNeeded: z.boolean(),
  changes: changesOut,
  units: z.array(unitOut),
});

export const importOut = z.object({
  planId: z.uuid(),
  year: z.number().int(),
  version: z.number().int(),
  kind: versionKind,
  status: versionStatus,
  changes: changesOut,
});

export const decisionOut = z.object({
  planId: z.uuid(),
  version: z.number().int(),
  status: z.enum(['approved', 'rejected']),
  changes: changesOut.nullable(),
});
