import { randomUUID } from 'node:crypto';
import {
  type AmendedTask,
  amendPlanParse,
  type DocumentTaskKey,
  type PlanParseResult,
  type TimeframeKind,
  vietnamDateOf,
} from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { RequestContext } from '../../../http/request-context.js';
import { snapshotOfRow } from '../../plans/index.js';
import { type TaskRow, tasksRepository } from '../repository.js';
import type { TaskFieldsIn } from '../schemas.js';
import { type ResolvedTaskFields, resolveTaskFields } from '../use-cases/task-fields.js';
import type { AmendmentRow } from './repository.js';

/** What applying an amendment did, in the shape plan versions record their changes. */
export interface AppliedChanges {
  added: Record<string, unknown>[];
  removed: Record<string, unknown>[];
  edited: { taskId: string; fields: string[]; before: unknown; after: unknown }[];
  unchanged: number;
}

interface ApplyContext extends RequestContext {
  db: Db;
  version: number;
}

const isDocumentTask = (row: TaskRow) => row.source === 'appendix' || row.source === 'prose';

function keyOf(row: TaskRow): DocumentTaskKey {
  return row.no !== null ? { no: row.no } : { sourceRef: row.source_ref ?? '', content: row.content };
}

/** The task as the document would state it after the change, units named the way the parse names them. */
async function amendedTask(
  ctx: ApplyContext,
  fields: ResolvedTaskFields['columns'],
  ids: ResolvedTaskFields['units'],
): Promise<AmendedTask> {
  const units = await tasksRepository(ctx.db).units(ctx.auth.tenantId);
  const ref = (role: 'lead' | 'coordinator', text: string, group: string | null) => {
    const mine = ids.filter((u) => u.role === role).map((u) => units.find((x) => x.id === u.unitId));
    return {
      text,
      units: mine.map((u) => u?.name ?? ''),
      unitCodes: mine.map((u) => u?.code ?? ''),
      ...(group ? { group } : {}),
      unknown: [],
    };
  };
  return {
    content: fields.content ?? '',
    product: fields.product ?? '',
    lead: ref('lead', fields.lead_text ?? '', fields.lead_group ?? null),
    coordinators: ref('coordinator', fields.coordinators_text ?? '', fields.coordinators_group ?? null),
    timeframe: {
      text: fields.timeframe_text ?? '',
      kind: fields.timeframe_kind as TimeframeKind,
      start: fields.start_date ?? null,
      due: fields.due_date ?? null,
    },
  };
}

async function timelineEntry(ctx: ApplyContext, taskId: string, amendment: AmendmentRow) {
  const row = await tasksRepository(ctx.db).findTask(ctx.auth.tenantId, taskId);
  await tasksRepository(ctx.db).insertUpdate({
    tenant_id: ctx.auth.tenantId,
    id: randomUUID(),
    task_id: taskId,
    kind: 'amend',
    at: ctx.now,
    on_date: vietnamDateOf(ctx.now),
    author_user_id: ctx.auth.userId,
    author_unit_id: ctx.auth.unitId,
    status_after: row?.status ?? null,
    progress_after: row?.progress ?? null,
    comment: amendment.reason,
    data: JSON.stringify({ action: amendment.action, amendmentId: amendment.id, version: ctx.version }),
  });
}

async function addTask(ctx: ApplyContext, amendment: AmendmentRow, planId: string): Promise<AppliedChanges> {
  const repo = tasksRepository(ctx.db);
  const fields = await resolveTaskFields(repo, ctx.auth.tenantId, amendment.proposal as TaskFieldsIn, ctx.lang);
  const id = randomUUID();
  const row = await repo.insertTask({
    tenant_id: ctx.auth.tenantId,
    id,
    plan_id: planId,
    no: null,
    group_code: null,
    ...fields.columns,
    // An addition the chairman approved: work outside the document, kept when a new document is imported.
    source: 'chairman',
    source_ref: `Điều chỉnh kế hoạch, phiên bản ${ctx.version}`,
    added_in_version: ctx.version,
    changed_in_version: ctx.version,
    last_update_at: ctx.now,
  });
  await repo.replaceTaskUnits(ctx.auth.tenantId, id, fields.units);
  await timelineEntry(ctx, id, amendment);
  return { added: [{ ...snapshotOfRow(row), taskId: id }], removed: [], edited: [], unchanged: 0 };
}

/**
 * Applies an approved amendment to the plan's tasks in the version `ctx.version`: adds the task, changes it
 * (`changed_in_version`), or drops it (`removed_in_version`, its row and history kept). Returns the changes
 * and the parse of the new version.
 */
export async function applyAmendment(
  ctx: ApplyContext,
  amendment: AmendmentRow,
  planId: string,
  parsed: PlanParseResult,
): Promise<{ changes: AppliedChanges; parsed: PlanParseResult }> {
  if (amendment.action === 'add') return { changes: await addTask(ctx, amendment, planId), parsed };
  const repo = tasksRepository(ctx.db);
  const row = (await repo.findTask(ctx.auth.tenantId, amendment.task_id ?? '', true)) as TaskRow;
  if (amendment.action === 'drop') {
    await repo.updateTask(ctx.auth.tenantId, row.id, { removed_in_version: ctx.version });
    await timelineEntry(ctx, row.id, amendment);
    const next = isDocumentTask(row) ? amendPlanParse(parsed, keyOf(row), null) : parsed;
    return {
      changes: { added: [], removed: [{ ...snapshotOfRow(row), taskId: row.id }], edited: [], unchanged: 0 },
      parsed: next,
    };
  }
  const fields = await resolveTaskFields(repo, ctx.auth.tenantId, amendment.proposal as TaskFieldsIn, ctx.lang);
  await repo.updateTask(ctx.auth.tenantId, row.id, { ...fields.columns, changed_in_version: ctx.version });
  await repo.replaceTaskUnits(ctx.auth.tenantId, row.id, fields.units);
  await timelineEntry(ctx, row.id, amendment);
  const after = (await repo.findTask(ctx.auth.tenantId, row.id)) as TaskRow;
  const [b, a] = [snapshotOfRow(row), snapshotOfRow(after)];
  const changed = (Object.keys(b) as (keyof typeof b)[]).filter((k) => b[k] !== a[k]);
  const next = isDocumentTask(row)
    ? amendPlanParse(parsed, keyOf(row), await amendedTask(ctx, fields.columns, fields.units))
    : parsed;
  return {
    changes: {
      added: [],
      removed: [],
      edited: [{ taskId: row.id, fields: changed, before: b, after: a }],
      unchanged: 0,
    },
    parsed: next,
  };
}
