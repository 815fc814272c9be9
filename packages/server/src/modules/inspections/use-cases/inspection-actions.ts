import { randomUUID } from 'node:crypto';
import { formatShortDate, type InspectionAction, nextInspectionStatus } from '@cchc/domain';
import type { Selectable, Transaction, Updateable } from 'kysely';
import type { z } from 'zod';
import type { Db } from '../../../db/database.js';
import type { DB } from '../../../db/generated.js';
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { orgRepository } from '../../org/index.js';
import { canManage, canSelfAssess, requireThat } from '../access.js';
import { type InspectionMessageKey, inspectionMessage } from '../messages.js';
import { inspectionRepository } from '../repository.js';
import type {
  cancelBody,
  concludeBody,
  findingBody,
  followUpBody,
  followUpDoneBody,
  selfAssessmentBody,
} from '../schemas.js';

type Row = Selectable<DB['inspections']>;

/** One change to an inspection: who may make it, what it does, what the audit records. */
interface Change {
  action: InspectionAction;
  allowed(request: RequestContext, row: Row): boolean;
  apply(trx: Transaction<DB>, request: RequestContext, row: Row): Promise<Updateable<DB['inspections']>>;
  audit: unknown;
}

/** Locks the inspection, checks the right and the status, applies the change and records it, in one transaction. */
async function change(db: Db, request: RequestContext, id: string, c: Change): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const repo = inspectionRepository(trx);
    const row = await repo.lock(request.auth.tenantId, id);
    if (!row) throw new AppError('not_found');
    requireThat(c.allowed(request, row));
    const status = nextInspectionStatus(row.status, c.action);
    if (!status) throw inspectionMessage.error('conflict', 'status_conflict', request.lang);
    const patch = await c.apply(trx, request, row);
    await repo.update(request.auth.tenantId, id, { ...patch, status });
    await recordAudit(trx, {
      tenantId: request.auth.tenantId,
      actorUserId: request.auth.userId,
      action: c.action,
      entity: 'inspection',
      entityId: id,
      before: { status: row.status },
      after: { status, ...(c.audit as object) },
      at: request.now,
    });
  });
}

const manager = (request: RequestContext) => canManage(request.auth);

/** The unit's self-inspection form: one result per reform area, with notes; resubmitting replaces it. */
export function submitSelfAssessment(
  db: Db,
  request: RequestContext,
  id: string,
  body: z.infer<typeof selfAssessmentBody>,
) {
  if (new Set(body.items.map((i) => i.area)).size !== body.items.length) {
    throw inspectionMessage.error('validation_failed', 'duplicate_area', request.lang, {}, 'items');
  }
  return change(db, request, id, {
    action: 'submit_self_assessment',
    allowed: (r, row) => manager(r) || canSelfAssess(r.auth, row.unit_id),
    apply: async (_trx, r) => ({
      self_assessment: JSON.stringify(body.items),
      self_assessed_by: r.auth.userId,
      self_assessed_at: r.now,
    }),
    audit: { items: body.items.length },
  });
}

/** A finding of the team, with its severity. */
export function addFinding(db: Db, request: RequestContext, id: string, body: z.infer<typeof findingBody>) {
  return change(db, request, id, {
    action: 'record_finding',
    allowed: manager,
    apply: async (trx, r, row) => {
      await inspectionRepository(trx).addFinding({
        tenant_id: r.auth.tenantId,
        id: randomUUID(),
        inspection_id: row.id,
        severity: body.severity,
        text: body.text,
        created_by: r.auth.userId,
        created_at: r.now,
      });
      return {};
    },
    audit: { finding: body },
  });
}

