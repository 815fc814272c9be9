import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';

/** The only place with SQL for legal documents, their links, history and reviews. Every query filters by tenant. */
export function legalRepository(db: Db) {
  const ldb = db;
  const docs = (tenantId: string) => ldb.selectFrom('legal_documents').where('tenant_id', '=', tenantId);
  return {
    findDocument: (tenantId: string, id: string) => docs(tenantId).selectAll().where('id', '=', id).executeTakeFirst(),

    lockDocument: (tenantId: string, id: string) =>
      docs(tenantId).selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

    findByNumber: (tenantId: string, numberSymbol: string) =>
      docs(tenantId).selectAll().where('number_symbol', '=', numberSymbol).executeTakeFirst(),

    listDocuments: (tenantId: string, filter: { q?: string | undefined }) =>
      docs(tenantId)
        .selectAll()
        .$if(!!filter.q, (q) =>
          q.where((eb) =>
            eb.or([eb('title', 'ilike', `%${filter.q}%`), eb('number_symbol', 'ilike', `%${filter.q}%`)]),
          ),
        )
        .orderBy('signed_on', 'desc')
        .orderBy('number_symbol')
        .execute(),

    insertDocument: (row: Insertable<DB['legal_documents']>) => ldb.insertInto('legal_documents').values(row).execute(),

    updateDocument: (tenantId: string, id: string, patch: Updateable<DB['legal_documents']>) =>
      ldb
        .updateTable('legal_documents')
        .set(patch)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow(),

    /** Links where the document acts on others (source) or is acted on (target). */
    linksOf: (tenantId: string, id: string) =>
      ldb
        .selectFrom('legal_document_links')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where((eb) => eb.or([eb('source_id', '=', id), eb('target_id', '=', id)]))
        .orderBy('effective_on')
        .execute(),

    addLink: (row: Insertable<DB['legal_document_links']>) =>
      ldb
        .insertInto('legal_document_links')
        .values(row)
        .onConflict((c) => c.doNothing())
        .execute(),

    history: (tenantId: string, id: string) =>
      ldb
        .selectFrom('legal_document_history')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('document_id', '=', id)
        .orderBy('seq')
        .execute(),

    /** Appends a status change with the next number of its document. */
    addHistory: (row: Omit<Insertable<DB['legal_document_history']>, 'seq'>) =>
      ldb
        .insertInto('legal_document_history')
        .values((eb) => ({
          ...row,
          seq: eb
            .selectFrom('legal_document_history')
            .select(sql<number>`coalesce(max(seq), 0) + 1`.as('next'))
            .where('tenant_id', '=', row.tenant_id)
            .where('document_id', '=', row.document_id),
        }))
        .execute(),

    /**
     * Documents that may have stopped being in force in the year: ended by hand in it, their term running out in
     * it, or amended in it. Which of them did on a given day is the domain's `legalStatusOn`.
     */
    endedInYear: (tenantId: string, year: number) =>
      docs(tenantId)
        .selectAll()
        .where((eb) =>
          eb.or([
            eb.and([eb('ended_on', '>=', `${year}-01-01`), eb('ended_on', '<=', `${year}-12-31`)]),
            eb.and([eb('expires_on', '>=', `${year}-01-01`), eb('expires_on', '<=', `${year}-12-31`)]),
            eb.exists(
              eb
                .selectFrom('legal_document_links as l')
                .select('l.target_id')
                .whereRef('l.tenant_id', '=', 'legal_documents.tenant_id')
                .whereRef('l.target_id', '=', 'legal_documents.id')
                .where('l.relation', '=', 'amends')
                .where('l.effective_on', '>=', `${year}-01-01`)
                .where('l.effective_on', '<=', `${year}-12-31`),
            ),
          ]),
        )
        .orderBy('signed_on')
        .execute(),

    reviewPlans: (tenantId: string) =>
      ldb
        .selectFrom('legal_review_plans')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .orderBy('year', 'desc')
        .orderBy('created_at', 'desc')
        .execute(),

    findReviewPlan: (tenantId: string, id: string) =>
      ldb
        .selectFrom('legal_review_plans')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst(),

    insertReviewPlan: (row: Insertable<DB['legal_review_plans']>) =>
      ldb.insertInto('legal_review_plans').values(row).execute(),

    reviewResults: (tenantId: string, filter: { planId?: string; documentId?: string }) =>
      ldb
        .selectFrom('legal_review_results')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .$if(!!filter.planId, (q) => q.where('review_plan_id', '=', filter.planId ?? ''))
        .$if(!!filter.documentId, (q) => q.where('document_id', '=', filter.documentId ?? ''))
        .orderBy('reviewed_at')
        .execute(),

    saveReviewResult: (row: Insertable<DB['legal_review_results']>) =>
      ldb
        .insertInto('legal_review_results')
        .values(row)
        .onConflict((c) =>
          c.columns(['tenant_id', 'review_plan_id', 'document_id']).doUpdateSet((eb) => ({
            conclusion: eb.ref('excluded.conclusion'),
            note: eb.ref('excluded.note'),
            reviewed_by: eb.ref('excluded.reviewed_by'),
            reviewed_at: eb.ref('excluded.reviewed_at'),
          })),
        )
        .execute(),
  };
}

export type LegalRepository = ReturnType<typeof legalRepository>;
