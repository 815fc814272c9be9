import type { Db } from '../../../db/database.js';
import type { AuthContext } from '../../../http/policy.js';
import { recordAudit } from '../../audit/index.js';
import { type RecomputeOutcome, recomputeDeadlines } from '../recompute.js';
import { calendarRepository, cityTenantOf } from '../repository.js';
import { loadWorkingCalendar } from '../service.js';
import type { ChangeContext } from './change-year-day.js';

/**
 * Switches the proposed Ngày Văn hóa Việt Nam holiday (24/11) on or off for the whole city (city admin only).
 * It moves the days of every year without a complete official list, so all open deadlines are recomputed.
 */
export async function setCultureDay24Nov(
  db: Db,
  auth: AuthContext,
  on: boolean,
  context: ChangeContext,
): Promise<{ cultureDay24Nov: boolean; recomputed: RecomputeOutcome }> {
  const recomputed = await db.transaction().execute(async (trx) => {
    const repo = calendarRepository(trx);
    const cityId = await cityTenantOf(repo, auth);
    const before = await repo.cultureDay24Nov(cityId);
    await repo.saveCultureDay24Nov(cityId, on, auth.userId, context.now);
    await recordAudit(trx, {
      tenantId: cityId,
      actorUserId: auth.userId,
      action: 'calendar.set_culture_day_24_nov',
      entity: 'calendar_settings',
      entityId: cityId,
      before: { cultureDay24Nov: before },
      after: { cultureDay24Nov: on },
      at: context.now,
    });
    return recomputeDeadlines({
      db: trx,
      change: { scope: 'national', years: 'all' },
      now: context.now,
      calendarFor: (tenantId) => loadWorkingCalendar(trx, tenantId),
    });
  });
  context.log.info(
    { cultureDay24Nov: on, recomputed },
    `ngày 24/11: ${on ? 'bật' : 'tắt'}, tính lại ${recomputed.total} hạn`,
  );
  return { cultureDay24Nov: on, recomputed };
}
