import { DEFAULT_FEEDBACK_DEADLINES, type FeedbackDeadlineSettings } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { feedbackRepository } from './repository.js';

/** A ward's feedback settings: the deadlines and where new feedback lands. */
export interface FeedbackSettings {
  deadlines: FeedbackDeadlineSettings;
  /** The unit whose queue receives new feedback; null leaves it for the desk to route. */
  intakeUnitId: string | null;
}

/** The ward's settings, or the national portal's defaults when it never changed them. */
export async function loadFeedbackSettings(db: Db, tenantId: string): Promise<FeedbackSettings> {
  const row = await feedbackRepository(db).settings(tenantId);
  if (!row) return { deadlines: DEFAULT_FEEDBACK_DEADLINES, intakeUnitId: null };
  return {
    deadlines: {
      rejectDays: row.reject_days,
      infoRequestDays: row.info_request_days,
      answerDays: row.answer_days,
      publishDays: row.publish_days,
      remindBefore: row.remind_before,
    },
    intakeUnitId: row.intake_unit_id,
  };
}
