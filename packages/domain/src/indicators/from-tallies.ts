// The index from per-procedure tallies: the rows, the total and the band, whichever store summed the dossiers.
import type { IsoDate } from '../clock.js';
import type { ProcedureRecord } from '../dossiers/index.js';
import { INSUFFICIENT_DATA_LABEL, type Indicator766Config, type IndicatorCode } from './config.js';
import { bearsFee, emptyTally, mergeTally, type ProcedureTally } from './contribution.js';
import {
  type EnteredIndicatorCode,
  INDICATOR_DEFINITIONS,
  type IndicatorDefinition,
  isEnteredIndicator,
} from './definitions.js';
import { dataWarnings } from './facts.js';
import type { Period } from './period.js';
import { rowOf, shareOf, totalOf } from './score.js';
import type { Count, EnteredValue, FeedbackFigures, IndicatorReport, IndicatorResult } from './types.js';

/** What the index is computed from once the dossiers are summed per procedure. */
export interface TalliedPeriod {
  period: Period;
  minutesPerDay: number;
  procedures: readonly ProcedureRecord[];
  feedback: FeedbackFigures | null;
  entered: readonly EnteredValue[];
  syncRatio: number | null;
  tallies: readonly ProcedureTally[];
  /** Counted dossiers with neither an appointment nor a procedure limit, in the order they were read. */
  missingDueCodes: readonly string[];
  /** Unknown procedures met while gathering the dossiers (the missing due dates are warned from their codes). */
  warnings: readonly string[];
  judgedOn: IsoDate;
  provisional: boolean;
}

interface Context {
  parts: TalliedPeriod;
  total: ProcedureTally;
  byCode: Map<string, ProcedureTally>;
  syncRatio: number;
}

type ComputedCode = Exclude<IndicatorCode, EnteredIndicatorCode>;
/** A figure's count (null when its source is absent) and its rate when not the plain share. */
type Figure = { count: Count | null; rate?: number | null };

const round2 = (value: number) => Math.round(value * 100) / 100;
const count = (numerator: number, denominator: number): Figure => ({ count: { numerator, denominator } });
const isOnlineService = (procedure: ProcedureRecord) => procedure.onlineLevel !== 'none';

/** Procedures of `base` with at least one dossier counted by `key` in the period. */
function proceduresWith(c: Context, base: (p: ProcedureRecord) => boolean, key: keyof ProcedureTally): Figure {
  const denominator = c.parts.procedures.filter(base);
  const numerator = denominator.filter((p) => Number(c.byCode.get(p.code)?.[key] ?? 0) > 0);
  return count(numerator.length, denominator.length);
}

/** 1.4 and the 3.3 sync ratio: only when every dossier accepted in the period says whether it was synced (DaDongBo). */
function syncedOf(total: ProcedureTally): Figure | null {
  if (total.received === 0 || total.receivedSyncKnown !== total.received) return null;
  return count(total.receivedSynced, total.received);
}

// One small handler per computed indicator; which dossiers each counts is said once, in contribution.ts.
const COMPUTED: Readonly<Record<ComputedCode, (context: Context) => Figure>> = {
  '2.1': ({ total }) => count(total.onTime, total.counted),
  '2.2': ({ total, parts }) => ({
    count: { numerator: round2(total.officeMinutes / parts.minutesPerDay), denominator: total.processed },
    rate: null,
  }),
  '3.1': (c) => proceduresOnline(c.parts.procedures),
  '3.2': (c) => proceduresWith(c, isOnlineService, 'receivedOnline'),
  '3.3': ({ total, syncRatio }) => {
    const share = shareOf({ numerator: total.receivedCountsAsOnline, denominator: total.received });
    return { ...count(total.receivedCountsAsOnline, total.received), rate: share === null ? null : share * syncRatio };
  },
  '3.5.1': (c) => proceduresWith(c, bearsFee, 'receivedFeeSynced'),
  '3.5.2': (c) => proceduresWith(c, bearsFee, 'receivedPaidOnline'),
  '3.6': ({ total }) => count(total.receivedOwingPaidOnline, total.receivedOwing),
  '4.1': ({ total }) => count(total.processedPaperWithFile, total.processedPaper),
  '4.2.1': ({ total }) => count(total.processedDigitised, total.processed),
  '5.2': (c) => ({ count: c.parts.feedback?.onTime ?? null }),
  '5.3': (c) => ({ count: c.parts.feedback?.satisfaction ?? null }),
  // Taken as written: 100% − late rate − complained rate, a late dossier with feedback subtracted twice; stops at 0.
  '5.4': ({ total }) => count(Math.max(0, total.onTime - total.complained), total.counted),
};

function proceduresOnline(procedures: readonly ProcedureRecord[]): Figure {
  return count(procedures.filter(isOnlineService).length, procedures.length);
}

/** Entered indicators the dossiers can answer when the import carries the data: 1.4 from DaDongBo. */
const COMPUTED_WHEN_KNOWN: Partial<Record<EnteredIndicatorCode, (context: Context) => Figure | null>> = {
  '1.4': (c) => syncedOf(c.total),
};

function isUsable(value: EnteredValue): boolean {
  const { numerator, denominator } = value;
  return Number.isFinite(numerator) && Number.isFinite(denominator) && numerator >= 0 && numerator <= denominator;
}

