// The shape of a report's optional part: the modules that hold the data implement it, and the registry
// (`REPORT_FIGURE_PROVIDERS`, modules/reports) lists them. Kept apart from the registry so a provider never imports it.
import type {
  FeedbackReportFigures,
  InspectionReportFigures,
  IsoDate,
  OneStopReportFigures,
  ReportPeriod,
} from '@cchc/domain';
import type { Db } from '../db/database.js';

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
export interface SectionProvider<S extends OptionalSection, T> {
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
