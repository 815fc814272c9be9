import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import { recordAudit } from '../../audit/repository.js';
import { hashPassword } from '../../auth/passwords.js';
import type { UserCreate } from '../schemas.js';

/**
 * Creates a user of a tenant with its city-wide login. The username is claimed in `user_logins` first, so two
 * wards cannot both take it; a taken name is a field error, not a crash.
 */
export async function createUser(
  db: Db,
  input: UserCreate & { tenantId: string; actorUserId: string | null; now: Date },
): Promise<{ id: string }> {
  const id = randomUUID();
  const passwordHash = await hashPassword(input.password);
  if (input.unitId) {
    const unit = await db
      .selectFrom('units')
      .select('id')
      .where('tenant_id', '=', input.tenantId)
      .where('id', '=', input.unitId)
      .executeTakeFirst();
    if (!unit) throw new AppError('validation_failed', undefined, { unitId: 'Đơn vị không tồn tại trong phường này.' });
  }
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto('user_logins')
      .values({ username: input.username, tenant_id: input.tenantId, user_id: id })
      .onConflict((oc) => oc.column('username').doNothing())
      .returning('username')
      .executeTakeFirst();
    if (!claimed) throw new AppError('conflict', undefined, { username: 'Tên đăng nhập đã được sử dụng.' });
    const row = {
      tenant_id: input.tenantId,
      id,
      unit_id: input.unitId ?? null,
      username: input.username,
      full_name: input.fullName,
      email: input.email ?? null,
      password_hash: passwordHash,
      roles: input.roles,
      created_at: input.now,
    };
    await trx.insertInto('users').values(row).execute();
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
