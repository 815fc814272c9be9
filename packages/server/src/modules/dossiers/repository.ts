import { DOSSIER_STATUS, DOSSIER_STATUSES, isClockRunning, OPEN_DOSSIER_STATUSES } from '@cchc/domain';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';
import { containsPattern } from '../procedures/repository.js';
import type { DossierRow } from './records.js';

/** Filters of the dossier list, already turned into instants by the use case. */
export interface DossierListFilter {
  statuses?: readonly number[];
  procedureId?: string;
  unitId?: string;
  channel?: number;
  assigneeId?: string;
  q?: string;
  receivedFrom?: Date;
  receivedBefore?: Date;
  /** Open, clock running, working due before this instant. */
  dueBefore?: Date;
  /** Open, clock running, working due at or after this instant. */
  dueFrom?: Date;
  paused?: boolean;
  apologyProposed?: boolean;
  /** With `apologyProposed`: also every running dossier overdue at this instant without an issued letter. */
  apologyNeededAt?: Date;
  offset: number;
  limit: number;
}

/** The only SQL of the dossiers themselves; hand-overs, letters and ratings are in `side-repository.ts`. */
export function dossiersRepository(db: Db) {
  const filtered = (tenantId: string, f: DossierListFilter) =>
    db
      .selectFrom('dossiers as d')
      .where('d.tenant_id', '=', tenantId)
      .$if(Boolean(f.statuses?.length), (q) => q.where('d.status', 'in', [...(f.statuses ?? [])] as never[]))
      .$if(f.procedureId !== undefined, (q) => q.where('d.procedure_id', '=', f.procedureId ?? ''))
      .$if(f.unitId !== undefined, (q) => q.where('d.unit_id', '=', f.unitId ?? ''))
      .$if(f.channel !== undefined, (q) => q.where('d.channel', '=', (f.channel ?? 1) as never))
      .$if(f.assigneeId !== undefined, (q) => q.where('d.assignee_id', '=', f.assigneeId ?? ''))
      .$if(f.receivedFrom !== undefined, (q) => q.where('d.received_at', '>=', f.receivedFrom as Date))
      .$if(f.receivedBefore !== undefined, (q) => q.where('d.received_at', '<', f.receivedBefore as Date))
      .$if(f.dueBefore !== undefined || f.dueFrom !== undefined || f.paused === true, (q) =>
        q.where('d.status', 'in', [...OPEN_DOSSIER_STATUSES]),
      )
      .$if(f.dueBefore !== undefined, (q) => q.where('d.current_due_at', '<', f.dueBefore as Date))
      .$if(f.dueFrom !== undefined, (q) => q.where('d.current_due_at', '>=', f.dueFrom as Date))
      .$if(f.paused === true, (q) => q.where('d.status', '=', DOSSIER_STATUS.supplementRequested))
      // "Cần phiếu xin lỗi": a letter proposed and not issued, or an overdue dossier with none issued (docs/DOMAIN.md §3:
      // a late letter is still owed, so every overdue dossier without one is listed).
      .$if(f.apologyProposed === true, (q) =>
        q.where((e) => {
          const letters = (issued: boolean) =>
            e
              .selectFrom('dossier_apologies as a')
              .select('a.dossier_id')
              .whereRef('a.tenant_id', '=', 'd.tenant_id')
              .whereRef('a.dossier_id', '=', 'd.id')
              .where('a.issued_at', issued ? 'is not' : 'is', null);
          const proposed = e.exists(letters(false));
          if (!f.apologyNeededAt) return proposed;
          const overdue = e.and([
            e('d.status', 'in', DOSSIER_STATUSES.filter(isClockRunning) as never[]),
            e('d.current_due_at', '<', f.apologyNeededAt),
            e.not(e.exists(letters(true))),
          ]);
          return e.or([proposed, overdue]);
        }),
      )
      .$if(Boolean(f.q), (q) =>
        q.where((e) => {
          const pattern = containsPattern(f.q ?? '');
          return e.or([e('d.code', 'ilike', pattern), e('d.applicant_name', 'ilike', pattern)]);
        }),
      );

  return {
    /**
     * The next sequence number of an agency's day. The upsert locks the day's row until the caller's transaction
     * ends, so concurrent intakes take 1, 2, 3… in turn and commit in that order.
     */
    async nextSequence(tenantId: string, agencyCode: string, day: string): Promise<number> {
      const row = await db
        .insertInto('dossier_sequences')
        .values({ tenant_id: tenantId, agency_code: agencyCode, day, last_value: 1 })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'agency_code', 'day'])
            .doUpdateSet({ last_value: sql<number>`dossier_sequences.last_value + 1` }),
        )
        .returning('last_value')
        .executeTakeFirstOrThrow();
      return row.last_value;
    },

    /** Raises a day's sequence to at least `value`: imported codes of the ward's own agency must not be reused. */
    async raiseSequence(tenantId: string, agencyCode: string, day: string, value: number): Promise<void> {
      await db
        .insertInto('dossier_sequences')
        .values({ tenant_id: tenantId, agency_code: agencyCode, day, last_value: value })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'agency_code', 'day'])
            .doUpdateSet({ last_value: sql<number>`greatest(dossier_sequences.last_value, excluded.last_value)` }),
        )
        .execute();
    },

    /**
     * Claims a code city-wide for a dossier; false when it is already held (another ward's import may hold it):
     * intake then takes the next number rather than failing.
     */
    async claimCode(code: string, tenantId: string, dossierId: string): Promise<boolean> {
      const claimed = await db
        .insertInto('dossier_codes')
        .values({ code, tenant_id: tenantId, dossier_id: dossierId })
        .onConflict((oc) => oc.column('code').doNothing())
        .returning('code')
        .executeTakeFirst();
      return claimed !== undefined;
    },

    /** Inserts a dossier whose code {@link claimCode} has claimed. */
    async insert(row: Insertable<DB['dossiers']>): Promise<void> {
      await db.insertInto('dossiers').values(row).execute();
    },

    find: (tenantId: string, id: string, forUpdate = false): Promise<DossierRow | undefined> =>
      db
        .selectFrom('dossiers')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .$if(forUpdate, (q) => q.forUpdate())
        .executeTakeFirst(),

    findByCode: (tenantId: string, code: string): Promise<DossierRow | undefined> =>
      db
        .selectFrom('dossiers')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('code', '=', code)
        .executeTakeFirst(),

    /** The tenant a code belongs to, from the city-wide code index. */
    tenantOfCode: async (code: string): Promise<string | undefined> =>
      (await db.selectFrom('dossier_codes').select('tenant_id').where('code', '=', code).executeTakeFirst())?.tenant_id,

    async update(tenantId: string, id: string, patch: Updateable<DB['dossiers']>): Promise<void> {
      await db.updateTable('dossiers').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
    },

    list: (tenantId: string, f: DossierListFilter): Promise<DossierRow[]> =>
      filtered(tenantId, f)
        .selectAll('d')
        .orderBy('d.created_at', 'desc')
        .orderBy('d.code', 'desc')
        .offset(f.offset)
        .limit(f.limit)
        .execute(),

    count: async (tenantId: string, f: DossierListFilter): Promise<number> =>
      Number(
        (
          await filtered(tenantId, f)
            .select((e) => e.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),

    /** Open dossiers of one tenant or all, for the calendar recomputer and the apology job. */
    listOpen: (tenantId: string | null): Promise<DossierRow[]> =>
      db
        .selectFrom('dossiers')
        .selectAll()
        .where('status', 'in', [...OPEN_DOSSIER_STATUSES])
        .$if(tenantId !== null, (q) => q.where('tenant_id', '=', tenantId ?? ''))
        .execute(),

    /** Tenants that hold open dossiers. */
    tenantsWithOpenDossiers: async (): Promise<string[]> =>
      (
        await db
          .selectFrom('dossiers')
          .select('tenant_id')
          .distinct()
          .where('status', 'in', [...OPEN_DOSSIER_STATUSES])
          .execute()
      ).map((r) => r.tenant_id),

    agencyCode: async (tenantId: string): Promise<string | null> =>
      (await db.selectFrom('tenants').select('agency_code').where('id', '=', tenantId).executeTakeFirst())
        ?.agency_code ?? null,

    /** The ward whose agency code this is (an agency prefix belongs to one ward). */
    tenantOfAgency: async (agencyCode: string): Promise<string | undefined> =>
      (await db.selectFrom('tenants').select('id').where('agency_code', '=', agencyCode).executeTakeFirst())?.id,

    /** Every ward's agency code, for imports to refuse codes under another ward's prefix. */
    agencyOwners: async (): Promise<Map<string, string>> => {
      const rows = await db
        .selectFrom('tenants')
        .select(['id', 'agency_code'])
        .where('agency_code', 'is not', null)
        .execute();
      return new Map(rows.map((r) => [r.agency_code ?? '', r.id]));
    },

    agencyCodeTaken: async (code: string, exceptTenantId: string): Promise<boolean> =>
      (await db
        .selectFrom('tenants')
        .select('id')
        .where('agency_code', '=', code)
        .where('id', '!=', exceptTenantId)
        .executeTakeFirst()) !== undefined,

    async setAgencyCode(tenantId: string, code: string): Promise<void> {
      await db.updateTable('tenants').set({ agency_code: code }).where('id', '=', tenantId).execute();
    },
  };
}
export type DossiersRepository = ReturnType<typeof dossiersRepository>;
