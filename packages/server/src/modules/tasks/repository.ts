import { currentPlanFor, type Role } from '@cchc/domain';
import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';
import { loadParFocalUnitId } from '../org/index.js';
import { taskEvidenceQueries } from './task-evidence-repository.js';
import { inTaskSet, isEmpty, type TaskSet, taskIdRows } from './task-set-repository.js';

export type { TaskSet } from './task-set-repository.js';

/** A task row with its execution columns. */
export type TaskRow = Selectable<DB['plan_tasks']>;
export type TaskRowPatch = Updateable<DB['plan_tasks']>;

/** A unit a task names, with its part. */
export interface TaskUnitRow {
  task_id: string;
  unit_id: string;
  role: 'lead' | 'coordinator';
  code: string;
  short_name: string;
}

/** What the task list narrows the plan's tasks by, in SQL; each field left out does not narrow. */
export interface TaskRowFilter {
  area?: string;
  status?: TaskRow['status'];
  kind?: string;
  source?: TaskRow['source'];
  /** Units the task must name, each of them (as owner, lead or coordinator); null stands for none, never named. */
  naming?: readonly (string | null)[];
}

/** The plan a tenant works on (`currentPlanFor`). */
export interface PlanRef {
  id: string;
  year: number;
  status: 'draft' | 'in_use' | 'closed';
  current_version: number;
}

/** The columns the task list shows (tasks' presentTaskListItem) and flags its tasks on. */
const TASK_LIST_COLUMNS = [
  ...['id', 'no', 'no_label', 'group_code', 'content', 'source', 'lead_text', 'lead_group'],
  ...['timeframe_text', 'timeframe_kind', 'start_date', 'due_date', 'triggered_due_date'],
  ...['status', 'progress', 'review_state', 'completed_on'],
] as const;
export type TaskListRow = Pick<TaskRow, (typeof TASK_LIST_COLUMNS)[number]>;

/** The plan's tasks in force narrowed by `filter`, in the list's order, before their columns are chosen. */
function planTasksQuery(db: Db, tenantId: string, planId: string, filter: TaskRowFilter) {
  return db
    .selectFrom('plan_tasks')
    .where('tenant_id', '=', tenantId)
    .where('plan_id', '=', planId)
    .where('removed_in_version', 'is', null)
    .$if(filter.area !== undefined, (q) => q.where('area_code', '=', filter.area ?? ''))
    .$if(filter.status !== undefined, (q) => q.where('status', '=', filter.status ?? 'not_started'))
    .$if(filter.kind !== undefined, (q) => q.where('timeframe_kind', '=', filter.kind ?? ''))
    .$if(filter.source !== undefined, (q) => q.where('source', '=', filter.source ?? 'appendix'))
    .$if(filter.naming !== undefined, (q) =>
      q.where((eb) =>
        eb.and(
          (filter.naming ?? []).map((unitId) =>
            unitId === null
              ? eb.lit(false)
              : eb.or([
                  eb('owner_unit_id', '=', unitId),
                  eb.exists(
                    eb
                      .selectFrom('plan_task_units as tu')
                      .select(eb.lit(1).as('one'))
                      .whereRef('tu.tenant_id', '=', 'plan_tasks.tenant_id')
                      .whereRef('tu.task_id', '=', 'plan_tasks.id')
                      .where('tu.unit_id', '=', unitId),
                  ),
                ]),
          ),
        ),
      ),
    )
    .orderBy('no', (o) => o.asc().nullsLast())
    .orderBy('added_in_version')
    .orderBy('content');
}

