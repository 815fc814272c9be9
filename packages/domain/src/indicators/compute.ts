// computeIndicators: the Decision 766 index of one unit for one period, from plain data (docs/DOMAIN.md §4).
import { type IsoDate, vietnamDateOf } from '../clock.js';
import { DEFAULT_766_CONFIG, type Indicator766Config, type IndicatorCode } from './config.js';
import { addContribution, contributionOf, emptyTally, mergeTally, type ProcedureTally } from './contribution.js';
import { forEachFact } from './facts.js';
import { indicatorReportOf, type TalliedPeriod } from './from-tallies.js';
import { type MemberRow, membersOf } from './members.js';
import type { Period } from './period.js';
import type { IndicatorInput, IndicatorMembers, IndicatorReport } from './types.js';

/**
 * The day open dossiers are judged at (docs/DOMAIN.md §4): a past period's last day; for the period still running, today
 * (so an open dossier not yet due is on time), later events being unknown anyway.
 */
export function judgingDay(period: Period, now: Date | undefined): { asOf: IsoDate; provisional: boolean } {
  if (now === undefined) return { asOf: period.to, provisional: false };
  const today = vietnamDateOf(now);
  return today < period.to ? { asOf: today, provisional: true } : { asOf: period.to, provisional: false };
}

/**
 * The facts of a period, each dossier's contribution summed per procedure; the contributions themselves are kept
 * only when `rows` is given (the member lists), so a report does not hold a period's worth of them.
 */
export function tallyPeriod(
  input: Pick<IndicatorInput, 'period' | 'calendar' | 'procedures' | 'dossiers' | 'feedback'>,
  asOf: IsoDate,
  config: Indicator766Config,
  rows?: MemberRow[],
): { tallies: Map<string, ProcedureTally>; missingDueCodes: string[]; warnings: string[] } {
  const named = new Set(input.feedback?.dossierCodesWithFeedback ?? []);
  const tallies = new Map<string, ProcedureTally>();
  const missingDueCodes: string[] = [];
  const { warnings } = forEachFact({ ...input, asOf }, config.processing, (fact) => {
    const contribution = contributionOf(fact, input.period, input.calendar, named);
    rows?.push({ fact, contribution });
    if (!contribution.counted) return;
    const code = fact.dossier.procedureCode;
    let tally = tallies.get(code);
    if (tally === undefined) {
      tally = emptyTally(code);
      tallies.set(code, tally);
    }
    addContribution(tally, contribution);
    if (contribution.missingDue) missingDueCodes.push(fact.dossier.code);
  });
  return { tallies, missingDueCodes, warnings };
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
  const { asOf } = judgingDay(input.period, input.now);
  const { tallies, missingDueCodes, warnings } = tallyPeriod(input, asOf, config);
  return indicatorReportOf(talliedPeriodOf(input, tallies.values(), missingDueCodes, warnings), config);
}

/** The parts {@link indicatorReportOf} reads, from the input and tallies however they were summed. */
export function talliedPeriodOf(
  input: Omit<IndicatorInput, 'dossiers'>,
  tallies: Iterable<ProcedureTally>,
  missingDueCodes: readonly string[],
  warnings: readonly string[],
): TalliedPeriod {
  const { asOf, provisional } = judgingDay(input.period, input.now);
  return {
    period: input.period,
    minutesPerDay: input.calendar.minutesPerDay,
    procedures: input.procedures,
    feedback: input.feedback ?? null,
    entered: input.entered ?? [],
    syncRatio: input.syncRatio ?? null,
    tallies: [...tallies],
    missingDueCodes,
    warnings,
    judgedOn: asOf,
    provisional,
  };
}

/** Sums tallies of the same procedure into one list (dossiers split between two sources). */
export function sumTallies(...sources: Iterable<ProcedureTally>[]): Map<string, ProcedureTally> {
  const sum = new Map<string, ProcedureTally>();
  for (const source of sources)
    for (const tally of source) {
      const own = sum.get(tally.procedureCode) ?? emptyTally(tally.procedureCode);
      sum.set(tally.procedureCode, own);
      mergeTally(own, tally);
    }
  return sum;
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
  const rows: MemberRow[] = [];
  const { tallies } = tallyPeriod(input, asOf, config, rows);
  return membersOf(code, rows, input.procedures, tallies);
}
