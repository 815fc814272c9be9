import type { Insertable, Updateable } from 'kysely';
import { anyUuid } from '../../db/any-of.js';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';
import type { ProcedureRow, ProcedureStepRow } from './records.js';

/** `%text%` for ILIKE, with the pattern characters of the text taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/** Filters of the catalogue list. */
export interface ProcedureFilter {
  incomplete?: boolean;
  q?: string;
  activeOnly?: boolean;
}

/** The only SQL of the procedure catalogue. Every query filters by the caller's tenant. */
export function proceduresRepository(db: Db) {
  const pdb = db;
  return {
    list: (tenantId: string, filter: ProcedureFilter = {}): Promise<ProcedureRow[]> =>
      pdb
        .selectFrom('procedures')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .$if(filter.incomplete !== undefined, (q) => q.where('incomplete', '=', filter.incomplete ?? false))
        .$if(filter.activeOnly === true, (q) => q.where('active', '=', true))
        .$if(Boolean(filter.q), (q) =>
          q.where((e) => {
            const pattern = containsPattern(filter.q ?? '');
            return e.or([e('code', 'ilike', pattern), e('name', 'ilike', pattern)]);
          }),
        )
        .orderBy('field')
        .orderBy('name')
        .execute(),

    /** The catalogues of many tenants in one query, each in the order of `list`. */
    listOf: async (tenantIds: readonly string[]): Promise<Map<string, ProcedureRow[]>> => {
      const byTenant = new Map<string, ProcedureRow[]>(tenantIds.map((id) => [id, []]));
      if (tenantIds.length === 0) return byTenant;
      const rows = await pdb
        .selectFrom('procedures')
        .selectAll()
        .where('tenant_id', '=', anyUuid(tenantIds))
        .orderBy('field')
        .orderBy('name')
        .execute();
      for (const row of rows) byTenant.get(row.tenant_id)?.push(row);
      return byTenant;
    },

    find: (tenantId: string, id: string): Promise<ProcedureRow | undefined> =>
      pdb
        .selectFrom('procedures')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst(),

    findByCodes: (tenantId: string, codes: readonly string[]): Promise<ProcedureRow[]> =>
      codes.length === 0
        ? Promise.resolve([])
        : pdb
            .selectFrom('procedures')
            .selectAll()
            .where('tenant_id', '=', tenantId)
            .where('code', 'in', [...codes])
            .execute(),

    steps: (tenantId: string, procedureIds: readonly string[]): Promise<ProcedureStepRow[]> =>
      procedureIds.length === 0
        ? Promise.resolve([])
        : pdb
            .selectFrom('procedure_steps')
            .selectAll()
            .where('tenant_id', '=', tenantId)
            .where('procedure_id', 'in', [...procedureIds])
            .orderBy('procedure_id')
            .orderBy('no')
            .execute(),

    async insert(row: Insertable<DB['procedures']>): Promise<void> {
      await pdb.insertInto('procedures').values(row).execute();
    },

    /** Inserts procedures whose codes are not in the catalogue yet; returns the codes actually added. */
    async insertMissing(rows: Insertable<DB['procedures']>[]): Promise<string[]> {
      if (rows.length === 0) return [];
      const added = await pdb
        .insertInto('procedures')
        .values(rows)
        .onConflict((oc) => oc.columns(['tenant_id', 'code']).doNothing())
        .returning('code')
        .execute();
      return added.map((r) => r.code);
    },

    async update(tenantId: string, id: string, patch: Updateable<DB['procedures']>): Promise<void> {
      await pdb.updateTable('procedures').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
    },

    async replaceSteps(
      tenantId: string,
      procedureId: string,
      steps: Insertable<DB['procedure_steps']>[],
    ): Promise<void> {
      await pdb
        .deleteFrom('procedure_steps')
        .where('tenant_id', '=', tenantId)
        .where('procedure_id', '=', procedureId)
        .execute();
      if (steps.length > 0) await pdb.insertInto('procedure_steps').values(steps).execute();
    },

    countAll: async (tenantId: string): Promise<number> =>
      Number(
        (
          await pdb
            .selectFrom('procedures')
            .select((e) => e.fn.countAll<number>().as('n'))
            .where('tenant_id', '=', tenantId)
            .executeTakeFirstOrThrow()
        ).n,
      ),
  };
}
export type ProceduresRepository = ReturnType<typeof proceduresRepository>;