/** A follow-up action with its owner unit and deadline, optionally answering a finding. */
export function addFollowUp(db: Db, request: RequestContext, id: string, body: z.infer<typeof followUpBody>) {
  return change(db, request, id, {
    action: 'record_finding',
    allowed: manager,
    apply: async (trx, r, row) => {
      const repo = inspectionRepository(trx);
      const unit = await orgRepository(trx).findUnit(r.auth.tenantId, body.ownerUnitId);
      const findings = body.findingId ? await repo.findings(r.auth.tenantId, row.id) : [];
      const fail = (field: string, key: 'unit_not_found' | 'finding_not_found') =>
        inspectionMessage.error('validation_failed', key, r.lang, {}, field);
      if (!unit?.active) throw fail('ownerUnitId', 'unit_not_found');
      if (body.dueOn <= row.planned_from) {
        const date = formatShortDate(row.planned_from);
        throw inspectionMessage.error('validation_failed', 'follow_up_before_inspection', r.lang, { date }, 'dueOn');
      }
      if (body.findingId && !findings.some((f) => f.id === body.findingId))
        throw fail('findingId', 'finding_not_found');
      await repo.addFollowUp({
        tenant_id: r.auth.tenantId,
        id: randomUUID(),
        inspection_id: row.id,
        finding_id: body.findingId ?? null,
        action: body.action,
        owner_unit_id: body.ownerUnitId,
        owner_name: body.ownerName || null,
        due_on: body.dueOn,
        status: 'open',
        created_by: r.auth.userId,
        created_at: r.now,
      });
      return {};
    },
    audit: { followUp: body },
  });
}

/**
 * Issues the conclusion: the notice's number, date and signer are recorded and the inspection counts for target
 * đ from now on. Follow-ups may still be added before, not after.
 */
export function concludeInspection(db: Db, request: RequestContext, id: string, body: z.infer<typeof concludeBody>) {
  return change(db, request, id, {
    action: 'conclude',
    allowed: manager,
    apply: async (trx, r, row) => {
      const fail = (field: string, key: InspectionMessageKey, date = '') =>
        inspectionMessage.error('validation_failed', key, r.lang, { date: formatShortDate(date) }, field);
      const number = noticeNumberOf(body.noticeNumber);
      if (number === undefined) throw fail('noticeNumber', 'notice_number');
      // Dates in order: the conclusion inside or after the inspection window, remediation after the conclusion.
      if (body.noticeDate < row.planned_from) throw fail('noticeDate', 'notice_before_inspection', row.planned_from);
      const followUps = await inspectionRepository(trx).followUps(r.auth.tenantId, row.id);
      const early = followUps.find((f) => f.due_on <= body.noticeDate);
      if (early) throw fail('noticeDate', 'follow_up_before_conclusion', body.noticeDate);
      return {
        conclusion: body.conclusion,
        concluded_by: r.auth.userId,
        concluded_at: r.now,
        notice_number: number,
        notice_date: body.noticeDate,
        signer_name: body.signerName,
      };
    },
    audit: { noticeNumber: body.noticeNumber ?? null, noticeDate: body.noticeDate },
  });
}

/** The registry number of a notice typed alone or whole (`Số 20/TB-UBND`); null when empty, undefined when not one. */
export function noticeNumberOf(typed: string | undefined): string | null | undefined {
  const text = (typed ?? '').trim();
  if (text === '') return null;
  const match = /^(?:số[:.]?\s*)?(\d{1,6})(?:\s*\/\s*TB-UBND)?$/iu.exec(text);
  return match?.[1];
}

/** Cancels a planned inspection with the reason; it never counts for target đ. */
export function cancelInspection(db: Db, request: RequestContext, id: string, body: z.infer<typeof cancelBody>) {
  return change(db, request, id, {
    action: 'cancel',
    allowed: manager,
    apply: async () => ({ cancel_note: body.note }),
    audit: { note: body.note },
  });
}

/** Marks a follow-up done: by its owner unit or the focal point, at any time after the conclusion too. */
export async function completeFollowUp(
  db: Db,
  request: RequestContext,
  id: string,
  followUpId: string,
  body: z.infer<typeof followUpDoneBody>,
) {
  await db.transaction().execute(async (trx) => {
    const repo = inspectionRepository(trx);
    const followUp = await repo.findFollowUp(request.auth.tenantId, id, followUpId);
    if (!followUp) throw new AppError('not_found');
    requireThat(canManage(request.auth) || canSelfAssess(request.auth, followUp.owner_unit_id));
    await repo.updateFollowUp(request.auth.tenantId, followUpId, {
      status: 'done',
      done_at: request.now,
      done_note: body.note ?? null,
    });
    await recordAudit(trx, {
      tenantId: request.auth.tenantId,
      actorUserId: request.auth.userId,
      action: 'complete',
      entity: 'inspection_follow_up',
      entityId: followUpId,
      before: { status: followUp.status },
      after: { status: 'done', note: body.note ?? null },
      at: request.now,
    });
  });
}
