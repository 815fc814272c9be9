import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../../db/database.js';
import type { Logger } from '../../../logger.js';
import { planRepository } from '../repository.js';
import { confirmImport } from './confirm-import.js';
import { markPlanInUse } from './mark-in-use.js';

/** The seed plan in `seed/` at the root of the checkout; `src/…` and `dist/…` are at the same depth. */
export const SEED_PLAN_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../../../seed/ke-hoach-cchc-2026-phuong-hai-duong.txt',
);
const SEED_PLAN_YEAR = 2026;

/**
 * First start: Phường Hải Dương's 2026 plan (the seed document) imported and put in use by cchc itself, so the
 * first page a user opens shows it. Idempotent: does nothing when the ward is missing or already has the plan.
 */
export async function importSeedPlan(db: Db, wardCode: string, now: Date, log: Logger): Promise<boolean> {
  const ward = await planRepository(db).tenantByCode(wardCode);
  if (!ward || (await planRepository(db).findPlanByYear(ward.id, SEED_PLAN_YEAR))) return false;
  if (!fs.existsSync(SEED_PLAN_FILE)) {
    log.warn({ file: SEED_PLAN_FILE }, 'không tìm thấy kế hoạch mẫu, bỏ qua bước nhập kế hoạch');
    return false;
  }
  const actor = { tenantId: ward.id, userId: null };
  const context = { now, lang: 'vi' as const };
  const file = { fileName: path.basename(SEED_PLAN_FILE), bytes: fs.readFileSync(SEED_PLAN_FILE) };
  const result = await confirmImport(db, actor, file, context);
  await markPlanInUse(db, actor, result.planId, context);
  log.info(`Đã nhập kế hoạch CCHC năm ${result.year}: ${result.changes.added.length} nhiệm vụ, đang thực hiện.`);
  return true;
}
