import { computeDueMoment, type WorkingCalendar } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { type RecomputeContext, registerDeadlineRecomputer } from '../calendar/index.js';
import { limitOf, proceduresRepository } from '../procedures/index.js';
import { apologyOf, type DossierRow, derivedColumns } from './records.js';
import { dossiersRepository } from './repository.js';
import { dossierSideRepository } from './side-repository.js';

const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

async function recomputeTenant(db: Db, tenantId: string, rows: DossierRow[], calendar: WorkingCalendar) {
  const procedures = new Map((await proceduresRepository(db).list(tenantId)).map((p) => [p.id, p]));
  const side = dossierSideRepository(db);
  const apologies = new Map(
    (
      await side.apologies(
        tenantId,
        rows.map((r) => r.id),
      )
    ).map((a) => [a.dossier_id, a]),
  );
  const repo = dossiersRepository(db);
  let changed = 0;
  for (const row of rows) {
    const procedure = procedures.get(row.procedure_id);
    const limit = procedure ? limitOf(procedure) : null;
    // An appointment computed here from the procedure's limit follows the calendar; one recorded elsewhere stays.
    const dueAt =
      row.due_source === 'limit' && row.received_at && limit
        ? computeDueMoment(calendar, { receivedAt: row.received_at, limit }).baseDue
        : row.due_at;
    const next = { ...row, due_at: dueAt };
    const derived = derivedColumns(calendar, next, limit, apologyOf(apologies.get(row.id)));
    if (same(dueAt, row.due_at) && same(derived.current_due_at, row.current_due_at)) continue;
    await repo.update(tenantId, row.id, { due_at: dueAt, current_due_at: derived.current_due_at });
    changed++;
  }
  return changed;
}

/**
 * Recomputes the due moments of open dossiers, of one tenant or every tenant, on the calendar in force now; returns
 * how many dossiers changed.
 */
export async function recomputeOpenDossiers(
  db: Db,
  tenantId: string | null,
  calendarFor: (tenantId: string) => Promise<WorkingCalendar>,
): Promise<number> {
  const byTenant = new Map<string, DossierRow[]>();
  for (const row of await dossiersRepository(db).listOpen(tenantId)) {
    byTenant.set(row.tenant_id, [...(byTenant.get(row.tenant_id) ?? []), row]);
  }
  let changed = 0;
  for (const [id, rows] of byTenant) changed += await recomputeTenant(db, id, rows, await calendarFor(id));
  return changed;
}

/** Open dossiers follow the calendar: a holiday added or removed moves their due moments (docs/DOMAIN.md §2). */
export function registerDossierRecomputer(): () => void {
  return registerDeadlineRecomputer('dossiers', (context: RecomputeContext) => {
    const scope = context.change.scope;
    return recomputeOpenDossiers(context.db, scope === 'national' ? null : scope.tenantId, context.calendarFor);
  });
}
