import {
  buildProcessingTable,
  type IndicatorReport,
  type IsoDate,
  type OneStopReportFigures,
  type Period,
  type ReportPeriod,
} from '@cchc/domain';
import type { ReportFigureProvider, ReportFiguresContext } from '../../registries/report-figures.js';
import { loadWorkingCalendar } from '../calendar/index.js';
import { indicatorReport, indicatorsRepository, loadPeriodRecords, periodBounds } from '../indicators/index.js';

/** Decision 766's five groups (docs/DOMAIN.md §4), as the report names them. */
const GROUP_NAMES: Readonly<Record<number, string>> = {
  1: 'Công khai, minh bạch',
  2: 'Tiến độ giải quyết',
  3: 'Dịch vụ trực tuyến',
  4: 'Số hóa hồ sơ',
  5: 'Mức độ hài lòng',
};

const CALENDAR_NAMES: Readonly<Record<ReportPeriod, (year: number) => string | null>> = {
  Q1: (y) => `${y}-Q1`,
  Q2: (y) => `${y}-Q2`,
  // Decision 766 is published by month, quarter and year: a half-year has no index of its own.
  H1: () => null,
  Q3: (y) => `${y}-Q3`,
  Y: (y) => String(y),
};

/**
 * The 766 period a report can quote: the period's calendar quarter or year once it has ended by the report's day,
 * else the last month ended inside it, else none (Decision 766 always uses calendar periods, docs/DOMAIN.md §7).
 */
export function index766PeriodName(context: Pick<ReportFiguresContext, 'plan' | 'period' | 'calendarSpan' | 'asOf'>) {
  const whole = CALENDAR_NAMES[context.period](context.plan.year);
  if (whole && context.asOf >= context.calendarSpan.end) return whole;
  const month = Number(context.asOf.slice(5, 7)) - 1;
  const lastEnded = `${context.asOf.slice(0, 4)}-${String(month).padStart(2, '0')}`;
  return month >= 1 && `${lastEnded}-01` >= context.calendarSpan.start ? lastEnded : null;
}

/** The index summary: total, band and points per group; null when no dossier touched the period. */
function summaryOf(report: IndicatorReport, from: IsoDate, to: IsoDate): OneStopReportFigures['index766'] {
  const groups = [1, 2, 3, 4, 5].map((group) => {
    const rows = report.indicators.filter((row) => row.group === group);
    const awarded = rows.filter((row) => row.points !== null);
    const points =
      awarded.length === 0 ? null : Math.round(awarded.reduce((s, r) => s + (r.points ?? 0), 0) * 100) / 100;
    return { name: GROUP_NAMES[group] ?? String(group), points, maxPoints: rows.reduce((s, r) => s + r.maxPoints, 0) };
  });
  return { from, to, total: report.total, bandName: report.bandName, groups };
}

/** Online payment (indicator 3.6) of the index, as a share in %. */
function onlinePaymentOf(report: IndicatorReport): OneStopReportFigures['onlinePayment'] {
  const row = report.indicators.find((r) => r.code === '3.6');
  if (!row || row.numerator === null || row.denominator === null) return null;
  const rate = row.rate === null ? null : Math.round(row.rate * 10_000) / 100;
  return { numerator: row.numerator, denominator: row.denominator, rate };
}

async function read(context: ReportFiguresContext): Promise<OneStopReportFigures | null> {
  const { db, tenantId } = context;
  const window: Period = { from: context.window.start, to: context.window.end };
  const { from, toExclusive } = periodBounds(window);
  const [calendar, records, apologies] = await Promise.all([
    loadWorkingCalendar(db, tenantId),
    loadPeriodRecords(db, tenantId, window),
    indicatorsRepository(db).apologiesIssued(tenantId, from, toExclusive),
  ]);
  // A ward whose one-stop shop recorded nothing in the window has no statistics to print, not a table of zeros.
  if (records.dossiers.length === 0) return null;
  const table = buildProcessingTable({ period: window, calendar, ...records }, 'unit');
  const name = (unitId: string | null) => context.units.find((u) => u.id === unitId)?.name ?? 'Bộ phận một cửa phường';
  const periodName = index766PeriodName(context);
  const index = periodName ? await indicatorReport(db, tenantId, periodName) : null;
  return {
    processing: {
      rows: table.rows.map((row) => ({ label: name(row.unitId), counts: row.counts })),
      total: table.total,
    },
    index766: index ? summaryOf(index, index.period.from, index.period.to) : null,
    apologies: apologies.length,
    onlinePayment: index ? onlinePaymentOf(index) : null,
  };
}

/**
 * One-stop statistics for the report from the dossiers and indicators modules: form II.06a over the report's data
 * window by unit, the apology letters issued in it, and the Decision 766 summary (with online payment, 3.6) of the
 * latest calendar period ended by the report's day. Absent when no dossier touched the window.
 */
export const ONE_STOP_REPORT_FIGURES: ReportFigureProvider = { section: 'oneStop', module: 'dossiers', read };
