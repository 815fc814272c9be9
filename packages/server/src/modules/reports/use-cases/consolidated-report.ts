import { type ReportSections, reportSectionKeys, rolesFor } from '@cchc/domain';
import type { ReportMeta } from '../../../db/column-types.js';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import { type AuthContext, hasRole, requireCapability } from '../../../http/policy.js';
import type { RequestContext } from '../../../http/request-context.js';
import type { Lang } from '../../../i18n/messages.js';
import { recordAudit } from '../../audit/index.js';
import { targetsRepository } from '../../targets/index.js';
import { isReturned, latestCityReturn } from '../city-returns.js';
import { composeDraft, type Draft, type DraftBase } from '../compose-draft.js';
import { reportRuleError } from '../messages.js';
import { loadPeriodScope, type PeriodScope } from '../period-scope.js';
import { presentDispatch, presentPeriod, presentVersion } from '../presenter.js';
import type { ReportFigureProvider } from '../providers.js';
import { reportsRepository } from '../repository.js';

/**
 * The latest saved version of a period's report with its latest sending and the city's latest return, or nulls.
 * `locked`: sent and not returned since, so it takes no more versions.
 */
async function latestOf(db: Db, scope: PeriodScope) {
  const repo = reportsRepository(db);
  const report = await repo.findReport(scope.key);
  if (!report) return { report: null, latest: null, dispatch: null, back: null, locked: false };
  const [latest, dispatch, back] = await Promise.all([
    repo.version(scope.tenantId, report.id, report.latest_version),
    repo.dispatch(scope.tenantId, report.id),
    latestCityReturn(db, scope.key),
  ]);
  const sent = dispatch ?? null;
  return { report, latest: latest ?? null, dispatch: sent, back, locked: sent !== null && !isReturned(sent, back) };
}

/** How far the units' reports have come, for the consolidation's header. */
async function submissionCounts(db: Db, scope: PeriodScope) {
  const repo = reportsRepository(db);
  const [units, rows] = await Promise.all([
    repo.reportingUnits(scope.tenantId, scope.plan.id),
    repo.submissionsOf(scope.key),
  ]);
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  return {
    units: units.length,
    submitted: count('submitted'),
    accepted: count('accepted'),
    returned: count('returned'),
  };
}

/**
 * The consolidated report of a period: the latest version (figures, texts, document settings), the list of
 * versions, what was sent, the section keys with the areas' titles, the units' progress and the caller's rights.
 */
export async function readConsolidatedReport(db: Db, auth: AuthContext, now: Date, code: string, lang: Lang) {
  requireCapability(auth, 'reports.view_all');
  const scope = await loadPeriodScope(db, auth.tenantId, code, now, lang);
  const { report, latest, dispatch, back, locked } = await latestOf(db, scope);
  const titles = await targetsRepository(db).areaTitles(scope.tenantId, scope.plan.id, scope.plan.current_version);
  const areas =
    latest?.figures.areas.map((a) => ({ code: a.code, title: a.title })) ??
    [...titles].map(([c, t]) => ({ code: c, title: t }));
  const versions = report ? await reportsRepository(db).versions(scope.tenantId, report.id) : [];
  const sendings = report ? await reportsRepository(db).dispatches(scope.tenantId, report.id) : [];
  const open = scope.plan.status !== 'closed' && !locked;
  return {
    period: presentPeriod(scope.window),
    windowMode: scope.settings.windowMode,
    areas,
    sectionKeys: reportSectionKeys(areas),
    submissions: await submissionCounts(db, scope),
    current: latest ? presentVersion(latest) : null,
    versions: versions.map((v) => ({
      version: v.version,
      kind: v.kind,
      asOf: v.as_of,
      createdAt: v.created_at.toISOString(),
      createdBy: v.full_name,
    })),
    sent: dispatch ? presentDispatch(dispatch) : null,
    sendings: sendings.map(presentDispatch),
    // The city's latest return while it stands (after the latest sending): the ward edits and sends again.
    returned:
      isReturned(dispatch, back) && back ? { comment: back.comment, at: back.at.toISOString(), by: back.by } : null,
    rights: {
      generate: open && hasRole(auth, ...rolesFor('reports.consolidate')),
      edit: open && latest !== null && hasRole(auth, ...rolesFor('reports.consolidate')),
      send: open && latest !== null && hasRole(auth, ...rolesFor('reports.send')),
    },
  };
}

