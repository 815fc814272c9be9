import { rolesFor } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { type AuthContext, hasRole } from '../../../http/policy.js';
import { currentYear } from '../official-years.js';
import { presentYear } from '../presenter.js';
import { calendarRepository } from '../repository.js';
import type { YearOut } from '../schemas.js';
import { loadWorkingCalendar } from '../service.js';

/**
 * A year of the caller's calendar: national days off and make-up days with their reasons and notices, the
 * caller's office hours, the year's version and change log, and what the caller may edit.
 */
export async function readCalendarYear(db: Db, auth: AuthContext, year: number): Promise<YearOut> {
  const repo = calendarRepository(db);
  const cityId = await repo.findCityTenantId();
  const [calendar, current, changes, cultureDay24Nov] = await Promise.all([
    loadWorkingCalendar(db, auth.tenantId),
    currentYear(repo, cityId, year),
    cityId ? repo.listChanges(cityId, year) : [],
    cityId ? repo.cultureDay24Nov(cityId) : false,
  ]);
  const permissions = {
    editNational: cityId === auth.tenantId && hasRole(auth, ...rolesFor('calendar.edit_national')),
    editOfficeHours: hasRole(auth, ...rolesFor('calendar.edit_office_hours')),
  };
  return presentYear({ year, calendar, current, cultureDay24Nov, changes, permissions });
}
