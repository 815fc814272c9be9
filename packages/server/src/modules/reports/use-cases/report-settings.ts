import type { ReportWindowMode } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { RequestContext } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { reportsRepository } from '../repository.js';
import { loadReportSettings, type ReportSettings } from '../settings.js';

/** New report settings of a ward. */
export interface SettingsInput {
  windowMode: ReportWindowMode;
  remindWorkingDays: number[];
  recipients: string[];
  archive: string;
}

/** Saves the ward's report settings (window mode, reminder days, recipients) and records the change. */
export async function updateReportSettings(
  db: Db,
  change: RequestContext,
  input: SettingsInput,
): Promise<ReportSettings> {
  const tenantId = change.auth.tenantId;
  const before = await loadReportSettings(db, tenantId);
  const after: ReportSettings = {
    windowMode: input.windowMode,
    remindWorkingDays: [...new Set(input.remindWorkingDays)].sort((a, b) => b - a),
    recipients: input.recipients.map((r) => r.trim()).filter(Boolean),
    archive: input.archive.trim(),
  };
  await db.transaction().execute(async (trx) => {
    await reportsRepository(trx).saveSettings({
      tenant_id: tenantId,
      window_mode: after.windowMode,
      remind_working_days: after.remindWorkingDays,
      recipients: after.recipients,
      archive: after.archive,
      updated_by: change.auth.userId,
      updated_at: change.now,
    });
    await recordAudit(trx, {
      tenantId,
      actorUserId: change.auth.userId,
      action: 'report_settings.update',
      entity: 'report_settings',
      entityId: tenantId,
      before,
      after,
      at: change.now,
    });
  });
  return after;
}
