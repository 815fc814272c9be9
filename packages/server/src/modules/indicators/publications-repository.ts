import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';

/** A published revision as read. */
export type PublicationRow = Selectable<DB['indicator_publications']>;

/** The SQL of published months: append-only revisions, read newest first. */
export function publicationsRepository(db: Db) {
  return {
    /** Every revision of a month, newest first. */
    revisions: (tenantId: string, month: string): Promise<PublicationRow[]> =>
      db
        .selectFrom('indicator_publications')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('month', '=', month)
        .orderBy('revision', 'desc')
        .execute(),

    /** The months of a tenant that have been published, from a month on. */
    publishedMonths: async (tenantId: string, fromMonth: string): Promise<string[]> =>
      (
        await db
          .selectFrom('indicator_publications')
          .select('month')
          .distinct()
          .where('tenant_id', '=', tenantId)
          .where('month', '>=', fromMonth)
          .orderBy('month')
          .execute()
      ).map((row) => row.month),

    /** Adds a revision; of two writers racing for the same number the second adds nothing (false). */
    async insert(
      row: Omit<Insertable<DB['indicator_publications']>, 'report'> & { report: unknown },
    ): Promise<boolean> {
      const added = await db
        .insertInto('indicator_publications')
        .values({ ...row, report: JSON.stringify(row.report) })
        .onConflict((oc) => oc.columns(['tenant_id', 'month', 'revision']).doNothing())
        .returning('revision')
        .execute();
      return added.length > 0;
    },
  };
}
