import {
  DEFAULT_766_CONFIG,
  type DossierRecord,
  type EnteredValue,
  type Indicator766Config,
  type IndicatorReport,
  type IsoDate,
  indicatorReportOf,
  judgingDay,
  type Period,
  sumTallies,
  talliedPeriodOf,
  tallyPeriod,
} from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { groupBy } from '../../../group-by.js';
import { loadWorkingCalendars } from '../../calendar/index.js';
import { feedbackFiguresOf } from '../../feedback/index.js';
import { type ProcedureRow, procedureRecordOf, proceduresRepository } from '../../procedures/index.js';
import { loadIndicatorConfigs } from '../config.js';
import { type TallyRow, tallyRows } from '../facts-repository.js';
import { appliedProcedures, enteredValuesOf, periodNamed } from '../load-input.js';
import {
  factsScope,
  inOneSnapshot,
  storeBacklog,
  storeFacts,
  tallyOfRow,
  uncoveredByWard,
  uncoveredRecords,
  type WardBasis,
} from '../summed-period.js';

/**
 * What each ward's statements depend on: its calendar (the facts' version), configuration (the processing rules)
 * and feedback figures (the dossiers they name), each read for all the wards in one query (or a fixed few).
 */
async function wardBasesOf(db: Db, tenantIds: readonly string[], period: Period, unitId?: string) {
  const [calendars, feedback, configs] = await Promise.all([
    loadWorkingCalendars(db, tenantIds),
    feedbackFiguresOf(db, tenantIds, period),
    loadIndicatorConfigs(db, tenantIds),
  ]);
  return tenantIds.map((tenantId) => {
    const calendar = calendars.get(tenantId);
    const config = configs.get(tenantId)?.config;
    if (calendar === undefined || config === undefined) throw new Error(`no inputs for ${tenantId}`);
    const figures = feedback.get(tenantId);
    const own = (unitId === undefined ? figures?.total : figures?.byUnit.get(unitId)) ?? null;
    return { tenantId, calendar, feedback: own, config };
  });
}
type WardBase = Awaited<ReturnType<typeof wardBasesOf>>[number];

/** A ward's inputs: its basis, its procedures (rows) and entered figures. */
interface WardInputs extends WardBase {
  procedureRows: readonly ProcedureRow[];
  entered: readonly EnteredValue[];
}

const rulesOf = ({ maxSupplementRequests, apologyMovesDue }: Indicator766Config['processing']) => ({
  maxSupplementRequests: Number.isFinite(maxSupplementRequests) ? maxSupplementRequests : null,
  apologyMovesDue,
});

/** One ward's report from its SQL sums and its dossiers the stored facts do not answer. */
function wardReport(
  ward: WardInputs,
  period: Period,
  now: Date | undefined,
  unitId: string | undefined,
  summed: readonly TallyRow[],
  uncovered: readonly DossierRecord[],
): IndicatorReport {
  const { calendar, feedback, config } = ward;
  const { asOf } = judgingDay(period, now);
  const used = new Set([...summed.map((row) => row.procedure_code), ...uncovered.map((d) => d.procedureCode)]);
  const procedures = appliedProcedures(ward.procedureRows, used, unitId);
  const rest = tallyPeriod({ period, calendar, procedures, dossiers: uncovered, feedback }, asOf, config);
  const tallies = sumTallies(summed.map(tallyOfRow), rest.tallies.values());
  const missing = [...summed.flatMap((row) => row.missing_codes ?? []), ...rest.missingDueCodes].sort();
  const input = { period, calendar, procedures, entered: ward.entered, feedback, now };
  return indicatorReportOf(talliedPeriodOf(input, tallies.values(), missing, rest.warnings), config);
}

/**
 * The Decision 766 index of each of some wards (or of one unit of one ward) for a calendar month, quarter or year
 * (`2026-03`, `2026-Q1`, `2026`), with the points, targets and bands in force for each. `now` judges the open
 * dossiers of a period still running (docs/DOMAIN.md §4); without it, every period is judged at its last day. The
 * dossiers of all the wards are summed in one SQL statement from their stored facts; those the facts do not answer
 * yet go through the domain and get their facts stored (summed-period.ts). Wards judged by other processing rules
 * than the first's are read in their own statement.
 */
export async function indicatorReports(
  db: Db,
  tenantIds: readonly string[],
  periodName: string,
  now?: Date,
  unitId?: string,
): Promise<Map<string, IndicatorReport>> {
  const period = periodNamed(periodName);
  const { asOf } = judgingDay(period, now);
  const [bases, procedures, entered] = await Promise.all([
    wardBasesOf(db, tenantIds, period, unitId),
    proceduresRepository(db).listOf(tenantIds),
    unitId === undefined ? enteredValuesOf(db, tenantIds, periodName, period) : Promise.resolve(new Map()),
  ]);
  const reports = new Map<string, IndicatorReport>();
  for (const group of groupBy(bases, (w) => JSON.stringify(rulesOf(w.config.processing))).values()) {
    const wards = group.map(
      (w): WardInputs => ({
        ...w,
        procedureRows: procedures.get(w.tenantId) ?? [],
        entered: entered.get(w.tenantId) ?? [],
      }),
    );
    const basis = new Map(
      wards.map((w) => [w.tenantId, { calendar: w.calendar, procedures: w.procedureRows.map(procedureRecordOf) }]),
    );
    const { summed, uncovered } = await summedGroup(db, basis, wards, period, asOf, unitId);
    await storeFacts(db, basis, uncovered);
    const summedBy = groupBy(summed, (row) => row.tenant_id);
    const uncoveredBy = uncoveredByWard(uncovered);
    for (const ward of wards) {
      const rest = uncoveredBy.get(ward.tenantId) ?? [];
      reports.set(ward.tenantId, wardReport(ward, period, now, unitId, summedBy.get(ward.tenantId) ?? [], rest));
    }
  }
  return reports;
}

/**
 * The SQL sums and the uncovered dossiers of a group of wards judged by the same processing rules (one group unless
 * a ward has rules of its own), in one snapshot; a backlog of dossiers without facts is stored first.
 */
async function summedGroup(
  db: Db,
  basis: ReadonlyMap<string, WardBasis>,
  group: readonly WardBase[],
  period: Period,
  asOf: IsoDate,
  unitId?: string,
) {
  const scope = factsScope(group, period, asOf, unitId);
  await storeBacklog(db, basis, scope);
  const named = group.flatMap((w) => (w.feedback?.dossierCodesWithFeedback ?? []).map((c) => `${w.tenantId}:${c}`));
  const rules = rulesOf(group[0]?.config.processing ?? DEFAULT_766_CONFIG.processing);
  const [summed, uncovered] = await inOneSnapshot(db, (snapshot) =>
    Promise.all([tallyRows(snapshot, scope, rules, named), uncoveredRecords(snapshot, scope)]),
  );
  return { summed, uncovered };
}

/** The Decision 766 index of a tenant, or of one of its units, for a named period (see {@link indicatorReports}). */
export async function indicatorReport(
  db: Db,
  tenantId: string,
  periodName: string,
  unitId?: string,
  now?: Date,
): Promise<IndicatorReport> {
  const report = (await indicatorReports(db, [tenantId], periodName, now, unitId)).get(tenantId);
  if (report === undefined) throw new Error(`no report for ${tenantId}`);
  return report;
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
