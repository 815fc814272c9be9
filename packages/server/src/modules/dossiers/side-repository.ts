import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';
import type { ApologyRow } from './records.js';

/** A hand-over row as read. */
export type HandoverRow = Selectable<DB['dossier_handovers']>;
/** A rating row as read. */
export type RatingRow = Selectable<DB['dossier_ratings']>;

/** SQL of what hangs off a dossier: hand-overs, the apology letter, the rating, the public lookup's failures. */
export function dossierSideRepository(db: Db) {
  return {
    handovers: (tenantId: string, dossierId: string): Promise<HandoverRow[]> =>
      db
        .selectFrom('dossier_handovers')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('dossier_id', '=', dossierId)
        .orderBy('no')
        .execute(),

    async addHandover(row: Insertable<DB['dossier_handovers']>): Promise<void> {
      await db.insertInto('dossier_handovers').values(row).execute();
    },

    async updateHandover(
      tenantId: string,
      dossierId: string,
      no: number,
      patch: Updateable<DB['dossier_handovers']>,
    ): Promise<void> {
      await db
        .updateTable('dossier_handovers')
        .set(patch)
        .where('tenant_id', '=', tenantId)
        .where('dossier_id', '=', dossierId)
        .where('no', '=', no)
        .execute();
    },

    apology: (tenantId: string, dossierId: string): Promise<ApologyRow | undefined> =>
      db
        .selectFrom('dossier_apologies')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('dossier_id', '=', dossierId)
        .executeTakeFirst(),

    apologies: (tenantId: string, dossierIds: readonly string[]): Promise<ApologyRow[]> =>
      dossierIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('dossier_apologies')
            .selectAll()
            .where('tenant_id', '=', tenantId)
            .where('dossier_id', 'in', [...dossierIds])
            .execute(),

    /** Proposes a letter unless the dossier already has one; true when a proposal was added. */
    async proposeApology(row: Insertable<DB['dossier_apologies']>): Promise<boolean> {
      const added = await db
        .insertInto('dossier_apologies')
        .values(row)
        .onConflict((oc) => oc.columns(['tenant_id', 'dossier_id']).doNothing())
        .returning('dossier_id')
        .executeTakeFirst();
      return added !== undefined;
    },

    async saveApology(row: Insertable<DB['dossier_apologies']>): Promise<void> {
      await db
        .insertInto('dossier_apologies')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['tenant_id', 'dossier_id']).doUpdateSet({
            issued_at: row.issued_at,
            issued_by: row.issued_by,
            reason: row.reason,
            new_due_at: row.new_due_at,
            letter_number: row.letter_number ?? null,
            agency: row.agency,
          }),
        )
        .execute();
    },

    rating: (tenantId: string, dossierId: string): Promise<RatingRow | undefined> =>
      db
        .selectFrom('dossier_ratings')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('dossier_id', '=', dossierId)
        .executeTakeFirst(),

    /** Stores the rating unless one exists; true when it was stored. */
    async addRating(row: Insertable<DB['dossier_ratings']>): Promise<boolean> {
      const added = await db
        .insertInto('dossier_ratings')
        .values(row)
        .onConflict((oc) => oc.columns(['tenant_id', 'dossier_id']).doNothing())
        .returning('dossier_id')
        .executeTakeFirst();
      return added !== undefined;
    },

    settings: (tenantId: string): Promise<Selectable<DB['dossier_settings']> | undefined> =>
      db.selectFrom('dossier_settings').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst(),

    async saveSettings(row: Insertable<DB['dossier_settings']>): Promise<void> {
      await db
        .insertInto('dossier_settings')
        .values(row)
        .onConflict((oc) =>
          oc.column('tenant_id').doUpdateSet({
            second_supplement: row.second_supplement,
            ...(row.action_scope !== undefined && { action_scope: row.action_scope }),
            updated_by: row.updated_by,
            updated_at: row.updated_at,
          }),
        )
        .execute();
    },

    /** The dossier's entries of the audit log, oldest first: its timeline of who did what. */
    trail: (tenantId: string, dossierId: string) =>
      db
        .selectFrom('audit_events')
        .select(['at', 'action', 'actor_user_id', 'after'])
        .where('tenant_id', '=', tenantId)
        .where('entity', '=', 'dossier')
        .where('entity_id', '=', dossierId)
        .orderBy('id')
        .execute(),

    /** Active users holding one of the roles, for the assignment list. */
    usersWithRoles: (tenantId: string, roles: readonly string[]) =>
      db
        .selectFrom('users')
        .select(['id', 'full_name', 'unit_id'])
        .where('tenant_id', '=', tenantId)
        .where('active', '=', true)
        .where(sql<boolean>`roles && ${sql.val([...roles])}::text[]`)
        .orderBy('full_name')
        .execute(),

    /** Names of users, for the timeline and the documents. */
    userNames: async (tenantId: string, ids: readonly string[]): Promise<Map<string, string>> => {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('users')
        .select(['id', 'full_name'])
        .where('tenant_id', '=', tenantId)
        .where('id', 'in', [...ids])
        .execute();
      return new Map(rows.map((r) => [r.id, r.full_name]));
    },
  };
}
export type DossierSideRepository = ReturnType<typeof dossierSideRepository>;
