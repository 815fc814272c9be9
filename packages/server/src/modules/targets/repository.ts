import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';

/** An entered value of a measure, as read back. */
export interface TargetEntry {
  id: string;
  targetCode: string;
  metric: string;
  value: number;
  asOf: string;
  evidenceNumber: string | null;
  evidenceDate: string | null;
  note: string | null;
  enteredBy: string | null;
}

/** The only SQL of targets. Every query filters by the caller's tenant. */
export function targetsRepository(db: Db) {
  const tdb = db;
  return {
    async planTargets(tenantId: string, planId: string) {
      const rows = await tdb
        .selectFrom('plan_targets')
        .select(['code', 'text', 'measures'])
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .orderBy('position')
        .execute();
      return rows.map((r) => ({ code: r.code, text: r.text, measures: r.measures ?? [] }));
    },

    /** Every entered value of the plan, oldest first: the latest on or before a day is the value then. */
    async entries(tenantId: string, planId: string): Promise<TargetEntry[]> {
      const rows = await tdb
        .selectFrom('target_entries as e')
        .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'e.tenant_id').onRef('u.id', '=', 'e.entered_by'))
        .select([
          'e.id',
          'e.target_code',
          'e.metric',
          'e.value',
          'e.as_of',
          'e.evidence_number',
          'e.evidence_date',
          'e.note',
          'u.full_name',
        ])
        .where('e.tenant_id', '=', tenantId)
        .where('e.plan_id', '=', planId)
        .orderBy('e.as_of')
        .orderBy('e.entered_at')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        targetCode: r.target_code,
        metric: r.metric,
        value: Number(r.value),
        asOf: r.as_of,
        evidenceNumber: r.evidence_number,
        evidenceDate: r.evidence_date,
        note: r.note,
        enteredBy: r.full_name,
      }));
    },

    insertEntry: (row: Insertable<DB['target_entries']>) => tdb.insertInto('target_entries').values(row).execute(),

    /** Titles of the plan's reform areas (section II), from the version in force. */
    async areaTitles(tenantId: string, planId: string, version: number): Promise<Map<string, string>> {
      // Only the areas of the parsed plan: the whole document (every task's cells) is not read for their titles.
      const row = await tdb
        .selectFrom('plan_versions')
        .select(sql<{ code: string; title: string }[] | null>`parsed -> 'areas'`.as('areas'))
        .where('tenant_id', '=', tenantId)
        .where('plan_id', '=', planId)
        .where('version', '=', version)
        .executeTakeFirst();
      const areas = row?.areas ?? [];
      return new Map(areas.map((a) => [a.code, a.title]));
    },
  };
}
export type TargetsRepository = ReturnType<typeof targetsRepository>;
