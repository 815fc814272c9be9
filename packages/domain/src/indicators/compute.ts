// computeIndicators: the Decision 766 index of one unit for one period, from plain data (docs/DOMAIN.md §4).
import { type IsoDate, vietnamDateOf } from '../clock.js';
import type { ProcedureRecord } from '../dossiers/index.js';
import { DEFAULT_766_CONFIG, INSUFFICIENT_DATA_LABEL, type Indicator766Config, type IndicatorCode } from './config.js';
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
  dossiersSynced,
  feesSynced,
  proceduresOnline,
  proceduresPaidOnline,
  receivedInPeriod,
  servicesInUse,
  submittedOnline,
} from './online.js';
import type { Period } from './period.js';
import { averageProcessingTimes, countedInPeriod, processedInPeriod, processedOnTime } from './progress.js';
import { dossierSatisfaction } from './satisfaction.js';
import { rowOf, shareOf, totalOf } from './score.js';
import type {
  Count,
  EnteredValue,
  IndicatorInput,
  IndicatorMembers,
  IndicatorReport,
  IndicatorResult,
  Tally,
} from './types.js';

/** What the computed indicators read, worked out once. */
interface Context {
  input: IndicatorInput;
  counted: DossierFacts[];
  received: DossierFacts[];
  processed: DossierFacts[];
  synced: Tally<DossierFacts> | null;
  syncRatio: number;
  processing: Count;
}

/**
 * A computed figure: its count (null when its source is absent), the rate when not the plain share, and its members,
 * built only when asked for (listing codes for every indicator would double the cost of the index).
 */
type Figure = { count: Count | null; rate?: number | null; members?: () => IndicatorMembers };
type ComputedCode = Exclude<IndicatorCode, EnteredIndicatorCode>;

const codesOf = (facts: readonly DossierFacts[]) => facts.map((fact) => fact.dossier.code);
const countOf = <T>(tally: Tally<T>): Count => ({
  numerator: tally.numerator.length,
  denominator: tally.denominator.length,
});

function ofDossiers(tally: Tally<DossierFacts>): Figure {
  const members = (): IndicatorMembers => ({
    kind: 'dossier',
    numerator: codesOf(tally.numerator),
    denominator: codesOf(tally.denominator),
  });
  return { count: countOf(tally), members };
}

function ofProcedures(tally: Tally<ProcedureRecord>): Figure {
  const codes = (list: readonly ProcedureRecord[]) => list.map((procedure) => procedure.code);
  const members = (): IndicatorMembers => ({
    kind: 'procedure',
    numerator: codes(tally.numerator),
    denominator: codes(tally.denominator),
  });
  return { count: countOf(tally), members };
}

function onlineShare(c: Context): Figure {
  const figure = ofDossiers(submittedOnline(c.received));
  const share = figure.count === null ? null : shareOf(figure.count);
  return { ...figure, rate: share === null ? null : share * c.syncRatio };
}

function satisfactionFigure(c: Context): Figure {
  const parts = dossierSatisfaction(c.counted, c.input.feedback ?? null);
  const members = (): IndicatorMembers => {
    const subtracted = new Set([...parts.late, ...parts.complained]);
    return {
      kind: 'dossier',
      numerator: codesOf(parts.counted.filter((fact) => !subtracted.has(fact))),
      denominator: codesOf(parts.counted),
      late: codesOf(parts.late),
      complained: codesOf(parts.complained),
    };
  };
  return { count: parts.count, members };
}

// One small handler per computed indicator, instead of a long switch.
const COMPUTED: Readonly<Record<ComputedCode, (context: Context) => Figure>> = {
  '2.1': (c) => ofDossiers(processedOnTime(c.counted)),
  '2.2': (c) => ({
    count: c.processing,
    rate: null,
    members: () => ({ kind: 'dossier', numerator: codesOf(c.processed), denominator: codesOf(c.processed) }),
  }),
  '3.1': (c) => ofProcedures(proceduresOnline(c.input.procedures)),
  '3.2': (c) => ofProcedures(servicesInUse(c.input.procedures, c.received)),
  '3.3': onlineShare,
  '3.5.1': (c) => ofProcedures(feesSynced(c.input.procedures, c.received)),
  '3.5.2': (c) => ofProcedures(proceduresPaidOnline(c.input.procedures, c.received)),
  '3.6': (c) => ofDossiers(dossiersPaidOnline(c.received)),
  '4.1': (c) => ofDossiers(electronicResults(c.processed)),
  '4.2.1': (c) => ofDossiers(digitisedDossiers(c.processed)),
  '5.2': (c) => ({ count: c.input.feedback?.onTime ?? null }),
  '5.3': (c) => ({ count: c.input.feedback?.satisfaction ?? null }),
  '5.4': satisfactionFigure,
};

