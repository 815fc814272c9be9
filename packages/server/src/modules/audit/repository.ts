import { sql, type Transaction } from 'kysely';
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

/** One event of a tenant's chain, with its hash recomputed by the database (migration 0011's digest). */
export interface ChainLink {
  id: string;
  seq: string | null;
  prev_hash: Buffer | null;
  hash: Buffer | null;
  recomputed: Buffer;
}

/** A tenant's events in chain order; events written with the chain's trigger off (no seq) come last. */
export async function chainLinks(db: Db, tenantId: string): Promise<ChainLink[]> {
  const { rows } = await sql<ChainLink>`
    SELECT e.id::text AS id, e.seq::text AS seq, e.prev_hash, e.hash, audit_event_digest(e.prev_hash, e) AS recomputed
      FROM audit_events e WHERE e.tenant_id = ${tenantId} ORDER BY e.seq NULLS LAST, e.id`.execute(db);
  return rows;
}

/** The chain's recorded head, if the tenant has written an event. */
export async function chainHead(
  db: Db,
  tenantId: string,
): Promise<{ last_seq: string; last_hash: Buffer } | undefined> {
  const { rows } = await sql<{ last_seq: string; last_hash: Buffer }>`
    SELECT last_seq::text AS last_seq, last_hash FROM audit_chain_heads WHERE tenant_id = ${tenantId}`.execute(db);
  return rows[0];
}

/** Every tenant, or the one with the code, by code. */
export async function tenantsByCode(db: Db, code?: string): Promise<{ id: string; code: string }[]> {
  return db
    .selectFrom('tenants')
    .select(['id', 'code'])
    .$if(code !== undefined, (q) => q.where('code', '=', code ?? ''))
    .orderBy('code')
    .execute();
}
