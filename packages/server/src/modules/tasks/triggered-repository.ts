import type { Db } from '../../db/database.js';

/** The SQL of event tasks whose due date is counted in working days from the instruction (`recompute.ts`). */
export const triggeredTasksRepository = (db: Db) => ({
  /** Tasks in force with a working-day count, of one tenant or (null) of every tenant. */
  counted: (tenantId: string | null) =>
    db
      .selectFrom('plan_tasks')
      .select(['tenant_id', 'id', 'status', 'trigger_doc_date', 'trigger_working_days', 'triggered_due_date'])
      .where('trigger_working_days', 'is not', null)
      .where('removed_in_version', 'is', null)
      .$if(tenantId !== null, (q) => q.where('tenant_id', '=', tenantId ?? ''))
      .execute(),

  setDue: (tenantId: string, id: string, due: string) =>
    db
      .updateTable('plan_tasks')
      .set({ triggered_due_date: due })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute(),
});