/** Entered indicators the dossiers can answer when the import carries the data: 1.4 from DaDongBo. */
const COMPUTED_WHEN_KNOWN: Partial<Record<EnteredIndicatorCode, (context: Context) => Figure | null>> = {
  '1.4': (c) => (c.synced === null ? null : ofDossiers(c.synced)),
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

function syncRatioOf(input: IndicatorInput, synced: Tally<DossierFacts> | null, warnings: string[]): number {
  const fromFlags = synced === null ? null : shareOf(countOf(synced));
  const ratio = input.syncRatio ?? fromFlags ?? 1;
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
 * The day open dossiers are judged at (docs/DOMAIN.md §4): a past period's last day; for the period still running, today
 * (so an open dossier not yet due is on time), later events being unknown anyway.
 */
export function judgingDay(period: Period, now: Date | undefined): { asOf: IsoDate; provisional: boolean } {
  if (now === undefined) return { asOf: period.to, provisional: false };
  const today = vietnamDateOf(now);
  return today < period.to ? { asOf: today, provisional: true } : { asOf: period.to, provisional: false };
}

function contextOf(input: IndicatorInput, config: Indicator766Config, asOf: IsoDate) {
  const { facts, warnings } = gatherFacts({ ...input, asOf }, config.processing);
  const { count: processing, byProcedure } = averageProcessingTimes(facts, input.period, input.calendar);
  const received = receivedInPeriod(facts);
  const synced = dossiersSynced(received);
  const context: Context = {
    input,
    counted: countedInPeriod(facts),
    received,
    processed: processedInPeriod(facts, input.period),
    synced,
    syncRatio: syncRatioOf(input, synced, warnings),
    processing,
  };
  return { context, facts, warnings, byProcedure };
}

function missingDueOf(facts: readonly DossierFacts[]): IndicatorReport['missingDueDate'] {
  const missing = facts.filter((fact) => fact.standing?.reason === 'no_due_date');
  const procedures = new Set(missing.map((fact) => fact.dossier.procedureCode));
  return { dossierCodes: codesOf(missing), procedureCodes: [...procedures].sort() };
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

/**
 * The Decision 766 index of one unit for one period: a row per indicator (N/A rows have null rate and points), the
 * total scaled to 100 over the indicators that apply, and its band. Pure: the calendar, the period, `now` and every
 * figure are in `input`; points, targets, bands, the minimum dossiers for a band and the 2.1 rules come from `config`.
 */
export function computeIndicators(
  input: IndicatorInput,
  config: Indicator766Config = DEFAULT_766_CONFIG,
): IndicatorReport {
  const { asOf, provisional } = judgingDay(input.period, input.now);
  const { context, facts, warnings, byProcedure } = contextOf(input, config, asOf);
  const entered = enteredByCode(input.entered ?? [], warnings);
  const indicators = INDICATOR_DEFINITIONS.map((definition) => rowFor(definition, context, config, entered, warnings));
  const { total, awardedPoints, applicableMaxPoints, band } = totalOf(indicators, config.bands);
  const dossierCount = context.counted.length;
  // Nothing to band at all (no total) is N/A, not "too few dossiers".
  const insufficientData = total !== null && dossierCount < config.minDossiersForBand;
  return {
    period: input.period,
    indicators,
    total,
    awardedPoints,
    applicableMaxPoints,
    band: insufficientData ? null : (band?.code ?? null),
    bandName: insufficientData ? INSUFFICIENT_DATA_LABEL : (band?.name ?? null),
    dossierCount,
    insufficientData,
    provisional,
    judgedOn: asOf,
    missingDueDate: missingDueOf(facts),
    processingTimes: byProcedure,
    warnings,
  };
}

/**
 * The dossiers (or procedures) behind one indicator's numerator and denominator, computed exactly as
 * {@link computeIndicators} counts them. Null for an indicator whose figure is entered or comes from feedback.
 */
export function indicatorMembers(
  input: IndicatorInput,
  code: IndicatorCode,
  config: Indicator766Config = DEFAULT_766_CONFIG,
): IndicatorMembers | null {
  const { asOf } = judgingDay(input.period, input.now);
  const { context } = contextOf(input, config, asOf);
  const handler = isEnteredIndicator(code) ? COMPUTED_WHEN_KNOWN[code] : COMPUTED[code as ComputedCode];
  return handler?.(context)?.members?.() ?? null;
}
