import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@cchc/domain';
import type { z } from 'zod';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { documentRef } from '../presenter.js';
import { legalRepository } from '../repository.js';
import type { reviewPlanCreate, reviewResultBody } from '../schemas.js';

/** A review plan (kế hoạch rà soát văn bản) of a year. */
export async function createReviewPlan(
  db: Db,
  r: RequestContext,
  body: z.infer<typeof reviewPlanCreate>,
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const id = randomUUID();
    await legalRepository(trx).insertReviewPlan({
      tenant_id: r.auth.tenantId,
      id,
      year: body.year,
      title: body.title,
      reference: body.reference || null,
      due_on: body.dueOn ?? null,
      created_by: r.auth.userId,
      created_at: r.now,
    });
    await recordAudit(trx, {
      tenantId: r.auth.tenantId,
      actorUserId: r.auth.userId,
      action: 'create',
      entity: 'legal_review',
      entityId: id,
      after: body,
      at: r.now,
    });
    return id;
  });
}

/**
 * What the review concluded for one document (keep, amend, replace, repeal, expired); a second review of the same
 * document under the same plan replaces the first. The conclusion is advice: the status changes when the acting
 * document is issued.
 */
export async function saveReviewResult(
  db: Db,
  r: RequestContext,
  planId: string,
  documentId: string,
  body: z.infer<typeof reviewResultBody>,
) {
  await db.transaction().execute(async (trx) => {
    const repo = legalRepository(trx);
    const [plan, doc] = await Promise.all([
      repo.findReviewPlan(r.auth.tenantId, planId),
      repo.findDocument(r.auth.tenantId, documentId),
    ]);
    if (!plan || !doc) throw new AppError('not_found');
    await repo.saveReviewResult({
      tenant_id: r.auth.tenantId,
      review_plan_id: planId,
      document_id: documentId,
      conclusion: body.conclusion,
      note: body.note ?? null,
      reviewed_by: r.auth.userId,
      reviewed_at: r.now,
    });
    await recordAudit(trx, {
      tenantId: r.auth.tenantId,
      actorUserId: r.auth.userId,
      action: 'review',
      entity: 'legal_document',
      entityId: documentId,
      after: { planId, ...body },
      at: r.now,
    });
  });
}

/** The review plans, newest first, each with the documents reviewed and their conclusions. */
export async function listReviewPlans(db: Db, tenantId: string, today: IsoDate) {
  const repo = legalRepository(db);
  const plans = await repo.reviewPlans(tenantId);
  const [results, docs] = await Promise.all([repo.reviewResults(tenantId, {}), repo.listDocuments(tenantId, {})]);
  const byId = new Map(docs.map((d) => [d.id, d]));
  return plans.map((p) => ({
    id: p.id,
    year: p.year,
    title: p.title,
    reference: p.reference,
    dueOn: p.due_on,
    results: results.flatMap((res) => {
      const doc = byId.get(res.document_id);
      if (res.review_plan_id !== p.id || !doc) return [];
      return [
        {
          document: documentRef(doc, today),
          conclusion: res.conclusion,
          note: res.note,
          reviewedAt: res.reviewed_at.toISOString(),
        },
      ];
    }),
  }));
}
