import {
  type CityMeasure,
  completionFigures,
  type IndicatorReport,
  type IsoDate,
  percent,
  type UnrankedReason,
  vietnamDateOf,
} from '@cchc/domain';
import type { Db } from '../../db/database.js';
import {
  indicatorReport,
  indicatorReports,
  loadIndicatorConfig,
  loadIndicatorConfigs,
  periodNamed,
} from '../indicators/index.js';
import { unitsSelfInspectedShare } from '../inspections/index.js';
import { reportsRepository } from '../reports/index.js';
import { loadCompletionTasks } from '../tasks/index.js';
import { cityRepository } from './repository.js';

/** A ward's figure for one measure: the value (points, or a percentage 0–100 with 2 decimals) and its parts. */
export interface MeasureReading {
  value: number | null;
  reason: UnrankedReason | null;
  numerator: number | null;
  denominator: number | null;
  /** Figures the reason's text names (the minimum and the count of dossiers). */
  detail?: Record<string, number>;
}

/** The 766 total with its band and the dossiers it counted (2.1's denominator), for the city's table. */
export interface Reading766 extends MeasureReading {
  band: string | null;
  bandName: string | null;
  dossiers: number;
}

/** What every reading of one ward and one period needs. */
export interface ReadingContext {
  db: Db;
  tenantId: string;
  periodName: string;
  /** The last day the figures are read at: the period's end, or today while it runs. */
  asOf: IsoDate;
  year: number;
  /** The app's clock: a running period's open dossiers are judged at it. */
  now: Date;
}

export function readingContext(db: Db, tenantId: string, periodName: string, now: Date): ReadingContext {
  const period = periodNamed(periodName);
  const today = vietnamDateOf(now);
  return {
    db,
    tenantId,
    periodName,
    // ISO dates compare as strings; the earlier of the period's end and today.
    asOf: [period.to, today].sort()[0] ?? today,
    year: Number(period.from.slice(0, 4)),
    now,
  };
}

const none = (reason: UnrankedReason, numerator: number | null = null, denominator: number | null = null) => ({
  value: null,
  reason,
  numerator,
  denominator,
});

/**
 * Decision 766: the ward's total, unranked when the indicators module publishes no band for it (fewer dossiers
 * than the city's minimum, `minDossiersForBand`) or when no indicator applies.
 */
export function reading766(report: IndicatorReport, minimum: number): Reading766 {
  const base = { band: report.band, bandName: report.bandName, dossiers: report.dossierCount };
  if (report.total === null) return { ...none('no_data'), ...base };
  if (report.insufficientData) {
    return { ...none('too_few_dossiers'), ...base, detail: { min: minimum, count: report.dossierCount } };
  }
  return {
    value: report.total,
    reason: null,
    numerator: report.awardedPoints,
    denominator: report.applicableMaxPoints,
    ...base,
  };
}

/** The 766 report of a ward for a period and the minimum of dossiers for a band in force for it. */
export async function report766(db: Db, tenantId: string, periodName: string, now: Date) {
  const [report, { config }] = await Promise.all([
    indicatorReport(db, tenantId, periodName, undefined, now),
    loadIndicatorConfig(db, tenantId),
  ]);
  return { report, reading: reading766(report, config.minDossiersForBand) };
}

/**
 * The 766 reports of many wards for one period, summed in one statement (`indicatorReports`), each with its reading:
 * the city's tables read this rather than one ward's report per ward.
 */
export async function reports766(db: Db, tenantIds: readonly string[], periodName: string, now: Date) {
  const [reports, configs] = await Promise.all([
    indicatorReports(db, tenantIds, periodName, now),
    loadIndicatorConfigs(db, tenantIds),
  ]);
  return new Map(
    tenantIds.map((id) => {
      const report = reports.get(id);
      if (report === undefined) throw new Error(`no report for ${id}`);
      return [id, { report, reading: reading766(report, configs.get(id)?.config.minDossiersForBand ?? 0) }] as const;
    }),
  );
}

/** One measure for many wards, in their order; 766 and its 5.2 (feedback) from one city-wide read. */
export async function readMeasureOfWards(
  db: Db,
  tenantIds: readonly string[],
  measure: CityMeasure,
  periodName: string,
  now: Date,
): Promise<MeasureReading[]> {
  if (measure === '766' || measure === 'feedback') {
    const byWard = await reports766(db, tenantIds, periodName, now);
    return tenantIds.map((id) => {
      const read = byWard.get(id);
      if (read === undefined) throw new Error(`no report for ${id}`);
      return measure === '766' ? read.reading : readingFeedback(read.report);
    });
  }
  const out: MeasureReading[] = [];
  for (const id of tenantIds) out.push(await MEASURE_READERS[measure](readingContext(db, id, periodName, now)));
  return out;
}

async function read766(c: ReadingContext): Promise<Reading766> {
  return (await report766(c.db, c.tenantId, c.periodName, c.now)).reading;
}

/** Target c: plan tasks completed on time ÷ tasks due by the period's end. */
async function readPlan(c: ReadingContext): Promise<MeasureReading> {
  const plan = await reportsRepository(c.db).planOfYear(c.tenantId, c.year);
  if (!plan) return none('no_plan');
  const figures = completionFigures(await loadCompletionTasks(c.db, c.tenantId, plan, c.asOf), c.asOf);
  if (figures.dueSoFar === 0) return none('no_tasks_due', 0, 0);
  return { value: figures.onTimeRate, reason: null, numerator: figures.completedOnTime, denominator: figures.dueSoFar };
}

/** Target đ: the ward's active units whose self-inspection of the year was concluded by the period's end. */
async function readInspection(c: ReadingContext): Promise<MeasureReading> {
  const coverage = await unitsSelfInspectedShare(c.db, c.tenantId, c.year, c.asOf);
  if (coverage.total === 0) return none('no_units', 0, 0);
  return { value: coverage.rate, reason: null, numerator: coverage.inspected, denominator: coverage.total };
}

/** 766 indicator 5.2: feedback handled on time ÷ feedback handled in the period, as a percentage. */
export function readingFeedback(report: IndicatorReport): MeasureReading {
  const row = report.indicators.find((r) => r.code === '5.2');
  if (!row || row.numerator === null || row.denominator === null || row.denominator === 0) return none('no_data');
  return {
    value: percent(row.numerator, row.denominator),
    reason: null,
    numerator: row.numerator,
    denominator: row.denominator,
  };
}

async function readFeedback(c: ReadingContext): Promise<MeasureReading> {
  return readingFeedback(await indicatorReport(c.db, c.tenantId, c.periodName, undefined, c.now));
}

/** The ward's consolidated reports due in the year by the period's end, sent on or before their due date. */
export async function readReports(c: ReadingContext): Promise<MeasureReading> {
  const dues = (await cityRepository(c.db).reportDues(c.tenantId, c.year)).filter((d) => d.due_date <= c.asOf);
  if (dues.length === 0) return none('no_reports_due', 0, 0);
  const onTime = dues.filter((d) => d.sent_on !== null && d.sent_on <= d.due_date).length;
  return { value: percent(onTime, dues.length), reason: null, numerator: onTime, denominator: dues.length };
}

/** How each ranked measure is read. */
export const MEASURE_READERS: Record<CityMeasure, (c: ReadingContext) => Promise<MeasureReading>> = {
  '766': read766,
  plan: readPlan,
  inspection: readInspection,
  feedback: readFeedback,
};
