import type { FeedbackReportFigures } from '@cchc/domain';
import type { ReportFigureProvider, ReportFiguresContext } from '../../registries/report-figures.js';
import { feedbackFigures } from './indicators.js';

/**
 * The feedback part of the periodic reports: received by category, published, handled on time (5.2) and
 * satisfaction (5.3) over the report's data window. The indicators page (`/feedback/indicators`) adds the
 * channels, the share within the ward's competence and the late count for the same window.
 */
export const FEEDBACK_REPORT_FIGURES: ReportFigureProvider = {
  section: 'feedback',
  module: 'feedback',
  read: async ({ db, tenantId, window }: ReportFiguresContext): Promise<FeedbackReportFigures> => {
    const { total } = await feedbackFigures(db, tenantId, { from: window.start, to: window.end });
    return {
      received: total.received,
      byCategory: total.byCategory,
      published: total.published,
      onTime: total.onTime,
      satisfaction: total.satisfaction,
    };
  },
};
