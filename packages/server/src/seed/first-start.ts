import { randomUUID } from 'node:crypto';
import { DEFAULT_UNITS } from '@cchc/domain';
import { withSessionLock } from '../db/advisory-lock.js';
import type { Db } from '../db/database.js';
import type { Logger } from '../logger.js';
import { createUser } from '../modules/org/use-cases/create-user.js';
import { importSeedPlan } from '../modules/plans/use-cases/import-seed-plan.js';
import { seedDemoCatalogue } from '../modules/procedures/use-cases/seed-demo.js';
import { tenantsRepository } from '../modules/tenants/index.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';

export const CITY = { code: 'hai-phong', name: 'Thành phố Hải Phòng', shortName: 'Hải Phòng' } as const;
export const SEED_WARD = { code: 'hai-duong', name: 'Phường Hải Dương', shortName: 'Hải Dương' } as const;

// Held while seeding, so two servers starting on an empty database seed it once.
const SEED_LOCK = 4_817_204;

/**
 * First start: the city, Phường Hải Dương with the units named in its plan, one demo account per role, and its
 * 2026 plan imported and in use. The organisation is seeded once (while no tenant exists), the plan once (while
 * the ward has no 2026 plan).
 */
export async function seedFirstStart(db: Db, now: Date, log: Logger): Promise<boolean> {
  return withSessionLock(db, SEED_LOCK, async (conn) => {
    const empty = !(await tenantsRepository(conn).anyExists());
    if (empty) {
      await seedOrganisation(conn, now);
      logDemoAccounts(log);
    }
    // Outside the first-start branch: a data folder made before plans existed gets the seed plan too.
    await importSeedPlan(conn, SEED_WARD.code, now, log);
    // Demo procedures and agency code, until the ward enters its own (also for data folders made earlier).
    await seedDemoCatalogue(conn, SEED_WARD.code, now);
    return empty;
  });
}

async function seedOrganisation(db: Db, now: Date): Promise<void> {
  const cityId = randomUUID();
  const wardId = randomUUID();
  const tenants = tenantsRepository(db);
  await tenants.insert({
    id: cityId,
    code: CITY.code,
    kind: 'city',
    parent_id: null,
    name: CITY.name,
    short_name: CITY.shortName,
    agency_code: null,
    created_at: now,
  });
  await tenants.insert({
    id: wardId,
    code: SEED_WARD.code,
    kind: 'ward',
    parent_id: cityId,
    name: SEED_WARD.name,
    short_name: SEED_WARD.shortName,
    agency_code: null,
    created_at: now,
  });
  const units = DEFAULT_UNITS.map((u) => ({
    tenant_id: wardId,
    id: randomUUID(),
    code: u.code,
    name: u.name,
    short_name: u.shortName,
    aliases: u.aliases,
    created_at: now,
  }));
  await tenants.insertUnits(units);
  const unitIds = new Map(units.map((u) => [u.code, u.id]));
  for (const a of DEMO_ACCOUNTS) {
    await createUser(db, {
      username: a.username,
      fullName: a.fullName,
      password: DEMO_PASSWORD,
      roles: a.roles,
      unitId: a.unitCode ? (unitIds.get(a.unitCode) ?? null) : null,
      tenantId: a.scope === 'city' ? cityId : wardId,
      actorUserId: null,
      now,
    });
  }
}

function logDemoAccounts(log: Logger): void {
  const lines = DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(22)} ${a.roles.join(', ')}`);
  log.info(
    `Khởi tạo lần đầu: Thành phố Hải Phòng, Phường Hải Dương và các tài khoản dùng thử (mật khẩu ${DEMO_PASSWORD}):\n${lines.join('\n')}`,
  );
}
