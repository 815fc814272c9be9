import { DEFAULT_FEEDBACK_DEADLINES, type FeedbackDeadlineSettings } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { feedbackRepository } from './repository.js';

/** A ward's feedback settings: the deadlines and where new feedback lands. */
export interface FeedbackSettings {
  deadlines: FeedbackDeadlineSettings;
  /** The unit whose queue receives new feedback; null leaves it for the desk to route. */
  intakeUnitId: string | null;
}

const DEFAULT_SETTINGS: FeedbackSettings = { deadlines: DEFAULT_FEEDBACK_DEADLINES, intakeUnitId: null };

/** The ward's settings, or the national portal's defaults when it never changed them. */
export async function loadFeedbackSettings(db: Db, tenantId: string): Promise<FeedbackSettings> {
  return (await loadFeedbackSettingsOf(db, [tenantId])).get(tenantId) ?? DEFAULT_SETTINGS;
}

/** The settings of many wards (see {@link loadFeedbackSettings}), read in one query. */
export async function loadFeedbackSettingsOf(
  db: Db,
  tenantIds: readonly string[],
): Promise<Map<string, FeedbackSettings>> {
  const rows = new Map((await feedbackRepository(db).settingsOf(tenantIds)).map((row) => [row.tenant_id, row]));
  return new Map(
    tenantIds.map((id) => {
      const row = rows.get(id);
      if (!row) return [id, DEFAULT_SETTINGS];
      const deadlines = {
        rejectDays: row.reject_days,
        infoRequestDays: row.info_request_days,
        answerDays: row.answer_days,
        publishDays: row.publish_days,
        remindBefore: row.remind_before,
      };
      return [id, { deadlines, intakeUnitId: row.intake_unit_id }];
    }),
  );
}
