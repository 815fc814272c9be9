import { randomUUID } from 'node:crypto';
import { LEGAL_OPEN_STATUSES, vietnamDateOf } from '@cchc/domain';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { LegalDocumentRelation } from '../../../db/column-types.js';
import type { Db } from '../../../db/database.js';
import type { DB } from '../../../db/generated.js';
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../http/request-context.js';
import type { Lang } from '../../../i18n/messages.js';
import { recordAudit } from '../../audit/index.js';
import { legalMessage } from '../messages.js';
import { presentDocument, shownStatus } from '../presenter.js';
import { legalRepository } from '../repository.js';
import type { DocumentCreate, documentPatch, StatusChange } from '../schemas.js';

const fieldError = (field: string, key: Parameters<typeof legalMessage>[0], lang: Lang) =>
  legalMessage.error('validation_failed', key, lang, {}, field);

async function audit(trx: Db, r: RequestContext, action: string, id: string, before: unknown, after: unknown) {
  await recordAudit(trx, {
    tenantId: r.auth.tenantId,
    actorUserId: r.auth.userId,
    action,
    entity: 'legal_document',
    entityId: id,
    before,
    after,
    at: r.now,
  });
}

/** Registers a document of the ward in force; its number and symbol are unique in the ward. */
export async function createDocument(db: Db, r: RequestContext, body: DocumentCreate): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const repo = legalRepository(trx);
    if (await repo.findByNumber(r.auth.tenantId, body.numberSymbol))
      throw fieldError('numberSymbol', 'number_taken', r.lang);
    const id = randomUUID();
    await repo.insertDocument({
      tenant_id: r.auth.tenantId,
      id,
      number_symbol: body.numberSymbol,
      doc_type: body.docType,
      title: body.title,
      issuer: body.issuer,
      signed_on: body.signedOn,
      effective_on: body.effectiveOn,
      expires_on: body.expiresOn ?? null,
      status: 'in_force',
      created_by: r.auth.userId,
      created_at: r.now,
    });
    await repo.addHistory({
      tenant_id: r.auth.tenantId,
      document_id: id,
      from_status: null,
      to_status: 'in_force',
      changed_by: r.auth.userId,
      changed_at: r.now,
    });
    await audit(trx, r, 'create', id, undefined, body);
    return id;
  });
}

/** Corrects a document's details (a typo in its title, its dates); its status changes through `changeStatus`. */
export async function updateDocument(db: Db, r: RequestContext, id: string, patch: z.infer<typeof documentPatch>) {
  return db.transaction().execute(async (trx) => {
    const repo = legalRepository(trx);
    const before = await repo.lockDocument(r.auth.tenantId, id);
    if (!before) throw new AppError('not_found');
    if (
      patch.numberSymbol &&
      patch.numberSymbol !== before.number_symbol &&
      (await repo.findByNumber(r.auth.tenantId, patch.numberSymbol))
    ) {
      throw fieldError('numberSymbol', 'number_taken', r.lang);
    }
    // The dates in order once the correction is applied: a correction of one date may contradict another.
    const signed = patch.signedOn ?? before.signed_on;
    const effective = patch.effectiveOn ?? before.effective_on;
    const expires = patch.expiresOn === undefined ? before.expires_on : patch.expiresOn;
    if (effective < signed) throw fieldError('effectiveOn', 'effective_before_signed', r.lang);
    if (expires && expires <= effective) throw fieldError('expiresOn', 'expiry_not_after_effective', r.lang);
    const after = await repo.updateDocument(r.auth.tenantId, id, {
      ...(patch.numberSymbol !== undefined && { number_symbol: patch.numberSymbol }),
      ...(patch.docType !== undefined && { doc_type: patch.docType }),
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.issuer !== undefined && { issuer: patch.issuer }),
      ...(patch.signedOn !== undefined && { signed_on: patch.signedOn }),
      ...(patch.effectiveOn !== undefined && { effective_on: patch.effectiveOn }),
      ...(patch.expiresOn !== undefined && { expires_on: patch.expiresOn }),
    });
    const today = vietnamDateOf(r.now);
    await audit(trx, r, 'update', id, presentDocument(before, today), presentDocument(after, today));
  });
}

const RELATION: Record<Exclude<StatusChange['status'], 'expired'>, LegalDocumentRelation> = {
  amended: 'amends',
  replaced: 'replaces',
  repealed: 'repeals',
};

async function actingDocument(
  trx: Db,
  r: RequestContext,
  target: Selectable<DB['legal_documents']>,
  change: StatusChange,
) {
  if (!change.byDocumentId) return null;
  const by = await legalRepository(trx).findDocument(r.auth.tenantId, change.byDocumentId);
  if (!by || by.id === target.id) throw fieldError('byDocumentId', 'by_document', r.lang);
  return by;
}

/**
 * Marks a document expired, amended, replaced or repealed by another document of the ward: the link is stored
 * once and read both ways, the status change joins the document's history, and a document no longer in force
 * gets the day it ended (the yearly list of expired documents reads it).
 */
export async function changeStatus(db: Db, r: RequestContext, id: string, change: StatusChange): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const repo = legalRepository(trx);
    const target = await repo.lockDocument(r.auth.tenantId, id);
    if (!target) throw new AppError('not_found');
    // A term that ran out ended the document as surely as a hand change: it cannot be ended twice.
    if (!LEGAL_OPEN_STATUSES.includes(shownStatus(target, vietnamDateOf(r.now)).status))
      throw legalMessage.error('conflict', 'not_in_force', r.lang);
    const by = await actingDocument(trx, r, target, change);
    if (by && change.status !== 'expired') {
      await repo.addLink({
        tenant_id: r.auth.tenantId,
        source_id: by.id,
        target_id: target.id,
        relation: RELATION[change.status],
        effective_on: change.effectiveOn,
        note: change.note ?? null,
        created_by: r.auth.userId,
        created_at: r.now,
      });
    }
    const ends = change.status !== 'amended';
    await repo.updateDocument(r.auth.tenantId, id, {
      status: change.status,
      ...(ends && { ended_on: change.effectiveOn }),
    });
    await repo.addHistory({
      tenant_id: r.auth.tenantId,
      document_id: id,
      from_status: target.status,
      to_status: change.status,
      by_document_id: by?.id ?? null,
      note: change.note ?? null,
      changed_by: r.auth.userId,
      changed_at: r.now,
    });
    await audit(trx, r, change.status, id, { status: target.status }, { ...change });
  });
}

/** Keeps the signed file of a document (by content hash) in place of the previous one. */
export async function attachDocumentFile(
  db: Db,
  r: RequestContext,
  id: string,
  file: { name: string; type: string; size: number; sha256: string },
) {
  await db.transaction().execute(async (trx) => {
    const repo = legalRepository(trx);
    const before = await repo.lockDocument(r.auth.tenantId, id);
    if (!before) throw new AppError('not_found');
    await repo.updateDocument(r.auth.tenantId, id, {
      file_sha256: file.sha256,
      file_name: file.name,
      file_type: file.type,
      file_size: file.size,
    });
    await audit(trx, r, 'attach', id, { sha256: before.file_sha256 }, { sha256: file.sha256, name: file.name });
  });
}
