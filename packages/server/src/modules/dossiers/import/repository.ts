import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { DB } from '../../../db/generated.js';

/** An import row as read. */
export type ImportRow = Selectable<DB['dossier_imports']>;

/** The SQL of dossier imports: the import's own row, and the batch upsert of its dossiers. */
export function importRepository(db: Db) {
  return {
    async create(row: Insertable<DB['dossier_imports']>): Promise<void> {
      await db.insertInto('dossier_imports').values(row).execute();
    },

    async update(tenantId: string, id: string, patch: Updateable<DB['dossier_imports']>): Promise<void> {
      await db
        .updateTable('dossier_imports')
        .set(patch)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },

    find: (tenantId: string, id: string): Promise<ImportRow | undefined> =>
      db
        .selectFrom('dossier_imports')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst(),

    list: (tenantId: string): Promise<ImportRow[]> =>
      db
        .selectFrom('dossier_imports')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .orderBy('created_at', 'desc')
        .limit(50)
        .execute(),

    /** The tenant of each code already known in the city. */
    codeOwners: async (codes: readonly string[]): Promise<Map<string, string>> => {
      if (codes.length === 0) return new Map();
      const rows = await db
        .selectFrom('dossier_codes')
        .select(['code', 'tenant_id'])
        .where('code', 'in', [...codes])
        .execute();
      return new Map(rows.map((r) => [r.code, r.tenant_id]));
    },

    /** The tenant's dossiers with these codes: id and where they came from. */
    existing: async (tenantId: string, codes: readonly string[]) => {
      if (codes.length === 0) return new Map<string, { id: string; source: string }>();
      const rows = await db
        .selectFrom('dossiers')
        .select(['code', 'id', 'source'])
        .where('tenant_id', '=', tenantId)
        .where('code', 'in', [...codes])
        .execute();
      return new Map(rows.map((r) => [r.code, { id: r.id, source: r.source }]));
    },

    /**
     * Inserts or updates a batch by code. Only imported dossiers are overwritten, so a dossier taken in at the
     * ward's counter keeps its own timeline. Returns how many rows were new.
     */
    async upsert(rows: Insertable<DB['dossiers']>[]): Promise<number> {
      if (rows.length === 0) return 0;
      const keep = ['tenant_id', 'id', 'code', 'created_at'];
      const columns = Object.keys(rows[0] ?? {}).filter((c) => !keep.includes(c)) as (keyof DB['dossiers'])[];
      const result = await db
        .insertInto('dossiers')
        .values(rows)
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'code'])
            .doUpdateSet(Object.fromEntries(columns.map((c) => [c, sql.ref(`excluded.${c}`)])))
            .where('dossiers.source', '=', 'import'),
        )
        .returning(sql<boolean>`xmax = 0`.as('inserted'))
        .execute();
      await db
        .insertInto('dossier_codes')
        .values(rows.map((r) => ({ code: r.code, tenant_id: r.tenant_id, dossier_id: r.id })))
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
      return result.filter((r) => r.inserted).length;
    },
  };
}
