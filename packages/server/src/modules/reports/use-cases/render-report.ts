import { reportTables } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { renderDocx, renderXlsx } from '../../../documents/index.js';
import type { Lang } from '../../../i18n/messages.js';
import { composeDraft, reportDocument } from '../compose-draft.js';
import { reportRuleError } from '../messages.js';
import { loadPeriodScope, type PeriodScope } from '../period-scope.js';
import { reportsRepository } from '../repository.js';

/** A rendered file and the name it downloads under. */
export interface ReportFile {
  name: string;
  buffer: Buffer;
}

/** `bao-cao-cchc-2026-Q1-v3.docx`: ASCII, so every browser and mail client keeps the name. */
const fileName = (code: string, version: number, format: 'docx' | 'xlsx') =>
  `bao-cao-cchc-${code}-v${version}${format === 'xlsx' ? '-phu-luc' : ''}.${format}`;

/** The .docx of a saved version, numbered and dated as sent when it is the version that went out. */
async function versionDocx(db: Db, scope: PeriodScope, version: number, lang: Lang): Promise<Buffer> {
  const repo = reportsRepository(db);
  const report = await repo.findReport(scope.key);
  const saved = report ? await repo.version(scope.tenantId, report.id, version) : undefined;
  if (!report || !saved) throw reportRuleError('version_unknown', lang);
  const dispatch = await repo.dispatchOfVersion(scope.tenantId, report.id, version);
  const sent = dispatch ? { number: dispatch.number, date: dispatch.sent_on } : null;
  const draft = { figures: saved.figures, sections: saved.sections, meta: saved.meta };
  return renderDocx(await reportDocument(db, scope, draft, sent));
}

/** A saved version of a period's report as .docx (Decree 30 layout) or .xlsx (its appendix tables). */
export async function renderReportVersion(
  db: Db,
  tenantId: string,
  now: Date,
  code: string,
  version: number,
  format: 'docx' | 'xlsx',
  lang: Lang,
): Promise<ReportFile> {
  const scope = await loadPeriodScope(db, tenantId, code, now, lang);
  const name = fileName(scope.window.code, version, format);
  if (format === 'docx') return { name, buffer: await versionDocx(db, scope, version, lang) };
  const repo = reportsRepository(db);
  const report = await repo.findReport(scope.key);
  const saved = report ? await repo.version(tenantId, report.id, version) : undefined;
  if (!saved) throw reportRuleError('version_unknown', lang);
  return { name, buffer: await renderXlsx(reportTables(saved.figures)) };
}

/**
 * The consolidated draft of a period from the current data, not saved: what `cchc report generate` writes. The
 * texts of the latest saved version are kept when there is one, else pre-filled from the units' reports.
 */
export async function renderCurrentDraft(db: Db, tenantId: string, now: Date, code: string, format: 'docx' | 'xlsx') {
  const scope = await loadPeriodScope(db, tenantId, code, now, 'vi');
  const repo = reportsRepository(db);
  const report = await repo.findReport(scope.key);
  const latest = report ? await repo.version(tenantId, report.id, report.latest_version) : undefined;
  const draft = await composeDraft(db, scope, now, latest ? { sections: latest.sections, meta: latest.meta } : null);
  if (format === 'xlsx') return renderXlsx(reportTables(draft.figures));
  return renderDocx(await reportDocument(db, scope, draft, null));
}
