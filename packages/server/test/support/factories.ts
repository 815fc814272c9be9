import { randomUUID } from 'node:crypto';
import type { Role } from '@cchc/domain';
import type { Db } from '../../src/db/database.js';
import { createUser } from '../../src/modules/org/use-cases/create-user.js';
import { DEMO_PASSWORD } from '../../src/seed/demo-accounts.js';
import { TEST_EPOCH } from './constants.js';

/** A second ward of the seeded city, with one unit and one user per role asked for: for isolation tests. */
export async function createWard(db: Db, code: string, roles: Role[] = ['ward_admin']) {
  const city = await db.selectFrom('tenants').select('id').where('kind', '=', 'city').executeTakeFirstOrThrow();
  const tenantId = randomUUID();
  await db
    .insertInto('tenants')
    .values({
      id: tenantId,
      code,
      kind: 'ward',
      parent_id: city.id,
      name: `Phường ${code}`,
      short_name: code,
      agency_code: null,
      created_at: TEST_EPOCH,
    })
    .execute();
  const unitId = randomUUID();
  await db
    .insertInto('units')
    .values({
      tenant_id: tenantId,
      id: unitId,
      code: 'VHXH',
      name: 'Phòng Văn hóa - Xã hội',
      short_name: 'VHXH',
      created_at: TEST_EPOCH,
    })
    .execute();
  const usernames: Record<string, string> = {};
  for (const role of roles) {
    const username = `${code}.${role}`.replaceAll('_', '-');
    await createUser(db, {
      username,
      fullName: `${role} ${code}`,
      password: DEMO_PASSWORD,
      roles: [role],
      unitId,
      tenantId,
      actorUserId: null,
      now: TEST_EPOCH,
    });
    usernames[role] = username;
  }
  return { tenantId, unitId, usernames };
}

/** The id of a seeded unit of Phường Hải Dương by its code. */
export async function seedUnitId(db: Db, code: string): Promise<string> {
  const row = await db
    .selectFrom('units as u')
    .innerJoin('tenants as t', 't.id', 'u.tenant_id')
    .select('u.id')
    .where('t.code', '=', 'hai-duong')
    .where('u.code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}
