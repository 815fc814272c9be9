import { randomUUID } from 'node:crypto';
import type { Updateable } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { DB } from '../../../db/generated.js';
import { AppError, type FieldErrors, fieldsRefused } from '../../../errors.js';
import type { Actor } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { tenantMessage } from '../messages.js';
import { presentTenant } from '../presenter.js';
import { type TenantRow, tenantsRepository } from '../repository.js';
import type { MergerIn, TenantPatch } from '../schemas.js';
import { uniqueCodes } from './create-ward.js';

/** A ward, commune or special zone by code or id; the city itself is not edited here. */
export async function wardOf(db: Db, ref: string, lang: Actor['lang']): Promise<TenantRow> {
  const tenant = await tenantsRepository(db).find(ref);
  if (!tenant) throw tenantMessage.error('not_found', 'no_such_tenant', lang, { code: ref });
  if (tenant.kind === 'city') throw tenantMessage.error('validation_failed', 'not_a_ward', lang);
  return tenant;
}

const COLUMNS = {
  name: 'name',
  shortName: 'short_name',
  adminUnitCode: 'admin_unit_code',
  agencyCode: 'agency_code',
  active: 'active',
} as const;

/** The fields of a patch that change something, as column values. */
export function changedColumns(before: TenantRow, patch: TenantPatch) {
  const changes: Partial<Record<(typeof COLUMNS)[keyof typeof COLUMNS], string | boolean | null>> = {};
  for (const [field, column] of Object.entries(COLUMNS) as [
    keyof TenantPatch,
    (typeof COLUMNS)[keyof typeof COLUMNS],
  ][]) {
    const value = patch[field];
    if (value !== undefined && value !== before[column]) changes[column] = value;
  }
  return changes;
}

/**
 * Renames a ward, changes its codes, deactivates or reactivates it. A deactivated ward keeps its data and is
 * read only (the write guard refuses changes); its users can still log in and read.
 */
export async function updateWard(db: Db, ref: string, patch: TenantPatch, actor: Actor) {
  const before = await wardOf(db, ref, actor.lang);
  const fields: FieldErrors = {};
  await uniqueCodes(tenantsRepository(db), patch, actor.lang, fields, before.id);
  if (Object.keys(fields).length > 0) throw fieldsRefused(fields, 'conflict');
  const changes = changedColumns(before, patch);
  if (Object.keys(changes).length > 0) {
    await db.transaction().execute(async (trx) => {
      await tenantsRepository(trx).update(before.id, {
        ...(changes as Updateable<DB['tenants']>),
        updated_at: actor.now,
      });
      await recordAudit(trx, {
        tenantId: before.id,
        actorUserId: actor.userId,
        action: 'update',
        entity: 'tenant',
        entityId: before.id,
        before: Object.fromEntries(Object.keys(changes).map((c) => [c, before[c as keyof TenantRow]])),
        after: changes,
        at: actor.now,
      });
    });
  }
  const after = await tenantsRepository(db).byId(before.id);
  if (!after) throw new AppError('internal');
  return { tenant: presentTenant(after), changed: Object.keys(changes) };
}

/**
 * Records that a former ward or commune became this ward (the 2025 merger). A former unit that is a tenant here
 * is deactivated: its history stays readable and is reported under the ward it became.
 */
export async function recordMerger(db: Db, ref: string, input: MergerIn, actor: Actor) {
  const ward = await wardOf(db, ref, actor.lang);
  const former = input.formerTenantCode ? await wardOf(db, input.formerTenantCode, actor.lang) : null;
  if (former?.id === ward.id)
    throw tenantMessage.error('validation_failed', 'merger_self', actor.lang, {}, 'formerTenantCode');
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const row = {
      tenant_id: ward.id,
      id,
      former_name: input.formerName,
      former_code: input.formerCode ?? null,
      former_tenant_id: former?.id ?? null,
      effective_on: input.effectiveOn,
      recorded_by: actor.userId,
      recorded_at: actor.now,
    };
    const inTrx = tenantsRepository(trx);
    if (!(await inTrx.insertMerger(row)))
      throw tenantMessage.error(
        'conflict',
        'former_name_recorded',
        actor.lang,
        { name: input.formerName },
        'formerName',
      );
    if (former) await inTrx.update(former.id, { active: false, updated_at: actor.now });
    await recordAudit(trx, {
      tenantId: ward.id,
      actorUserId: actor.userId,
      action: 'merge',
      entity: 'tenant',
      entityId: ward.id,
      after: row,
      at: actor.now,
    });
  });
  return listMergers(db, ward.id);
}

export async function listMergers(db: Db, tenantId: string) {
  return (await tenantsRepository(db).mergers(tenantId)).map((m) => ({
    id: m.id,
    formerName: m.former_name,
    formerCode: m.former_code,
    formerTenantCode: m.former_tenant_code,
    effectiveOn: m.effective_on,
  }));
}
