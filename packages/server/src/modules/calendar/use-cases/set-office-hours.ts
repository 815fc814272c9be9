import { createWorkingCalendar, DEFAULT_OFFICE_HOURS } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { AuthContext } from '../../../http/policy.js';
import { recordAudit } from '../../audit/index.js';
import { ruleMessage } from '../messages.js';
import { type RecomputeOutcome, recomputeDeadlines } from '../recompute.js';
import { calendarRepository, type StoredOfficeHours } from '../repository.js';
import { loadWorkingCalendar } from '../service.js';
import type { ChangeContext } from './change-year-day.js';

/** Throws a 400 on the field at fault when the domain refuses the hours (unordered or overlapping periods). */
function checkHours(hours: StoredOfficeHours, context: ChangeContext): void {
  try {
    createWorkingCalendar({ years: [], officeHours: hours });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const field = checkPeriodsOnly(hours.periods) ? 'saturdayCounter' : 'periods';
    throw ruleMessage.error('validation_failed', 'office_hours_order', context.lang, {}, field);
  }
}

/** Whether the working periods alone are acceptable, to tell which field a refusal is about. */
function checkPeriodsOnly(periods: StoredOfficeHours['periods']): boolean {
  try {
    createWorkingCalendar({ years: [], officeHours: { periods, saturdayCounter: null } });
    return true;
  } catch {
    return false;
  }
}

/**
 * Sets the office hours of the caller's own tenant (a ward setting, docs/DOMAIN.md §2) and recomputes the tenant's open
 * deadlines, in one transaction.
 */
export async function setOfficeHours(
  db: Db,
  auth: AuthContext,
  hours: StoredOfficeHours,
  context: ChangeContext,
): Promise<{ officeHours: StoredOfficeHours; recomputed: RecomputeOutcome }> {
  checkHours(hours, context);
  const recomputed = await db.transaction().execute(async (trx) => {
    const repo = calendarRepository(trx);
    const before = (await repo.officeHours(auth.tenantId)) ?? DEFAULT_OFFICE_HOURS;
    await repo.saveOfficeHours(auth.tenantId, hours, auth.userId, context.now);
    await recordAudit(trx, {
      tenantId: auth.tenantId,
      actorUserId: auth.userId,
      action: 'calendar.set_office_hours',
      entity: 'office_hours',
      entityId: auth.tenantId,
      before,
      after: hours,
      at: context.now,
    });
    return recomputeDeadlines({
      db: trx,
      change: { scope: { tenantId: auth.tenantId }, years: 'all' },
      now: context.now,
      calendarFor: (tenantId) => loadWorkingCalendar(trx, tenantId),
    });
  });
  context.log.info({ tenantId: auth.tenantId, recomputed }, `giờ làm việc đã đổi, tính lại ${recomputed.total} hạn`);
  return { officeHours: hours, recomputed };
}
