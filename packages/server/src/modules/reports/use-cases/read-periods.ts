import { isFlaggedLate, rolesFor, vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { type AuthContext, hasRole } from '../../../http/policy.js';
import { loadPlanPeriods, type PlanPeriods } from '../period-scope.js';
import { presentPeriod } from '../presenter.js';
import { reportsRepository } from '../repository.js';
import { timingOf } from '../unit-form.js';

type Units = Awaited<ReturnType<ReturnType<typeof reportsRepository>['reportingUnits']>>;

/** One period with the caller's unit's report, the units' progress and the consolidated report's state. */
async function periodSummary(db: Db, auth: AuthContext, periods: PlanPeriods, units: Units, index: number) {
  const window = periods.windows[index];
  if (!window) throw new Error('unreachable: index within windows');
  const repo = reportsRepository(db);
  const key = { tenantId: periods.tenantId, planId: periods.plan.id, period: window.period };
  const scope = { ...periods, key, window, next: periods.windows[index + 1] ?? null };
  const [rows, report] = await Promise.all([repo.submissionsOf(key), repo.findReport(key)]);
  const mine = units.some((u) => u.id === auth.unitId) ? rows.find((r) => r.unit_id === auth.unitId) : undefined;
  const myTiming = units.some((u) => u.id === auth.unitId) ? timingOf(mine, scope) : null;
  const dispatch = report ? await repo.dispatch(periods.tenantId, report.id) : undefined;
  return {
    ...presentPeriod(window),
    myUnit: myTiming ? { status: mine?.status ?? 'draft', timing: myTiming, late: isFlaggedLate(myTiming) } : null,
    units: {
      total: units.length,
      submitted: rows.filter((r) => r.status === 'submitted').length,
      accepted: rows.filter((r) => r.status === 'accepted').length,
      late: units.filter((u) =>
        isFlaggedLate(
          timingOf(
            rows.find((r) => r.unit_id === u.id),
            scope,
          ),
        ),
      ).length,
    },
    report: report ? { latestVersion: report.latest_version, sent: dispatch !== undefined } : null,
  };
}

/**
 * The report periods of the ward's plan of a year (this year by default) with their windows under the ward's
 * setting, the caller's unit's report in each, and, for those who see every unit, the units' progress.
 */
export async function listReportPeriods(db: Db, auth: AuthContext, now: Date, year?: number) {
  const periods = await loadPlanPeriods(db, auth.tenantId, year ?? Number(vietnamDateOf(now).slice(0, 4)), now);
  if (!periods) return { plan: null, windowMode: null, today: vietnamDateOf(now), periods: [], canSeeAll: false };
  const units = await reportsRepository(db).reportingUnits(periods.tenantId, periods.plan.id);
  const summaries = await Promise.all(periods.windows.map((_, i) => periodSummary(db, auth, periods, units, i)));
  return {
    plan: { id: periods.plan.id, year: periods.plan.year, title: periods.plan.title },
    windowMode: periods.settings.windowMode,
    today: periods.today,
    periods: summaries,
    canSeeAll: hasRole(auth, ...rolesFor('reports.view_all')),
  };
}
