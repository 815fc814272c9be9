import type { FeedbackReportFigures, InspectionReportFigures, OneStopReportFigures, ReportFigures } from '@cchc/domain';
import type { OptionalSection, ReportFigureProvider, ReportFiguresContext } from '../../registries/report-figures.js';
import { FEEDBACK_REPORT_FIGURES } from '../feedback/index.js';
import { INSPECTION_REPORT_FIGURES } from '../inspections/index.js';
import { ONE_STOP_REPORT_FIGURES } from './one-stop-provider.js';

export type { OptionalSection, ReportFigureProvider, ReportFiguresContext } from '../../registries/report-figures.js';

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
