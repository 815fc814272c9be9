// computeIndicators: the Decision 766 index of one unit for one period, from plain data (DOMAIN §4).
import { DEFAULT_766_CONFIG, type Indicator766Config, type IndicatorCode } from './config.js';
import {
  type EnteredIndicatorCode,
  INDICATOR_DEFINITIONS,
  type IndicatorDefinition,
  isEnteredIndicator,
} from './definitions.js';
import { digitisedDossiers, electronicResults } from './digitisation.js';
import { type DossierFacts, gatherFacts } from './facts.js';
import {
  dossiersPaidOnline,
  feesSynced,
  proceduresOnline,
  proceduresPaidOnline,
  receivedInPeriod,
  servicesInUse,
  submittedOnline,
} from './online.js';
import { averageProcessingTimes, countedInPeriod, processedInPeriod, processedOnTime } from './progress.js';
import { dossierSatisfaction } from './satisfaction.js';
import { rowOf, shareOf, totalOf } from './score.js';
import type { Count, EnteredValue, IndicatorInput, IndicatorReport, IndicatorResult } from './types.js';

/** What the computed indicators read, worked out once. */
interface Context {
  input: IndicatorInput;
  counted: DossierFacts[];
  received: DossierFacts[];
  processed: DossierFacts[];
  syncRatio: number;
  processing: Count;
}

/** A computed figure: its count (null when its source is absent) and the rate when it is not the plain share. */
type Figure = { count: Count | null; rate?: number | null };
type ComputedCode = Exclude<IndicatorCode, EnteredIndicatorCode>;

// One small handler per computed indicator, instead of a long switch.
const COMPUTED: Readonly<Record<ComputedCode, (context: Context) => Figure>> = {
  '2.1': (c) => ({ count: processedOnTime(c.counted) }),
  '2.2': (c) => ({ count: c.processing, rate: null }),
  '3.1': (c) => ({ count: proceduresOnline(c.input.procedures) }),
  '3.2': (c) => ({ count: servicesInUse(c.input.procedures, c.received) }),
  '3.3': (c) => {
    const count = submittedOnline(c.received);
    const share = shareOf(count);
    return { count, rate: share === null ? null : share * c.syncRatio };
  },
  '3.5.1': (c) => ({ count: feesSynced(c.input.procedures, c.received) }),
  '3.5.2': (c) => ({ count: proceduresPaidOnline(c.input.procedures, c.received) }),
  '3.6': (c) => ({ count: dossiersPaidOnline(c.received) }),
  '4.1': (c) => ({ count: electronicResults(c.processed) }),
  '4.2.1': (c) => ({ count: digitisedDossiers(c.processed) }),
  '5.2': (c) => ({ count: c.input.feedback?.onTime ?? null }),
  '5.3': (c) => ({ count: c.input.feedback?.satisfaction ?? null }),
  '5.4': (c) => ({ count: dossierSatisfaction(c.counted, c.input.feedback ?? null) }),
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

function syncRatioOf(input: IndicatorInput, warnings: string[]): number {
  const ratio = input.syncRatio ?? 1;
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

/**
 * The Decision 766 index of one unit for one period: a row per indicator (N/A rows have null rate and points), the
 * total scaled to 100 over the indicators that apply, and its band. Pure: the calendar, the period and every
 * figure are in `input`; points, targets, bands and the 2.1 rules come from `config`.
 */
export function computeIndicators(
  input: IndicatorInput,
  config: Indicator766Config = DEFAULT_766_CONFIG,
): IndicatorReport {
  const { facts, warnings } = gatherFacts(input, config.processing);
  const { count: processing, byProcedure } = averageProcessingTimes(facts, input.period, input.calendar);
  const context: Context = {
    input,
    counted: countedInPeriod(facts),
    received: receivedInPeriod(facts),
    processed: processedInPeriod(facts, input.period),
    syncRatio: syncRatioOf(input, warnings),
    processing,
  };
  const entered = enteredByCode(input.entered ?? [], warnings);
  const indicators = INDICATOR_DEFINITIONS.map((definition) => {
    if (isEnteredIndicator(definition.code))
      return enteredRow(definition, config, entered.get(definition.code), warnings);
    const figure = COMPUTED[definition.code](context);
    return rowOf(definition, config.indicators[definition.code], figure.count, figure.rate);
  });
  const { total, awardedPoints, applicableMaxPoints, band } = totalOf(indicators, config.bands);
  return {
    period: input.period,
    indicators,
    total,
    awardedPoints,
    applicableMaxPoints,
    band: band?.code ?? null,
    bandName: band?.name ?? null,
    processingTimes: byProcedure,
    warnings,
  };
}
