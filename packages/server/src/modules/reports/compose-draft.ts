import {
  buildPeriodicReport,
  nameInSentence,
  normaliseSections,
  type OfficialDocument,
  prefillReportSections,
  type ReportFigures,
  type ReportSections,
  reportSectionKeys,
} from '@cchc/domain';
import type { ReportMeta } from '../../db/column-types.js';
import type { Db } from '../../db/database.js';
import { tasksRepository } from '../tasks/repository.js';
import { collectReportFigures } from './collect-figures.js';
import type { PeriodScope } from './period-scope.js';
import type { ReportFigureProvider } from './providers.js';
import { reportsRepository } from './repository.js';

/** A draft before it is saved: the figures read now, its texts and its document settings. */
export interface Draft {
  figures: ReportFigures;
  sections: ReportSections;
  meta: ReportMeta;
}

/** A draft's texts and settings to carry over, or null to start from the units' reports. */
export interface DraftBase {
  sections: ReportSections;
  meta: ReportMeta;
}

const COMMUNICATION = /tuyên truyền|truyền thông/iu;

/** Communication done in the window: the comments of updates on tasks about tuyên truyền, truyền thông. */
async function communicationLines(db: Db, scope: PeriodScope): Promise<string> {
  const tasks = (await tasksRepository(db).listTasks(scope.tenantId, scope.plan.id)).filter((t) =>
    COMMUNICATION.test(t.content),
  );
  const updates = await reportsRepository(db).taskUpdatesIn(
    scope.tenantId,
    tasks.map((t) => t.id),
    scope.window.start,
    scope.window.end,
  );
  return updates
    .filter((u) => u.comment?.trim())
    .map((u) => {
      const no = tasks.find((t) => t.id === u.task_id)?.no;
      return `- ${u.comment?.trim()}${no ? ` (nhiệm vụ ${no})` : ''}`;
    })
    .join('\n');
}

/** Texts pre-filled from the units' reports handed in (submitted or accepted), in unit order. */
async function prefilledSections(db: Db, scope: PeriodScope, figures: ReportFigures): Promise<ReportSections> {
  const repo = reportsRepository(db);
  const [units, rows] = await Promise.all([
    repo.reportingUnits(scope.tenantId, scope.plan.id),
    repo.submissionsOf(scope.key),
  ]);
  const handedIn = units.flatMap((unit) => {
    const row = rows.find((r) => r.unit_id === unit.id && (r.status === 'submitted' || r.status === 'accepted'));
    // The unit as the ward calls it (its short name), never the plan's spelling of it.
    return row ? [{ unitName: unit.short_name.trim() || unit.name, content: row.content }] : [];
  });
  return prefillReportSections({
    areas: figures.areas,
    submissions: handedIn,
    communication: await communicationLines(db, scope),
  });
}

/** The document settings of a first draft: dated today, signed by the chairman, the ward's recipients. */
async function defaultMeta(db: Db, scope: PeriodScope): Promise<ReportMeta> {
  const tenant = await reportsRepository(db).tenantInfo(scope.tenantId);
  return {
    date: scope.today,
    signer: { mode: 'chairman', name: tenant.chairman },
    recipients: scope.settings.recipients,
    archive: scope.settings.archive,
  };
}

/**
 * A draft from the current data: figures read afresh; texts and settings from `base` when given (regenerating
 * keeps what people wrote), else pre-filled from the units' reports and the ward's defaults.
 */
export async function composeDraft(
  db: Db,
  scope: PeriodScope,
  now: Date,
  base: DraftBase | null,
  providers?: readonly ReportFigureProvider[],
): Promise<Draft> {
  const figures = await collectReportFigures(db, scope, now, providers);
  const keys = reportSectionKeys(figures.areas);
  const sections = base ? base.sections : await prefilledSections(db, scope, figures);
  return {
    figures,
    sections: normaliseSections(keys, sections),
    meta: base?.meta ?? (await defaultMeta(db, scope)),
  };
}

/**
 * The official document of a draft or a saved version: the ward's committee as issuer, its short name as the
 * place, `Số: …/BC-UBND` until a number is given at sending.
 */
export async function reportDocument(
  db: Db,
  scope: PeriodScope,
  draft: Draft,
  sent: { number: string; date: string } | null,
): Promise<OfficialDocument> {
  const tenant = await reportsRepository(db).tenantInfo(scope.tenantId);
  return buildPeriodicReport({
    issuer: { parent: 'ỦY BAN NHÂN DÂN', name: tenant.name.toLocaleUpperCase('vi') },
    committee: `Ủy ban nhân dân ${nameInSentence(tenant.name)}`,
    place: tenant.short_name,
    date: sent?.date ?? draft.meta.date,
    number: sent?.number ?? null,
    year: scope.plan.year,
    period: scope.window.period,
    figures: draft.figures,
    sections: draft.sections,
    recipients: draft.meta.recipients,
    archive: draft.meta.archive,
    signer: draft.meta.signer,
  });
}
