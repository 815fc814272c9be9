import { type Insertable, type Selectable, sql } from 'kysely';
import { anyUuid } from '../../db/any-of.js';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';

/** An entered figure as read. */
export type EntryRow = Selectable<DB['indicator_entries']>;

/** The columns a period's computation reads of a dossier, with its procedure's code, letter and rating. */
export const PERIOD_COLUMNS = [
  'd.code',
  'd.status',
  'd.unit_id',
  'd.channel',
  'd.received_at',
  'd.due_at',
  'd.history',
  'd.finished_at',
  'd.returned_at',
  'd.supplements',
  'd.payments',
  'd.fee_lines',
  'd.components',
  'd.result_code',
  'd.result_file_url',
  'd.digitised',
  'd.reused',
  'd.vneid',
  'd.synced',
  'p.code as procedure_code',
  'a.issued_at as apology_issued_at',
  'a.new_due_at as apology_new_due_at',
  'a.reason as apology_reason',
  'r.satisfied as rating_satisfied',
] as const;

/** A dossier of a period as read, with its procedure's code, its apology letter and its rating. */
export type PeriodRow = Awaited<ReturnType<IndicatorsRepository['periodDossiers']>>[number];

/** The SQL of the indicators: the dossiers a period touches, entered figures, configuration. */
export function indicatorsRepository(db: Db) {
  const idb = db;
  return {
    /**
     * Dossiers accepted before the period ends and not finished before it begins: the only ones any indicator or
     * form II.06a counts. Uses the received index; `ended_at` is kept by the dossiers module.
     */
    periodDossiers: (tenantId: string, from: Date, toExclusive: Date, unitId?: string) =>
      idb
        .selectFrom('dossiers as d')
        .innerJoin('procedures as p', (j) =>
          j.onRef('p.tenant_id', '=', 'd.tenant_id').onRef('p.id', '=', 'd.procedure_id'),
        )
        .leftJoin('dossier_apologies as a', (j) =>
          j.onRef('a.tenant_id', '=', 'd.tenant_id').onRef('a.dossier_id', '=', 'd.id'),
        )
        .leftJoin('dossier_ratings as r', (j) =>
          j.onRef('r.tenant_id', '=', 'd.tenant_id').onRef('r.dossier_id', '=', 'd.id'),
        )
        .select(PERIOD_COLUMNS)
        .where('d.tenant_id', '=', tenantId)
        .where('d.received_at', '<', toExclusive)
        .where((e) => e.or([e('d.ended_at', 'is', null), e('d.ended_at', '>=', from)]))
        .$if(unitId !== undefined, (q) => q.where('d.unit_id', '=', unitId ?? ''))
        .orderBy('d.code')
        .execute(),

    /** Dossiers accepted in a span, and those of them synced to the national portal (target "dossiers tracked"). */
    trackedCounts: async (tenantId: string, from: Date, toExclusive: Date) => {
      const row = await idb
        .selectFrom('dossiers')
        .select((e) => [
          e.fn.countAll<number>().as('received'),
          e.fn.count<number>('id').filterWhere('synced', '=', true).as('synced'),
        ])
        .where('tenant_id', '=', tenantId)
        .where('received_at', '>=', from)
        .where('received_at', '<', toExclusive)
        .executeTakeFirstOrThrow();
      return { received: Number(row.received), synced: Number(row.synced) };
    },

    /**
     * Dossiers with a payment in a span, and those paid online (on the national portal or the province's gateway):
     * task 29's share, fee-bearing dossiers paid online ÷ fee-bearing dossiers paid (docs/DOMAIN.md §3).
     */
    paymentCounts: async (tenantId: string, from: Date, toExclusive: Date) => {
      const paidIn = (places: string[] | null) => sql<boolean>`exists (
        select 1 from jsonb_array_elements(payments) p
         where (p->>'paidAt')::timestamptz >= ${from} and (p->>'paidAt')::timestamptz < ${toExclusive}
           and (p->>'amount')::numeric > 0
           and (${places === null} or p->>'place' = any(${places ?? []}::text[])))`;
      const row = await idb
        .selectFrom('dossiers')
        .select([
          sql<number>`count(*) filter (where ${paidIn(null)})`.as('paid'),
          sql<number>`count(*) filter (where ${paidIn(['portal', 'gateway'])})`.as('online'),
        ])
        .where('tenant_id', '=', tenantId)
        .where(sql<boolean>`payments <> '[]'::jsonb`)
        .executeTakeFirstOrThrow();
      return { paid: Number(row.paid), online: Number(row.online) };
    },

    /** Apology letters issued in a period, per the unit of their dossier. */
    apologiesIssued: (tenantId: string, from: Date, toExclusive: Date) =>
      idb
        .selectFrom('dossier_apologies as a')
        .innerJoin('dossiers as d', (j) =>
          j.onRef('d.tenant_id', '=', 'a.tenant_id').onRef('d.id', '=', 'a.dossier_id'),
        )
        .select(['d.unit_id', 'a.issued_at'])
        .where('a.tenant_id', '=', tenantId)
        .where('a.issued_at', '>=', from)
        .where('a.issued_at', '<', toExclusive)
        .execute(),

    /** How many apology letters each of many tenants issued in a period (tenants with none are absent). */
    apologiesIssuedCounts: async (tenantIds: readonly string[], from: Date, toExclusive: Date) => {
      const rows = await idb
        .selectFrom('dossier_apologies')
        .select(['tenant_id', (e) => e.fn.countAll<number>().as('n')])
        .where('tenant_id', '=', anyUuid(tenantIds))
        .where('issued_at', '>=', from)
        .where('issued_at', '<', toExclusive)
        .groupBy('tenant_id')
        .execute();
      return new Map(rows.map((r) => [r.tenant_id, Number(r.n)]));
    },

    entries: (tenantId: string, periods: readonly string[]): Promise<EntryRow[]> =>
      indicatorsRepository(db).entriesOf([tenantId], periods),

    /** The entered figures of many tenants for the named periods, in period order. */
    entriesOf: (tenantIds: readonly string[], periods: readonly string[]): Promise<EntryRow[]> =>
      idb
        .selectFrom('indicator_entries')
        .selectAll()
        .where('tenant_id', '=', anyUuid(tenantIds))
        .where('period', 'in', [...periods])
        .orderBy('period')
        .execute(),

    async saveEntry(row: Insertable<DB['indicator_entries']>): Promise<void> {
      await idb
        .insertInto('indicator_entries')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['tenant_id', 'period', 'code']).doUpdateSet({
            numerator: row.numerator,
            denominator: row.denominator,
            evidence: row.evidence,
            entered_by: row.entered_by,
            entered_at: row.entered_at,
          }),
        )
        .execute();
    },

    async deleteEntry(tenantId: string, period: string, code: string): Promise<void> {
      await idb
        .deleteFrom('indicator_entries')
        .where('tenant_id', '=', tenantId)
        .where('period', '=', period)
        .where('code', '=', code)
        .execute();
    },

    /** Each tenant's stored configuration and its city's (parent's), in one query; absent tenants have no row. */
    configsOf: (tenantIds: readonly string[]) =>
      idb
        .selectFrom('tenants as t')
        .leftJoin('indicator_configs as own', 'own.tenant_id', 't.id')
        .leftJoin('indicator_configs as city', 'city.tenant_id', 't.parent_id')
        .select(['t.id', 'own.config as own', 'city.config as city'])
        .where('t.id', '=', anyUuid(tenantIds))
        .execute(),

    async saveConfig(tenantId: string, config: unknown, userId: string | null, at: Date): Promise<void> {
      const row = { tenant_id: tenantId, config: JSON.stringify(config), updated_by: userId, updated_at: at };
      await idb
        .insertInto('indicator_configs')
        .values(row)
        .onConflict((oc) =>
          oc.column('tenant_id').doUpdateSet({ config: row.config, updated_by: userId, updated_at: at }),
        )
        .execute();
    },

    /**
     * The stamp of a ward's 766 inputs (migration 0018): the newest generation of its own and the city's, as
     * db/public-stamp-cache.ts reads it by code. '0' before any write.
     */
    inputStamp: async (tenantId: string): Promise<string> =>
      (
        await sql<{ generation: string | null }>`SELECT max(p.generation)::text AS generation FROM public_inputs p
           WHERE p.tenant_id = ${tenantId} OR p.tenant_id IN (SELECT c.id FROM tenants c WHERE c.kind = 'city')`.execute(
          idb,
        )
      ).rows[0]?.generation ?? '0',

    tenant: (code: string) => idb.selectFrom('tenants').selectAll().where('code', '=', code).executeTakeFirst(),
    tenantById: (id: string) => idb.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst(),
    tenantsByIds: (ids: readonly string[]) =>
      idb.selectFrom('tenants').selectAll().where('id', '=', anyUuid(ids)).execute(),
    /** The units of many tenants, by name. */
    unitsOf: (tenantIds: readonly string[]) =>
      idb
        .selectFrom('units')
        .select(['tenant_id', 'id', 'name'])
        .where('tenant_id', '=', anyUuid(tenantIds))
        .orderBy('name')
        .execute(),
    units: (tenantId: string) =>
      idb
        .selectFrom('units')
        .select(['id', 'code', 'name', 'short_name'])
        .where('tenant_id', '=', tenantId)
        .orderBy('name')
        .execute(),
  };
}
export type IndicatorsRepository = ReturnType<typeof indicatorsRepository>;
