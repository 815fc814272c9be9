import type { Transaction } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';

export interface AuditEntry {
  tenantId: string;
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  at: Date;
}

/** Appends one entry; call it inside the transaction of the change it records, so both land or neither. */
export async function recordAudit(trx: Db | Transaction<DB>, e: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_events')
    .values({
      tenant_id: e.tenantId,
      at: e.at,
      actor_user_id: e.actorUserId,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
    })
    .execute();
}