/** Adds a version in a transaction on the report row, refusing once the report was sent. Returns its number. */
async function addVersion(
  db: Db,
  scope: PeriodScope,
  change: RequestContext,
  kind: 'generated' | 'edited',
  draft: Draft,
  expected?: number,
) {
  return db.transaction().execute(async (trx) => {
    const repo = reportsRepository(trx);
    const { id, version } = await repo.nextVersion(scope.key, change.auth.userId, change.now);
    const sent = (await repo.dispatch(scope.tenantId, id)) ?? null;
    if (sent && !isReturned(sent, await latestCityReturn(trx, scope.key)))
      throw reportRuleError('report_sent', change.lang);
    if (expected !== undefined && version !== expected + 1) throw reportRuleError('stale_version', change.lang);
    await repo.insertVersion({
      tenant_id: scope.tenantId,
      report_id: id,
      version,
      kind,
      window_mode: scope.settings.windowMode,
      window_start: draft.figures.window.start,
      window_end: draft.figures.window.end,
      as_of: draft.figures.asOf,
      figures: JSON.stringify(draft.figures),
      sections: JSON.stringify(draft.sections),
      meta: JSON.stringify(draft.meta),
      created_by: change.auth.userId,
      created_at: change.now,
    });
    await recordAudit(trx, {
      tenantId: scope.tenantId,
      actorUserId: change.auth.userId,
      action: `report.${kind}`,
      entity: 'report',
      entityId: id,
      after: { period: scope.window.code, version, asOf: draft.figures.asOf },
      at: change.now,
    });
    return version;
  });
}

/** Refuses a write on a closed plan. */
function requireOpen(scope: PeriodScope, lang: Lang): void {
  if (scope.plan.status === 'closed') throw reportRuleError('plan_closed', lang);
}

/**
 * Generates a new version from the current data: figures read afresh; texts pre-filled from the units' reports
 * handed in, or kept from the latest version when `keepTexts` (so refreshing the numbers loses no writing).
 */
export async function generateReport(
  db: Db,
  change: RequestContext,
  code: string,
  options: { keepTexts: boolean },
  providers?: readonly ReportFigureProvider[],
): Promise<number> {
  const scope = await loadPeriodScope(db, change.auth.tenantId, code, change.now, change.lang);
  requireOpen(scope, change.lang);
  const { latest, locked } = await latestOf(db, scope);
  if (locked) throw reportRuleError('report_sent', change.lang);
  const base: DraftBase | null = options.keepTexts && latest ? { sections: latest.sections, meta: latest.meta } : null;
  const draft = await composeDraft(db, scope, change.now, base, providers);
  return addVersion(db, scope, change, 'generated', draft);
}

/** What an edit saves: the texts and document settings, on the version it started from. */
export interface VersionEdit {
  baseVersion: number;
  sections: ReportSections;
  meta: ReportMeta;
}

/**
 * Saves edited texts as a new version with the figures of the version they were edited on. Refused when someone
 * saved in between (409, reload first) or once the report was sent.
 */
export async function saveReportVersion(
  db: Db,
  change: RequestContext,
  code: string,
  edit: VersionEdit,
): Promise<number> {
  const scope = await loadPeriodScope(db, change.auth.tenantId, code, change.now, change.lang);
  requireOpen(scope, change.lang);
  const { report, latest } = await latestOf(db, scope);
  if (!report || !latest) throw reportRuleError('no_draft', change.lang);
  const base = await reportsRepository(db).version(scope.tenantId, report.id, edit.baseVersion);
  if (!base) throw new AppError('not_found');
  const keys = reportSectionKeys(base.figures.areas);
  const sections = Object.fromEntries(keys.map((key) => [key, (edit.sections[key] ?? '').trim()]));
  const draft: Draft = { figures: base.figures, sections, meta: edit.meta };
  return addVersion(db, scope, change, 'edited', draft, edit.baseVersion);
}