function enteredRow(
  definition: IndicatorDefinition,
  config: Indicator766Config,
  value: EnteredValue | undefined,
  warnings: string[],
): IndicatorResult {
  const setting = config.indicators[definition.code];
  if (value === undefined) {
    warnings.push(`Chỉ số ${definition.code} chưa được nhập: không tính vào tổng điểm`);
    return rowOf(definition, setting, null);
  }
  if (!isUsable(value)) {
    warnings.push(
      `Số liệu nhập cho chỉ số ${definition.code} không hợp lệ (${value.numerator}/${value.denominator}): bỏ qua`,
    );
    return rowOf(definition, setting, null);
  }
  return { ...rowOf(definition, setting, value), evidence: value.evidence };
}

function syncRatioOf(parts: TalliedPeriod, total: ProcedureTally, warnings: string[]): number {
  const synced = syncedOf(total);
  const fromFlags = synced?.count ? shareOf(synced.count) : null;
  const ratio = parts.syncRatio ?? fromFlags ?? 1;
  if (Number.isFinite(ratio) && ratio >= 0 && ratio <= 1) return ratio;
  warnings.push(`Tỷ lệ đồng bộ ${ratio} không nằm trong 0–1: dùng 1`);
  return 1;
}

function enteredByCode(entered: readonly EnteredValue[], warnings: string[]): Map<IndicatorCode, EnteredValue> {
  const byCode = new Map<IndicatorCode, EnteredValue>();
  for (const value of entered) {
    if (!isEnteredIndicator(value.code))
      warnings.push(`Chỉ số ${value.code} được tính từ dữ liệu, số liệu nhập bị bỏ qua`);
    else if (byCode.has(value.code)) warnings.push(`Chỉ số ${value.code} được nhập hai lần: dùng lần đầu`);
    else byCode.set(value.code, value);
  }
  return byCode;
}

function rowFor(
  definition: IndicatorDefinition,
  context: Context,
  config: Indicator766Config,
  entered: Map<IndicatorCode, EnteredValue>,
  warnings: string[],
): IndicatorResult {
  const setting = config.indicators[definition.code];
  if (isEnteredIndicator(definition.code)) {
    const figure = COMPUTED_WHEN_KNOWN[definition.code]?.(context) ?? null;
    if (figure === null) return enteredRow(definition, config, entered.get(definition.code), warnings);
    if (entered.has(definition.code))
      warnings.push(`Chỉ số ${definition.code} được tính từ dữ liệu đồng bộ của hồ sơ, số liệu nhập bị bỏ qua`);
    return { ...rowOf(definition, setting, figure.count, figure.rate), source: 'computed' };
  }
  const figure = COMPUTED[definition.code](context);
  return rowOf(definition, setting, figure.count, figure.rate);
}

/** 2.2 per procedure: working days from receipt to the end, supplement time left out, averaged; by code. */
function processingTimesOf(parts: TalliedPeriod): IndicatorReport['processingTimes'] {
  return parts.tallies
    .filter((tally) => tally.processed > 0)
    .sort((a, b) => a.procedureCode.localeCompare(b.procedureCode))
    .map((tally) => ({
      procedureCode: tally.procedureCode,
      dossiers: tally.processed,
      averageWorkingDays: round2(tally.officeMinutes / parts.minutesPerDay / tally.processed),
    }));
}

/** The report from tallied dossiers: rows, total, band and the data warnings, in the order they were met. */
export function indicatorReportOf(parts: TalliedPeriod, config: Indicator766Config): IndicatorReport {
  const warnings = dataWarnings(parts.warnings, parts.missingDueCodes);
  const total = emptyTally('');
  const byCode = new Map<string, ProcedureTally>();
  for (const tally of parts.tallies) {
    mergeTally(total, tally);
    byCode.set(tally.procedureCode, tally);
  }
  const context: Context = { parts, total, byCode, syncRatio: syncRatioOf(parts, total, warnings) };
  const entered = enteredByCode(parts.entered, warnings);
  const indicators = INDICATOR_DEFINITIONS.map((definition) => rowFor(definition, context, config, entered, warnings));
  const { total: points, awardedPoints, applicableMaxPoints, band } = totalOf(indicators, config.bands);
  const dossierCount = total.counted;
  // Nothing to band at all (no total) is N/A, not "too few dossiers".
  const insufficientData = points !== null && dossierCount < config.minDossiersForBand;
  const missingProcedures = parts.tallies
    .filter((tally) => tally.missingDue > 0)
    .map((tally) => tally.procedureCode)
    .sort();
  return {
    period: parts.period,
    indicators,
    total: points,
    awardedPoints,
    applicableMaxPoints,
    band: insufficientData ? null : (band?.code ?? null),
    bandName: insufficientData ? INSUFFICIENT_DATA_LABEL : (band?.name ?? null),
    dossierCount,
    insufficientData,
    provisional: parts.provisional,
    judgedOn: parts.judgedOn,
    missingDueDate: { dossierCodes: [...parts.missingDueCodes], procedureCodes: missingProcedures },
    processingTimes: processingTimesOf(parts),
    warnings,
  };
}
