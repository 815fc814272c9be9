import {
  type IsoDate,
  parseReportPeriodCode,
  type ReportPeriodDue,
  type ReportPeriodWindow,
  reportPeriodWindows,
  vietnamDateOf,
} from '@cchc/domain';
import type { Db } from '../../db/database.js';
import type { Lang } from '../../i18n/messages.js';
import { tasksRepository } from '../tasks/index.js';
import { reportRuleError } from './messages.js';
import { type PeriodKey, reportsRepository } from './repository.js';
import { loadReportSettings, type ReportSettings } from './settings.js';

/** A plan with what reports print of it. */
export interface ReportPlan {
  id: string;
  year: number;
  title: string;
  status: 'draft' | 'in_use' | 'closed';
  current_version: number;
}

/** A plan's report periods with their windows under the ward's setting. */
export interface PlanPeriods {
  tenantId: string;
  plan: ReportPlan;
  windows: ReportPeriodWindow[];
  settings: ReportSettings;
  today: IsoDate;
}

/** One period of a plan: what every report use case works in. */
export interface PeriodScope extends PlanPeriods {
  key: PeriodKey;
  window: ReportPeriodWindow;
  /** The following period's window, for the next period's tasks; null after the year's report. */
  next: ReportPeriodWindow | null;
}

/** The periods of the plan of a year, or null when the ward has no plan that year. */
export async function loadPlanPeriods(db: Db, tenantId: string, year: number, now: Date): Promise<PlanPeriods | null> {
  const plan = await reportsRepository(db).planOfYear(tenantId, year);
  if (!plan) return null;
  const [periods, settings] = await Promise.all([
    tasksRepository(db).reportPeriods(tenantId, plan.id),
    loadReportSettings(db, tenantId),
  ]);
  const dues: ReportPeriodDue[] = periods.map((p) => ({ period: p.period, due: p.due_date }));
  const windows = reportPeriodWindows(plan.year, dues, settings.windowMode);
  return { tenantId, plan, windows, settings, today: vietnamDateOf(now) };
}

/**
 * The period a code names (`2026-Q1`, `2026`) in the ward's plan of that year. An unknown code, a year without a
 * plan or a period the plan does not report answers 404.
 */
export async function loadPeriodScope(
  db: Db,
  tenantId: string,
  code: string,
  now: Date,
  lang: Lang,
): Promise<PeriodScope> {
  const parsed = parseReportPeriodCode(code);
  if (!parsed) throw reportRuleError('period_unknown', lang);
  const periods = await loadPlanPeriods(db, tenantId, parsed.year, now);
  const index = periods?.windows.findIndex((w) => w.period === parsed.period) ?? -1;
  const window = periods?.windows[index];
  if (!periods || !window) throw reportRuleError('period_unknown', lang);
  return {
    ...periods,
    key: { tenantId, planId: periods.plan.id, period: window.period },
    window,
    next: periods.windows[index + 1] ?? null,
  };
}
