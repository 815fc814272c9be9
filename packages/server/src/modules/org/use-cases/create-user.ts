import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.js';
import type { AuthContext } from '../../../http/policy.js';
import { recordAudit } from '../../audit/index.js';
import { hashPassword } from '../../auth/index.js';
import { accountsRepository } from '../accounts-repository.js';
import { type Lang, orgMessage } from '../messages.js';
import { orgRepository } from '../repository.js';
import type { UserCreate } from '../schemas.js';
import { checkGrant } from './grant-check.js';

/** Who creates the account: a logged-in admin (grant rules apply) or null for the console (`cchc users create`). */
export interface CreateUserInput extends Omit<UserCreate, 'tenantCode'> {
  tenantId: string;
  actorUserId: string | null;
  granter?: AuthContext | null;
  /** A temporary password must be changed at first use (an admin's reset); console and demo accounts are not. */
  temporary?: boolean;
  now: Date;
  lang?: Lang;
}

/**
 * Creates a user of a tenant with its city-wide login, after the grant rules (no role above one's own, none
 * outside one's tenant but the city admin's ward accounts). The username is claimed in `user_logins` first, so
 * two wards cannot both take it; a taken name is a field error, not a crash.
 */
export async function createUser(db: Db, input: CreateUserInput): Promise<{ id: string }> {
  const lang = input.lang ?? 'vi';
  const target = await accountsRepository(db).findGrantTenant(input.tenantId);
  if (!target) throw orgMessage.error('not_found', 'no_such_tenant', lang);
  await checkGrant(db, input.granter ?? null, target, input.roles, lang);
  const id = randomUUID();
  const passwordHash = await hashPassword(input.password);
  if (input.unitId) {
    const unit = await orgRepository(db).findUnit(input.tenantId, input.unitId);
    if (!unit) throw orgMessage.error('validation_failed', 'no_such_unit', lang, {}, 'unitId');
  }
  return db.transaction().execute(async (trx) => {
    const accounts = accountsRepository(trx);
    const claimed = await accounts.claimLogin(input.username, input.tenantId, id);
    if (!claimed) throw orgMessage.error('conflict', 'username_taken', lang, {}, 'username');
    const row = {
      tenant_id: input.tenantId,
      id,
      unit_id: input.unitId ?? null,
      username: input.username,
      full_name: input.fullName,
      email: input.email ?? null,
      password_hash: passwordHash,
      roles: input.roles,
      must_change_password: input.temporary ?? false,
      created_at: input.now,
    };
    await accounts.insertUser(row);
    const { password_hash: _secret, ...visible } = row;
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorUserId: input.actorUserId,
      action: 'create',
      entity: 'user',
      entityId: id,
      after: visible,
      at: input.now,
    });
    return { id };
  });
}
