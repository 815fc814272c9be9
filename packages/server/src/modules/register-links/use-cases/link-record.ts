import { randomUUID } from 'node:crypto';
import { isCompletedStatus, type RegisterKind, vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { RequestContext } from '../../../http/request-context.js';
import { applyTaskChange, changeTask, requireRight, type TaskChange, taskRuleError } from '../../tasks/index.js';
import { KIND_LABEL, registerLinkMessage } from '../messages.js';
import { type RegisterRecord, readRecord } from '../records.js';
import { registerLinksRepository } from '../repository.js';

/** Linking is adding evidence: whoever updates or contributes to the task, until it is accepted as done. */
function requireLinkRight(change: TaskChange): void {
  requireRight(change, change.view.rights.update || change.view.rights.contribute);
  if (isCompletedStatus(change.view.row.status)) throw taskRuleError('task_settled', change.lang);
}

/** The task's evidence row for a record: its number and date as the register holds them. */
async function recordEvidence(change: TaskChange, record: RegisterRecord, updateId: string) {
  const { auth, now, lang, repo, view } = change;
  const label = KIND_LABEL[record.kind][lang];
  return repo.insertEvidence({
    ...{ tenant_id: auth.tenantId, id: randomUUID(), task_id: view.row.id, update_id: updateId, kind: 'document' },
    ...{ file_sha256: null, file_name: null, file_size: null, mime_type: null },
    doc_number: record.number ?? label,
    doc_date: record.date ?? vietnamDateOf(now),
    doc_title: `${label}: ${record.title}`,
    ...{ added_by: auth.userId, unit_id: auth.unitId, added_at: now },
  });
}

/**
 * Ties a register record to a plan task it serves: the record becomes the task's evidence, the timeline says so,
 * and a task not started yet is now under way ("Đang thực hiện"): the ward did the work the register records.
 * The progress figure stays the unit's to report. A record is linked to a task once.
 */
export async function linkRecord(
  db: Db,
  request: RequestContext,
  taskId: string,
  input: { kind: RegisterKind; recordId: string },
): Promise<void> {
  await changeTask(db, request, taskId, async (change) => {
    requireLinkRight(change);
    const { auth, lang, trx, view } = change;
    const record = await readRecord(trx, auth.tenantId, input.kind, input.recordId, vietnamDateOf(change.now));
    if (!record) {
      throw registerLinkMessage.error('validation_failed', 'record_not_found', lang, {}, 'recordId');
    }
    const links = registerLinksRepository(trx);
    if (await links.findLink(auth.tenantId, view.row.id, record.kind, record.id)) {
      throw registerLinkMessage.error('conflict', 'already_linked', lang);
    }
    const started = view.row.status === 'not_started' ? { status: 'in_progress' as const } : {};
    const { updateId } = await applyTaskChange(change, started, {
      kind: 'evidence',
      data: { register: { kind: record.kind, id: record.id, title: record.title } },
    });
    const evidence = await recordEvidence(change, record, updateId);
    await links.insertLink({
      ...{ tenant_id: auth.tenantId, task_id: view.row.id, record_kind: record.kind, record_id: record.id },
      ...{ evidence_id: evidence.id, linked_by: auth.userId, linked_at: change.now },
    });
  });
}
