import {
  type CompletionFigures,
  completionByGroup,
  completionFigures,
  type IsoDate,
  isCompletedStatus,
  vietnamDateOf,
} from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { AuthContext } from '../../../http/policy.js';
import {
  type CompletionTask,
  completionTaskOf,
  type FlaggedTask,
  loadPlanTasks,
  type TaskScope,
  tasksRepository,
} from '../../tasks/index.js';
import { presentTarget } from '../presenter.js';
import { targetsRepository } from '../repository.js';
import { evaluateTargets } from './evaluate-targets.js';

const brief = (v: FlaggedTask, unitNames: Map<string, string>, workingDays: number | null) => ({
  id: v.row.id,
  no: v.row.no,
  content: v.row.content,
  dueDate: v.dueDate,
  unit: v.row.owner_unit_id ? (unitNames.get(v.row.owner_unit_id) ?? null) : null,
  workingDays,
});

/** The last ten completions accepted, newest first, with on time or late. */
function recentCompletions(views: readonly FlaggedTask[], unitNames: Map<string, string>) {
  return views
    .filter((v) => isCompletedStatus(v.row.status) && v.row.accepted_at !== null)
    .sort((a, b) => (b.row.accepted_at?.getTime() ?? 0) - (a.row.accepted_at?.getTime() ?? 0))
    .slice(0, 10)
    .map((v) => ({
      ...brief(v, unitNames, null),
      completedOn: v.row.completed_on,
      onTime: v.row.status === 'completed',
    }));
}

/** Tasks due, completed on time or late, and still open, per month of the plan year, by due date. */
function byMonth(tasks: readonly CompletionTask[], year: number) {
  return Array.from({ length: 12 }, (_, i) => {
    const prefix = `${year}-${String(i + 1).padStart(2, '0')}`;
    const due = tasks.filter((t) => t.dueDate?.startsWith(prefix));
    return {
      month: i + 1,
      due: due.length,
      completedOnTime: due.filter((t) => t.status === 'completed').length,
      completedLate: due.filter((t) => t.status === 'completed_late').length,
      open: due.filter((t) => !isCompletedStatus(t.status) && t.status !== 'not_done').length,
    };
  });
}

function groups<K extends string>(map: Map<string, CompletionFigures>, label: (key: string) => K | undefined) {
  return [...map].flatMap(([key, figures]) => {
    const title = label(key);
    return title === undefined ? [] : [{ key, title, figures }];
  });
}

async function figuresOf(db: Db, scope: TaskScope, views: FlaggedTask[]) {
  const tasks = views.map((v) => completionTaskOf(v.row, scope.plan.year, scope.today));
  const [areas, units] = await Promise.all([
    targetsRepository(db).areaTitles(scope.tenantId, scope.plan.id, scope.plan.current_version),
    tasksRepository(db).units(scope.tenantId),
  ]);
  const unitNames = new Map(units.map((u) => [u.id, u.short_name]));
  const today: IsoDate = scope.today;
  const byArea = completionByGroup(tasks, (t) => (t.areaCode ? [t.areaCode] : []), today);
  const byUnit = completionByGroup(tasks, (t) => (t.ownerUnitId ? [t.ownerUnitId] : []), today);
  return {
    completion: completionFigures(tasks, today),
    byArea: groups(byArea, (code) => areas.get(code) ?? code).map((g) => ({
      code: g.key,
      title: g.title,
      figures: g.figures,
    })),
    byUnit: groups(byUnit, (id) => unitNames.get(id)).map((g) => ({
      unitId: g.key,
      name: g.title,
      figures: g.figures,
    })),
    months: byMonth(tasks, scope.plan.year),
    unitNames,
  };
}

/** The dashboard of a ward without a plan yet. */
const emptyDashboard = (today: IsoDate) => ({
  plan: null,
  today,
  completion: null,
  byArea: [],
  byUnit: [],
  overdue: [],
  dueSoon: [],
  recentCompletions: [],
  awaitingReview: 0,
  updateMissing: 0,
  months: [],
  targets: [],
});

/**
 * The leadership dashboard: the plan's completion overall, by reform area and by unit; overdue and due-soon
 * tasks on the working calendar; completions waiting for review; tasks per month; the targets with status.
 */
export async function readDashboard(db: Db, auth: AuthContext, now: Date) {
  // The plan's scope, rows and milestones in two round trips after the plan (tasks' loadPlanTasks); the figures
  // need no units (a task's owner is on its row) nor anyone's rights.
  const plan = (planId: string) => tasksRepository(db).listTasks(auth.tenantId, planId);
  const read = await loadPlanTasks(db, auth.tenantId, now, {}, { rows: plan, units: 'none', evidenceCounts: false });
  if (!read) return emptyDashboard(vietnamDateOf(now));
  const { scope, tasks: views } = read;
  const rows = views.map((v) => v.row);
  const [figures, targets] = await Promise.all([figuresOf(db, scope, views), evaluateTargets(db, scope, null, rows)]);
  const { unitNames, ...rest } = figures;
  return {
    plan: { id: scope.plan.id, year: scope.plan.year },
    today: scope.today,
    ...rest,
    overdue: views.filter((v) => v.flags.overdue).map((v) => brief(v, unitNames, v.flags.workingDaysOverdue)),
    dueSoon: views.filter((v) => v.flags.dueSoon).map((v) => brief(v, unitNames, v.flags.workingDaysLeft)),
    recentCompletions: recentCompletions(views, unitNames),
    awaitingReview: views.filter((v) => v.flags.awaitingReview).length,
    updateMissing: views.filter((v) => v.flags.updateMissing).length,
    targets: targets.targets.map(presentTarget),
  };
}
