import { type InspectionReportFigures, vietnamDateOf } from '@cchc/domain';
import type { ReportFigureProvider, ReportFiguresContext } from '../../registries/report-figures.js';
import { unitsSelfInspectedShare } from './coverage.js';
import { inspectionRepository } from './repository.js';

/**
 * The inspection part of the periodic reports (I. direction): inspections concluded in the report's window, and
 * target đ from the start of the plan year to the day the figures are read.
 */
export const INSPECTION_REPORT_FIGURES: ReportFigureProvider = {
  section: 'inspections',
  module: 'inspections',
  read: async ({ db, tenantId, plan, window, asOf }: ReportFiguresContext): Promise<InspectionReportFigures> => {
    const [concluded, coverage] = await Promise.all([
      inspectionRepository(db).concluded(tenantId),
      unitsSelfInspectedShare(db, tenantId, plan.year, asOf),
    ]);
    const inWindow = concluded.filter((r) => {
      const day = r.concluded_at ? vietnamDateOf(r.concluded_at) : null;
      return day !== null && day >= window.start && day <= window.end;
    });
    return {
      concluded: inWindow.length,
      unitsInspected: coverage.inspected,
      unitsTotal: coverage.total,
      rate: coverage.rate,
    };
  },
};
