import { type PlanParseResult, type TimeframeKind, taskNumberOf } from '@cchc/domain';
import type { z } from 'zod';
import type { Lang } from '../../i18n/messages.js';
import type { PlanChanges } from './apply-version.js';
import type { PlanRow, PlanVersionRow, PlanVersionSummary } from './repository.js';
import type {
  importOut,
  parsedPlanOut,
  planOut,
  planSummaryOut,
  previewOut,
  taskOut,
  versionOut,
  versionSummaryOut,
} from './schemas.js';
import type { ImportPreview } from './use-cases/preview-import.js';
import type { PlanTaskView, PlanView } from './use-cases/read-plan.js';
import { planWarningMessage } from './warning-messages.js';

type Names = Map<string, string>;

const person = (id: string | null, names: Names) => (id ? { id, name: names.get(id) ?? null } : null);
const iso = (at: Date | null) => (at ? at.toISOString() : null);

/**
 * The parsed plan in the contract of `cchc plan import --json`: year, header, targets, groups, tasks, reports
 * and warnings first, then everything else the parser read (areas, duties, prose tasks…).
 */
export function presentParsedPlan(parsed: PlanParseResult, lang: Lang = 'vi'): z.infer<typeof parsedPlanOut> {
  const { year, header, targets, groups, tasks, extraTasks, reports, warnings, ...rest } = parsed;
  // Spread into literals: interfaces are not assignable to the loose (index-signature) schema types.
  return {
    year,
    header: { ...header },
    targets: targets.map((t) => ({ ...t })),
    groups: groups.map((g) => ({ ...g })),
    // `no` as the document writes it ("1.2", restarting per group); `position` is the task's key in an import.
    tasks: tasks.map(({ no, label, ...t }) => ({
      no: taskNumberOf(label ?? String(no)),
      position: no,
      ...t,
      lead: { ...t.lead },
      coordinators: { ...t.coordinators },
      timeframe: { ...t.timeframe },
    })),
    extraTasks: extraTasks.map((t) => ({ ...t })),
    reports: reports.map(({ period, due, ...more }) => ({ period, due, ...more })),
    // Each warning's code and values for callers that branch on them, and its sentence in the caller's language.
    warnings: warnings.map((w) => ({ ...w, message: planWarningMessage(w, lang) })),
    ...rest,
  };
}

export const presentPlanSummary = (plan: PlanRow): z.infer<typeof planSummaryOut> => ({
  id: plan.id,
  year: plan.year,
  title: plan.title,
  status: plan.status,
  currentVersion: plan.current_version,
});

function summaryOfChanges(changes: unknown) {
  const c = changes as PlanChanges | null;
  return c ? { added: c.added.length, removed: c.removed.length, edited: c.edited.length } : null;
}

export function presentVersionSummary(v: PlanVersionSummary, names: Names): z.infer<typeof versionSummaryOut> {
  return {
    version: v.version,
    kind: v.kind,
    status: v.status,
    sourceFileName: v.source_file_name,
    sourceFormat: v.source_format,
    sha256: v.source_sha256,
    baseVersion: v.base_version,
    note: v.note,
    decisionNote: v.decision_note,
    createdAt: v.created_at.toISOString(),
    createdBy: person(v.created_by, names),
    decidedAt: iso(v.decided_at),
    decidedBy: person(v.decided_by, names),
    summary: summaryOfChanges(v.changes),
  };
}

export function presentVersion(v: PlanVersionRow, names: Names, lang: Lang = 'vi'): z.infer<typeof versionOut> {
  return {
    ...presentVersionSummary(v, names),
    planId: v.plan_id,
    document: presentParsedPlan(v.parsed, lang),
    changes: (v.changes as PlanChanges | null) ?? null,
    fixes: v.fixes,
  };
}

export function presentTask({ row, lead, coordinators, owner }: PlanTaskView): z.infer<typeof taskOut> {
  return {
    id: row.id,
    no: row.no_label === null ? row.no : taskNumberOf(row.no_label),
    group: row.group_code,
    area: row.area_code,
    content: row.content,
    lead: { text: row.lead_text, group: row.lead_group, units: lead },
    coordinators: { text: row.coordinators_text, group: row.coordinators_group, units: coordinators },
    owner,
    timeframe: {
      text: row.timeframe_text,
      kind: row.timeframe_kind as TimeframeKind,
      start: row.start_date,
      due: row.due_date,
    },
    product: row.product,
    source: row.source,
    sourceRef: row.source_ref,
    addedInVersion: row.added_in_version,
    changedInVersion: row.changed_in_version,
  };
}

/** What the caller may do with the plan. */
export interface PlanPermissions {
  import: boolean;
  markInUse: boolean;
  approveAmendment: boolean;
}

/** The part of a version's document the plan page shows; tolerant of versions written with fewer fields. */
function documentParts(document: Partial<PlanParseResult>) {
  return {
    header: { title: null, number: null, date: null, ...document.header },
    purposes: document.purposes ?? [],
    areas: (document.areas ?? []).map((a) => ({ code: a.code, title: a.title })),
    groups: (document.groups ?? []).map((g) => ({ code: g.code, title: g.title, area: g.area ?? null })),
  };
}

export function presentPlan(view: PlanView, permissions: PlanPermissions): z.infer<typeof planOut> {
  const { plan, document, userNames } = view;
  const pending = view.versions.find((v) => v.kind === 'amendment' && v.status === 'proposed');
  return {
    ...presentPlanSummary(plan),
    inUseAt: iso(plan.in_use_at),
    inUseBy: person(plan.in_use_by, userNames),
    ...documentParts(document),
    targets: view.targets.map((t) => ({ code: t.code, text: t.text, measures: t.measures as unknown[] })),
    tasks: view.tasks.map(presentTask),
    reports: view.reports.map((r) => ({ period: r.period, due: r.due_date })),
    versions: view.versions.map((v) => presentVersionSummary(v, userNames)),
    pendingAmendment: pending?.version ?? null,
    permissions: { ...permissions, markInUse: permissions.markInUse && plan.status === 'draft' },
  };
}

export function presentPreview(preview: ImportPreview, lang: Lang): z.infer<typeof previewOut> {
  return {
    fileName: preview.file.fileName,
    format: preview.file.format,
    sha256: preview.file.sha256,
    action: preview.action,
    plan: preview.plan ? presentPlanSummary(preview.plan) : null,
    document: presentParsedPlan(preview.parsed, lang),
    unknownUnits: preview.unknownUnits,
    timeframeIssues: preview.timeframeIssues,
    proseCarriedOver: preview.fixes.proseCarriedOver,
    columnsNeeded: preview.parsed.appendixHeader?.recognised === false,
    changes: preview.changes,
    units: preview.units.map((u) => ({ id: u.id, code: u.code, name: u.name, shortName: u.short_name })),
  };
}

export type ImportOut = z.infer<typeof importOut>;
