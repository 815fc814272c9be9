import { computeIndicators, type IndicatorReport } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { loadIndicatorConfig } from '../config.js';
import { loadIndicatorInput } from '../load-input.js';

/**
 * The Decision 766 index of a tenant, or of one of its units, for a calendar month, quarter or year (`2026-03`,
 * `2026-Q1`, `2026`), with the points, targets and bands in force for it.
 */
export async function indicatorReport(
  db: Db,
  tenantId: string,
  periodName: string,
  unitId?: string,
): Promise<IndicatorReport> {
  const [input, { config }] = await Promise.all([
    loadIndicatorInput(db, tenantId, periodName, unitId),
    loadIndicatorConfig(db, tenantId),
  ]);
  return computeIndicators(input, config);
}

/** The `cchc indicators --json` contract: one row per indicator with its figures, then the total and the band. */
export function indicatorsJson(periodName: string, tenantCode: string, report: IndicatorReport) {
  return {
    period: periodName,
    tenant: tenantCode,
    indicators: report.indicators.map((row) => ({
      code: row.code,
      name: row.name,
      numerator: row.numerator,
      denominator: row.denominator,
      rate: row.rate,
      points: row.points,
      maxPoints: row.maxPoints,
      target: row.target,
      source: row.source,
    })),
    total: report.total,
    band: report.band,
  };
}
