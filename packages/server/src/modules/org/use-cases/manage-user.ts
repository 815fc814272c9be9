import type { Role, TenantKind } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { AuthContext } from '../../../http/policy.js';
import { recordAudit } from '../../audit/index.js';
import { authRepository, hashPassword } from '../../auth/index.js';
import { accountsRepository } from '../accounts-repository.js';
import { type Lang, orgMessage } from '../messages.js';
import { presentUser } from '../presenter.js';
import { orgRepository } from '../repository.js';
import type { UserPatch } from '../schemas.js';
import { checkGrant, checkRankOver } from './grant-check.js';

/**
 * A user the caller manages: one of its own tenant, or for the city admin one of a ward of the city. Anyone else's
 * answers 404, like a missing one; an account ranked above the caller answers 403.
 */
export async function findManagedUser(db: Db, auth: AuthContext, userId: string, lang: Lang) {
  const cityAdmin = auth.tenantKind === 'city' && auth.roles.includes('city_admin');
  const row = await accountsRepository(db).findManagedUser({ tenantId: auth.tenantId, withWards: cityAdmin }, userId);
  if (!row) throw new AppError('not_found');
  checkRankOver(auth, row.tenant_kind as TenantKind, row.roles, lang);
  return row;
}

type ManagedUser = Awaited<ReturnType<typeof findManagedUser>>;

async function checkPatch(db: Db, auth: AuthContext, user: ManagedUser, patch: UserPatch, lang: Lang) {
  const self = user.id === auth.userId && user.tenant_id === auth.tenantId;
  if (self && (patch.roles !== undefined || patch.active === false)) {
    throw orgMessage.error('forbidden', 'own_account', lang);
  }
  if (patch.roles) {
    const target = { id: user.tenant_id, kind: user.tenant_kind as TenantKind, parent_id: user.parent_id };
    await checkGrant(db, auth, target, patch.roles as Role[], lang);
  }
  if (patch.unitId) {
    const unit = await orgRepository(db).findUnit(user.tenant_id, patch.unitId);
    if (!unit) throw orgMessage.error('validation_failed', 'no_such_unit', lang, {}, 'unitId');
  }
}

/** Edits an account; deactivating it ends every session of it in the same transaction. */
export async function updateUser(db: Db, auth: AuthContext, userId: string, patch: UserPatch, now: Date, lang: Lang) {
  const user = await findManagedUser(db, auth, userId, lang);
  await checkPatch(db, auth, user, patch, lang);
  return db.transaction().execute(async (trx) => {
    const after = await accountsRepository(trx).updateUser(user.tenant_id, user.id, {
      ...(patch.fullName !== undefined && { full_name: patch.fullName }),
      ...(patch.email !== undefined && { email: patch.email }),
      ...(patch.roles !== undefined && { roles: [...new Set(patch.roles)] }),
      ...(patch.unitId !== undefined && { unit_id: patch.unitId }),
      ...(patch.active !== undefined && { active: patch.active }),
    });
    if (patch.active === false) await endSessions(trx, user.tenant_id, user.id);
    await recordAudit(trx, {
      tenantId: user.tenant_id,
      actorUserId: auth.userId,
      action: 'update',
      entity: 'user',
      entityId: user.id,
      before: presentUser(user),
      after: presentUser(after),
      at: now,
    });
    return presentUser(after);
  });
}

/** An admin's reset: a temporary password the user must change at first use; every session of the user ends. */
export async function resetPassword(
  db: Db,
  auth: AuthContext,
  userId: string,
  password: string,
  now: Date,
  lang: Lang,
) {
  const user = await findManagedUser(db, auth, userId, lang);
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await authRepository(trx).setPassword(user.tenant_id, user.id, hash, now, true);
    await endSessions(trx, user.tenant_id, user.id);
    await recordAudit(trx, {
      tenantId: user.tenant_id,
      actorUserId: auth.userId,
      action: 'password.reset',
      entity: 'user',
      entityId: user.id,
      at: now,
    });
  });
}

/** Ends every session of a user (an admin's revocation). */
export async function revokeUserSessions(db: Db, auth: AuthContext, userId: string, now: Date, lang: Lang) {
  const user = await findManagedUser(db, auth, userId, lang);
  await db.transaction().execute(async (trx) => {
    await endSessions(trx, user.tenant_id, user.id);
    await recordAudit(trx, {
      tenantId: user.tenant_id,
      actorUserId: auth.userId,
      action: 'sessions.revoke',
      entity: 'user',
      entityId: user.id,
      at: now,
    });
  });
}

const endSessions = (db: Db, tenantId: string, userId: string) => authRepository(db).endSessions(tenantId, userId);
