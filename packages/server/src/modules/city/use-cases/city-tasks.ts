import { randomUUID } from 'node:crypto';
import { type Block, formatShortDate } from '@cchc/domain';
import { z } from 'zod';
import type { Db } from '../../../db/database.js';
import type { AuthContext } from '../../../http/policy.js';
import type { Lang } from '../../../i18n/messages.js';
import { recordAudit } from '../../audit/index.js';
import { loadTaskScope, resolveTaskFields, tasksRepository } from '../../tasks/index.js';
import { cityTasksRepository } from '../city-tasks-repository.js';
import { cityMessage } from '../messages.js';
import { activeWards, blockWards } from './rankings.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày theo dạng YYYY-MM-DD' });

/** A task the city assigns, with its document, to all wards, one block or the listed wards. */
export const cityTaskIn = z.object({
  content: z.string().trim().min(1).max(4000),
  documentNumber: z.string().trim().min(1).max(100),
  documentDate: isoDate,
  documentTitle: z.string().trim().max(500).optional(),
  dueDate: isoDate.optional(),
  scope: z.enum(['all', 'block', 'wards']),
  block: z.enum(['ward', 'commune']).optional(),
  wards: z.array(z.string().trim().min(1).max(60)).max(200).default([]),
});
export type CityTaskIn = z.infer<typeof cityTaskIn>;

type Ward = Awaited<ReturnType<typeof blockWards>>[number];

/** The wards a task goes to; an unknown code or a missing block is a field error. */
function targetsOf(wards: readonly Ward[], input: CityTaskIn, lang: Lang): Ward[] {
  if (input.scope === 'all') return [...wards];
  if (input.scope === 'block') {
    if (!input.block) throw cityMessage.error('validation_failed', 'block_required', lang, {}, 'block');
    return wards.filter((w) => w.block === (input.block as Block));
  }
  const unknown = input.wards.filter((code) => !wards.some((w) => w.code === code));
  if (input.wards.length === 0 || unknown.length > 0) {
    throw cityMessage.error('validation_failed', 'wards_unknown', lang, { codes: unknown.join(', ') }, 'wards');
  }
  return wards.filter((w) => input.wards.includes(w.code));
}

/** Adds the city's task to one ward's plan in use as an assigned task (source city, document number and date). */
async function assignToWard(trx: Db, ward: Ward, cityTaskId: string, input: CityTaskIn, now: Date, lang: Lang) {
  const scope = await loadTaskScope(trx, ward.id, now);
  if (!scope || scope.plan.status === 'closed') return false;
  const repo = tasksRepository(trx);
  const fields = await resolveTaskFields(
    repo,
    ward.id,
    {
      content: input.content,
      timeframeKind: input.dueDate ? 'before' : 'event',
      dueDate: input.dueDate,
      leadUnitIds: [],
      coordinatorUnitIds: [],
    },
    lang,
  );
  const id = randomUUID();
  const version = scope.plan.current_version;
  await repo.insertTask({
    tenant_id: ward.id,
    id,
    plan_id: scope.plan.id,
    no: null,
    group_code: null,
    ...fields.columns,
    source: 'city',
    source_ref: `${input.documentNumber} ngày ${formatShortDate(input.documentDate)}`,
    source_doc_number: input.documentNumber,
    source_doc_date: input.documentDate,
    source_doc_title: input.documentTitle ?? null,
    added_in_version: version,
    changed_in_version: version,
    last_update_at: now,
  });
  await cityTasksRepository(trx).insertAssignment({
    tenant_id: ward.id,
    city_task_id: cityTaskId,
    task_id: id,
    created_at: now,
  });
  await recordAudit(trx, {
    tenantId: ward.id,
    actorUserId: null,
    action: 'task.create',
    entity: 'task',
    entityId: id,
    after: { source: 'city', cityTaskId, documentNumber: input.documentNumber },
    at: now,
  });
  return true;
}

/**
 * The city assigns a task (target b): kept in the city's tenant and added to the plan in use of every ward it
 * goes to, in one transaction. Wards without a plan in use are listed as skipped.
 */
export async function createCityTask(db: Db, auth: AuthContext, input: CityTaskIn, now: Date, lang: Lang) {
  // A deactivated ward is read only (see activeWards): a task for "all" or a block skips it, a named one is unknown.
  const targets = targetsOf(await activeWards(db), input, lang);
  const id = randomUUID();
  return db.transaction().execute(async (trx) => {
    await cityTasksRepository(trx).insert({
      tenant_id: auth.tenantId,
      id,
      content: input.content,
      doc_number: input.documentNumber,
      doc_date: input.documentDate,
      doc_title: input.documentTitle ?? null,
      due_date: input.dueDate ?? null,
      scope: input.scope,
      scope_block: input.scope === 'block' ? (input.block ?? null) : null,
      scope_codes: input.scope === 'wards' ? input.wards : [],
      created_by: auth.userId,
      created_at: now,
    });
    const assigned: string[] = [];
    const skipped: string[] = [];
    for (const ward of targets) {
      ((await assignToWard(trx, ward, id, input, now, lang)) ? assigned : skipped).push(ward.code);
    }
    await recordAudit(trx, {
      tenantId: auth.tenantId,
      actorUserId: auth.userId,
      action: 'city.task_create',
      entity: 'city_task',
      entityId: id,
      after: { ...input, assigned, skipped },
      at: now,
    });
    return { id, assigned, skipped };
  });
}

/** The city's tasks, newest first, each with its progress ward by ward (status, progress, completion day). */
export async function listCityTasks(db: Db, cityTenantId: string) {
  const repo = cityTasksRepository(db);
  const tasks = await repo.list(cityTenantId);
  const [wards, assigned] = await Promise.all([blockWards(db), repo.assignedTasks(tasks.map((task) => task.id))]);
  // One read of every assignment, not one per task and ward; a ward holds at most one task per city task.
  const held = new Map(assigned.map((row) => [`${row.city_task_id}:${row.tenant_id}`, row]));
  return tasks.map((task) => {
    const progress = wards.flatMap((ward) => {
      const row = held.get(`${task.id}:${ward.id}`);
      if (!row) return [];
      return [
        {
          code: ward.code,
          name: ward.name,
          taskId: row.id,
          status: row.status,
          progress: row.progress,
          completedOn: row.completed_on,
          dueDate: row.due_date,
        },
      ];
    });
    return {
      id: task.id,
      content: task.content,
      document: { number: task.doc_number, date: task.doc_date, title: task.doc_title },
      dueDate: task.due_date,
      scope: task.scope,
      block: task.scope_block,
      wards: progress,
      completed: progress.filter((p) => p.status === 'completed' || p.status === 'completed_late').length,
    };
  });
}
