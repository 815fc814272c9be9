import type {
  FeedbackReportFigures,
  InspectionReportFigures,
  IsoDate,
  OneStopReportFigures,
  ReportFigures,
  ReportPeriod,
} from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { FEEDBACK_REPORT_FIGURES } from '../feedback/report-provider.js';
import { INSPECTION_REPORT_FIGURES } from '../inspections/report-provider.js';
import { ONE_STOP_REPORT_FIGURES } from './one-stop-provider.js';

/** What a provider reads its figures for: a ward's plan period, its data window and the period's calendar span. */
export interface ReportFiguresContext {
  db: Db;
  tenantId: string;
  plan: { id: string; year: number };
  period: ReportPeriod;
  /** The report's data window (the ward's setting), both ends included: the one-stop table and feedback use it. */
  window: { start: IsoDate; end: IsoDate };
  /** The period's calendar span (Q1 = 01/01–31/03): Decision 766 always uses calendar periods (docs/DOMAIN.md §7). */
  calendarSpan: { start: IsoDate; end: IsoDate };
  /** The day the report's figures are read on. */
  asOf: IsoDate;
  /** The ward's units, for row labels. */
  units: readonly { id: string; name: string; shortName: string }[];
}

/** A module's part of the report: it returns its figures, or null when it has nothing for that period. */
interface SectionProvider<S extends OptionalSection, T> {
  section: S;
  /** The module that computes it, for operators. */
  module: string;
  read(context: ReportFiguresContext): Promise<T | null>;
}

/** The parts of a report that other modules fill. */
export type OptionalSection = 'oneStop' | 'feedback' | 'inspections';

/**
 * A provider of one optional part: one-stop statistics (form II.06a, the 766 summary, apologies, online payment)
 * from the dossiers module, feedback figures (5.1–5.3) from the feedback module, self-inspections (target đ) from
 * the inspections module.
 */
export type ReportFigureProvider =
  | SectionProvider<'oneStop', OneStopReportFigures>
  | SectionProvider<'feedback', FeedbackReportFigures>
  | SectionProvider<'inspections', InspectionReportFigures>;

/**
 * The registry of optional report figures. A module that holds the data adds its provider here (one line, like
 * `JOBS`, `API_MODULES` and `METRIC_SOURCES`); until then the report leaves that part out.
 */
export const REPORT_FIGURE_PROVIDERS: readonly ReportFigureProvider[] = [
  ONE_STOP_REPORT_FIGURES,
  FEEDBACK_REPORT_FIGURES,
  INSPECTION_REPORT_FIGURES,
];

type Optional = Pick<ReportFigures, OptionalSection>;

async function firstOf<T>(
  providers: readonly { read(context: ReportFiguresContext): Promise<T | null> }[],
  context: ReportFiguresContext,
): Promise<T | null> {
  for (const provider of providers) {
    const figures = await provider.read(context);
    if (figures !== null) return figures;
  }
  return null;
}

/** Reads every optional part; for each, the first provider that has figures wins. */
export async function readOptionalFigures(
  context: ReportFiguresContext,
  providers: readonly ReportFigureProvider[] = REPORT_FIGURE_PROVIDERS,
): Promise<Optional> {
  const of = <S extends OptionalSection>(section: S) =>
    providers.filter((p): p is Extract<ReportFigureProvider, { section: S }> => p.section === section);
  const [oneStop, feedback, inspections] = await Promise.all([
    firstOf<OneStopReportFigures>(of('oneStop'), context),
    firstOf<FeedbackReportFigures>(of('feedback'), context),
    firstOf<InspectionReportFigures>(of('inspections'), context),
  ]);
  return { oneStop, feedback, inspections };
}