/** The only SQL of the tasks module (its evidence in task-evidence-repository.ts). Every query filters by tenant. */
export function tasksRepository(db: Db) {
  return {
    ...taskEvidenceQueries(db),
    /** The plan in force in `year` by the domain's one rule (`currentPlanFor`). */
    async findPlan(tenantId: string, year: number): Promise<PlanRef | undefined> {
      const plans = await db
        .selectFrom('plans')
        .select(['id', 'year', 'status', 'current_version'])
        .where('tenant_id', '=', tenantId)
        .execute();
      return currentPlanFor(plans, year);
    },

    findPlanById: (tenantId: string, planId: string) =>
      db
        .selectFrom('plans')
        .select(['id', 'year', 'status', 'current_version'])
        .where('tenant_id', '=', tenantId)
        .where('id', '=', planId)
        .executeTakeFirst(),

    /**
     * The plan's tasks in force (dropped ones left out), appendix order first, then tasks added later; narrowed
     * by the filters of the task list when given.
     */
    listTasks: (tenantId: string, planId: string, filter: TaskRowFilter = {}): Promise<TaskRow[]> =>
      planTasksQuery(db, tenantId, planId, filter).selectAll().execute(),

    /** The same tasks as {@link listTasks} with the task list's columns only: a list of 1,000 reads what it shows. */
    listTaskListRows: (tenantId: string, planId: string, filter: TaskRowFilter): Promise<TaskListRow[]> =>
      planTasksQuery(db, tenantId, planId, filter).select(TASK_LIST_COLUMNS).execute(),

    findTask: (tenantId: string, taskId: string, lock = false): Promise<TaskRow | undefined> =>
      db
        .selectFrom('plan_tasks')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', taskId)
        .$if(lock, (q) => q.forUpdate())
        .executeTakeFirst(),

    /** The units the tasks name, in their order; only those of `role` when given. */
    async taskUnits(tenantId: string, tasks: TaskSet, role?: TaskUnitRow['role']): Promise<TaskUnitRow[]> {
      if (isEmpty(tasks)) return [];
      return db
        .selectFrom('plan_task_units as tu')
        .innerJoin('units as u', (j) => j.onRef('u.tenant_id', '=', 'tu.tenant_id').onRef('u.id', '=', 'tu.unit_id'))
        .select(['tu.task_id', 'tu.unit_id', 'tu.role', 'u.code', 'u.short_name'])
        .where('tu.tenant_id', '=', tenantId)
        .where(inTaskSet('tu.task_id', tenantId, tasks))
        .$if(role !== undefined, (q) => q.where('tu.role', '=', role ?? 'lead'))
        .orderBy('tu.position')
        .execute();
    },

    units: (tenantId: string) =>
      db
        .selectFrom('units')
        .select(['id', 'code', 'name', 'short_name'])
        .where('tenant_id', '=', tenantId)
        .orderBy('name')
        .execute(),

    /**
     * The last day, between two days (both included), of each task's progress updates and contributions: what
     * recurring tasks' flags look at (`@cchc/domain` tasks/flags.ts asks only whether one falls between a window's
     * start and `to`, today, so the last one answers). A year of weekly updates is not sent to say so.
     */
    async lastUpdateDays(tenantId: string, tasks: TaskSet, from: string, to: string) {
      if (isEmpty(tasks) || from > to) return [];
      // Per task, read backwards from the index of migration 0036: a few entries each, not the year's updates.
      const { rows } = await sql<{ task_id: string; on_date: string }>`
        SELECT t.id AS task_id, d.on_date FROM ${taskIdRows(tenantId, tasks)} t
         CROSS JOIN LATERAL (SELECT max(u.on_date) AS on_date FROM task_updates u
                              WHERE u.tenant_id = ${tenantId} AND u.task_id = t.id
                                AND u.kind IN ('progress', 'contribution', 'evidence', 'submit')
                                AND u.on_date >= ${from} AND u.on_date <= ${to}) d
         WHERE d.on_date IS NOT NULL`.execute(db);
      return rows;
    },

    reportPeriods: (tenantId: string, planId: string) =>
      db
        .selectFrom('plan_report_periods')
        .select(['period', 'due_date'])
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .execute(),

    timeline: (tenantId: string, taskId: string) =>
      db
        .selectFrom('task_updates as tu')
        .innerJoin('users as us', (j) =>
          j.onRef('us.tenant_id', '=', 'tu.tenant_id').onRef('us.id', '=', 'tu.author_user_id'),
        )
        .leftJoin('units as un', (j) =>
          j.onRef('un.tenant_id', '=', 'tu.tenant_id').onRef('un.id', '=', 'tu.author_unit_id'),
        )
        .select([
          'tu.id',
          'tu.kind',
          'tu.at',
          'tu.status_after',
          'tu.progress_after',
          'tu.comment',
          'tu.data',
          'us.full_name as author_name',
          'un.short_name as unit_name',
        ])
        .where('tu.tenant_id', '=', tenantId)
        .where('tu.task_id', '=', taskId)
        .orderBy('tu.at', 'desc')
        .orderBy('tu.id')
        .execute(),

    /** The ward's PAR focal unit: it owns the tasks a group of units leads (the org module's one rule). */
    focalUnitId: (tenantId: string) => loadParFocalUnitId(db, tenantId),

    /** Every unit a coordinator of the ward sits in: their own tasks need a second pair of eyes when asked. */
    coordinatorUnitIds: async (tenantId: string): Promise<string[]> =>
      (
        await db
          .selectFrom('users')
          .select('unit_id')
          .distinct()
          .where('tenant_id', '=', tenantId)
          .where('active', '=', true)
          .where('unit_id', 'is not', null)
          .where('roles', '@>', sql<Role[]>`ARRAY['coordinator']::text[]`)
          .execute()
      ).flatMap((r) => (r.unit_id ? [r.unit_id] : [])),

    insertTask: (row: Insertable<DB['plan_tasks']>) =>
      db.insertInto('plan_tasks').values(row).returningAll().executeTakeFirstOrThrow(),

    updateTask: (tenantId: string, taskId: string, patch: TaskRowPatch) =>
      db.updateTable('plan_tasks').set(patch).where('tenant_id', '=', tenantId).where('id', '=', taskId).execute(),

    async replaceTaskUnits(
      tenantId: string,
      taskId: string,
      units: { unitId: string; role: 'lead' | 'coordinator' }[],
    ) {
      await db.deleteFrom('plan_task_units').where('tenant_id', '=', tenantId).where('task_id', '=', taskId).execute();
      if (units.length === 0) return;
      await db
        .insertInto('plan_task_units')
        .values(
          units.map((u, position) => ({
            tenant_id: tenantId,
            task_id: taskId,
            unit_id: u.unitId,
            role: u.role,
            position,
          })),
        )
        .execute();
    },

    setExecution: (tenantId: string, taskId: string, patch: TaskRowPatch) =>
      db
        .updateTable('plan_tasks')
        .set(patch)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', taskId)
        .returningAll()
        .executeTakeFirstOrThrow(),

    insertUpdate: (row: Insertable<DB['task_updates']>) => db.insertInto('task_updates').values(row).execute(),

    /** The audit entries of task follow-up (tasks, amendments, target values, settings), newest first. */
    auditEntries: (tenantId: string, entities: readonly string[], entityId: string | undefined, limit: number) =>
      db
        .selectFrom('audit_events as a')
        .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.actor_user_id'))
        .select(['a.id', 'a.at', 'a.action', 'a.entity', 'a.entity_id', 'a.before', 'a.after', 'u.full_name as actor'])
        .where('a.tenant_id', '=', tenantId)
        .where('a.entity', 'in', entities)
        .$if(entityId !== undefined, (q) => q.where('a.entity_id', '=', entityId ?? ''))
        .orderBy('a.id', 'desc')
        .limit(limit)
        .execute(),

    tenantSettings: async (tenantId: string) =>
      (await db.selectFrom('tenants').select('settings').where('id', '=', tenantId).executeTakeFirstOrThrow()).settings,

    saveTenantSettings: (tenantId: string, settings: Record<string, unknown>) =>
      db
        .updateTable('tenants')
        .set({ settings: JSON.stringify(settings) })
        .where('id', '=', tenantId)
        .execute(),
  };
}
export type TasksRepository = ReturnType<typeof tasksRepository>;
