import {
  type IndicatorReport,
  indicatorReportOf,
  judgingDay,
  sumTallies,
  talliedPeriodOf,
  tallyPeriod,
} from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { loadWorkingCalendar } from '../../calendar/service.js';
import { procedureRecordOf } from '../../procedures/records.js';
import { proceduresRepository } from '../../procedures/repository.js';
import { loadIndicatorConfig } from '../config.js';
import { tallyRows } from '../facts-repository.js';
import { appliedProcedures, enteredValues, feedbackOf, periodNamed } from '../load-input.js';
import { factsScope, inOneSnapshot, storeFacts, tallyOfRow, uncoveredRecords } from '../summed-period.js';

/**
 * The Decision 766 index of a tenant, or of one of its units, for a calendar month, quarter or year (`2026-03`,
 * `2026-Q1`, `2026`), with the points, targets and bands in force for it. `now` judges the open dossiers of a
 * period still running (docs/DOMAIN.md §4); without it, every period is judged at its last day. The dossiers are
 * summed in SQL from their stored facts; those the facts do not answer yet go through the domain (summed-period.ts).
 */
export async function indicatorReport(
  db: Db,
  tenantId: string,
  periodName: string,
  unitId?: string,
  now?: Date,
): Promise<IndicatorReport> {
  const period = periodNamed(periodName);
  const [calendar, procedureRows, entered, feedback, { config }] = await Promise.all([
    loadWorkingCalendar(db, tenantId),
    proceduresRepository(db).list(tenantId),
    unitId === undefined ? enteredValues(db, tenantId, periodName, period) : Promise.resolve([]),
    feedbackOf(db, tenantId, period, unitId),
    loadIndicatorConfig(db, tenantId),
  ]);
  const { asOf } = judgingDay(period, now);
  const scope = factsScope(tenantId, period, asOf, calendar, unitId);
  const { maxSupplementRequests, apologyMovesDue } = config.processing;
  const rules = {
    maxSupplementRequests: Number.isFinite(maxSupplementRequests) ? maxSupplementRequests : null,
    apologyMovesDue,
  };
  const named = feedback?.dossierCodesWithFeedback ?? [];
  const [summed, uncovered] = await inOneSnapshot(db, (snapshot) =>
    Promise.all([tallyRows(snapshot, scope, rules, named), uncoveredRecords(snapshot, scope)]),
  );
  const used = new Set([...summed.map((row) => row.procedure_code), ...uncovered.records.map((d) => d.procedureCode)]);
  const procedures = appliedProcedures(procedureRows, used, unitId);
  const rest = tallyPeriod({ period, calendar, procedures, dossiers: uncovered.records, feedback }, asOf, config);
  await storeFacts(db, scope, calendar, procedureRows.map(procedureRecordOf), uncovered);
  const tallies = sumTallies(summed.map(tallyOfRow), rest.tallies.values());
  const missing = [...summed.flatMap((row) => row.missing_codes ?? []), ...rest.missingDueCodes].sort();
  const input = { period, calendar, procedures, entered, feedback, now };
  return indicatorReportOf(talliedPeriodOf(input, tallies.values(), missing, rest.warnings), config);
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
