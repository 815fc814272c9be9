import { type ReportPeriodWindow, reportPeriodName } from '@cchc/domain';
import type { Selectable } from 'kysely';
import type { DB } from '../../db/generated.js';

/** A period as the API shows it: code, name, due date and data window. */
export const presentPeriod = (w: ReportPeriodWindow) => ({
  code: w.code,
  year: w.year,
  period: w.period,
  name: reportPeriodName(w.year, w.period),
  due: w.due,
  start: w.start,
  end: w.end,
});

/** A saved version with its snapshot, texts and document settings. */
export const presentVersion = (v: Selectable<DB['report_versions']>) => ({
  version: v.version,
  kind: v.kind,
  windowMode: v.window_mode,
  window: { start: v.window_start, end: v.window_end },
  asOf: v.as_of,
  figures: v.figures,
  sections: v.sections,
  meta: v.meta,
  createdAt: v.created_at.toISOString(),
});

/** The version that went out, with its number, date and recipients. */
export const presentDispatch = (d: Selectable<DB['report_dispatches']>) => ({
  version: d.version,
  number: d.number,
  date: d.sent_on,
  recipients: d.recipients,
  sentAt: d.sent_at.toISOString(),
});
