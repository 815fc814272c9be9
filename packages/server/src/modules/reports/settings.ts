import { defaultReportRecipients, nameInSentence, type ReportWindowMode } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { reportsRepository } from './repository.js';

/** A ward's report settings, defaults filled in. */
export interface ReportSettings {
  windowMode: ReportWindowMode;
  /** Working days before a due date on which units are reminded. */
  remindWorkingDays: number[];
  /** `Nơi nhận` of the consolidated report, without dashes. */
  recipients: string[];
  archive: string;
}

/** Reminders 5 and 1 working days ahead: a week's notice, then the day before. */
export const DEFAULT_REMIND_WORKING_DAYS = [5, 1];

/** The ward's report settings; a ward that never saved any gets the defaults, recipients named after its city. */
export async function loadReportSettings(db: Db, tenantId: string): Promise<ReportSettings> {
  const repo = reportsRepository(db);
  const row = await repo.settings(tenantId);
  if (row) {
    return {
      windowMode: row.window_mode,
      remindWorkingDays: row.remind_working_days,
      recipients: row.recipients,
      archive: row.archive,
    };
  }
  const tenant = await repo.tenantInfo(tenantId);
  return {
    windowMode: 'since_previous',
    remindWorkingDays: DEFAULT_REMIND_WORKING_DAYS,
    ...defaultReportRecipients(nameInSentence(tenant.parent_name ?? 'thành phố')),
  };
}
