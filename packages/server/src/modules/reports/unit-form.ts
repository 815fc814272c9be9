import {
  type IsoDate,
  isFlaggedLate,
  prefillUnitReport,
  rolesFor,
  submissionTiming,
  type TaskStatus,
  type UnitReportContent,
  type UnitTaskLine,
  vietnamDateOf,
} from '@cchc/domain';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';
import { type AuthContext, hasRole } from '../../http/policy.js';
import { targetsRepository } from '../targets/index.js';
import type { PeriodScope } from './period-scope.js';
import { reportsRepository } from './repository.js';

export type SubmissionRow = Selectable<DB['report_submissions']>;

/** What the caller may do with a unit's report. */
export interface UnitReportRights {
  edit: boolean;
  review: boolean;
}

/** Members of the unit who report may write; the PAR focal point reviews; a closed plan is read only. */
export function unitReportRights(auth: AuthContext, unitId: string, scope: PeriodScope): UnitReportRights {
  const open = scope.plan.status !== 'closed';
  return {
    edit: open && auth.unitId === unitId && hasRole(auth, ...rolesFor('reports.submit')),
    review: open && hasRole(auth, ...rolesFor('reports.review')),
  };
}

/** Whether the caller may read a unit's report: its own unit's, or every unit's with `reports.view_all`. */
export const canReadUnitReport = (auth: AuthContext, unitId: string): boolean =>
  auth.unitId === unitId || hasRole(auth, ...rolesFor('reports.view_all'));

/** The unit's tasks with their updates inside the window, as its form lists them. */
export async function unitTaskLines(db: Db, scope: PeriodScope, unitId: string): Promise<UnitTaskLine[]> {
  const repo = reportsRepository(db);
  const tasks = await repo.unitTasks(scope.tenantId, scope.plan.id, unitId);
  const updates = await repo.taskUpdatesIn(
    scope.tenantId,
    tasks.map((t) => t.id),
    scope.window.start,
    scope.window.end,
  );
  return tasks.map((t) => ({
    no: t.no,
    content: t.content,
    areaCode: t.area_code,
    status: t.status,
    progress: t.progress,
    dueDate: t.triggered_due_date ?? t.due_date,
    updates: updates
      .filter((u) => u.task_id === t.id)
      .map((u) => ({
        on: u.on_date,
        comment: u.comment,
        progressAfter: u.progress_after,
        statusAfter: (u.status_after as TaskStatus | null) ?? null,
      })),
  }));
}

/**
 * The reform areas the form asks results for: those of the unit's tasks, in the plan's order; all of them for a
 * unit that leads no task, so it can still report what it did.
 */
export async function formAreas(db: Db, scope: PeriodScope, lines: readonly UnitTaskLine[]) {
  const titles = await targetsRepository(db).areaTitles(scope.tenantId, scope.plan.id, scope.plan.current_version);
  const all = [...titles].map(([code, title]) => ({ code, title }));
  const used = new Set(lines.map((l) => l.areaCode));
  const mine = all.filter((a) => used.has(a.code));
  return mine.length > 0 ? mine : all;
}

/** The saved content, or the pre-filled form for a unit that has not saved yet. */
export const contentOf = (row: SubmissionRow | undefined, lines: readonly UnitTaskLine[], scope: PeriodScope) =>
  row?.content ?? prefillUnitReport(lines, scope.next ? { start: scope.next.start, end: scope.next.end } : null);

/** The timing of a unit's report against the period's due date. */
export function timingOf(row: SubmissionRow | undefined, scope: PeriodScope) {
  const first: IsoDate | null = row?.first_submitted_at ? vietnamDateOf(row.first_submitted_at) : null;
  return submissionTiming(first, scope.window.due, scope.today);
}

/** Where a unit's report stands for the period (no row: a draft not saved yet), as its form and the list show it. */
export function submissionState(
  unit: { id: string; name: string; short_name: string },
  row: SubmissionRow | undefined,
  scope: PeriodScope,
) {
  const timing = timingOf(row, scope);
  return {
    unit: { id: unit.id, name: unit.name, shortName: unit.short_name },
    status: row?.status ?? 'draft',
    saved: row !== undefined,
    timing,
    late: isFlaggedLate(timing),
    submittedAt: row?.submitted_at?.toISOString() ?? null,
    reviewComment: row?.review_comment ?? null,
  };
}

/** Keeps only the areas the form shows, and trims every text. */
export function cleanContent(content: UnitReportContent, areaCodes: readonly string[]): UnitReportContent {
  const results = Object.fromEntries(
    Object.entries(content.results)
      .filter(([code]) => areaCodes.includes(code) || code === '')
      .map(([code, text]) => [code, text.trim()]),
  );
  return {
    results,
    limits: content.limits.trim(),
    causes: content.causes.trim(),
    proposals: content.proposals.trim(),
    nextTasks: content.nextTasks.trim(),
  };
}
