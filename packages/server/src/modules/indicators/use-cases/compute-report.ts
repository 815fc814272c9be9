import { computeIndicators, type IndicatorReport } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { loadIndicatorConfig } from '../config.js';
import { loadIndicatorInput } from '../load-input.js';

/**
 * The Decision 766 index of a tenant, or of one of its units, for a calendar month, quarter or year (`2026-03`,
 * `2026-Q1`, `2026`), with the points, targets and bands in force for it. `now` judges the open dossiers of a
 * period still running (docs/DOMAIN.md §4); without it, every period is judged at its last day.
 */
export async function indicatorReport(
  db: Db,
  tenantId: string,
  periodName: string,
  unitId?: string,
  now?: Date,
): Promise<IndicatorReport> {
  const [input, { config }] = await Promise.all([
    loadIndicatorInput(db, tenantId, periodName, unitId),
    loadIndicatorConfig(db, tenantId),
  ]);
  return computeIndicators({ ...input, now }, config);
}

/**
 * The `cchc indicators --json` contract: one row per indicator with `code`, `numerator`, `denominator`, `rate` and
 * `points` at its top level (2.2: total working days over the dossiers processed with a result), its formula and
 * clause, then the total and the band ("chưa đủ dữ liệu" below the minimum number of dossiers).
 */
export function indicatorsJson(periodName: string, tenantCode: string, report: IndicatorReport) {
  return {
    period: periodName,
    tenant: tenantCode,
    provisional: report.provisional,
    judgedOn: report.judgedOn,
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
      formula: row.formula,
      clause: row.clause,
      ...(row.evidence === undefined ? {} : { evidence: row.evidence }),
    })),
    total: report.total,
    band: report.band,
    bandName: report.bandName,
    dossierCount: report.dossierCount,
    insufficientData: report.insufficientData,
    missingDueDate: report.missingDueDate,
    warnings: report.warnings,
  };
}
