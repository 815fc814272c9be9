import { completionByGroup, completionFigures, type IsoDate } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { reportsRepository } from '../reports/index.js';
import { targetsRepository } from '../targets/index.js';
import { loadCompletionTasks } from '../tasks/index.js';
import { cityRepository } from './repository.js';

/** Titles of the documents given as evidence of each task (no file names: they may name people). */
async function evidenceTitles(db: Db, tenantId: string, taskIds: readonly string[]): Promise<Map<string, string[]>> {
  if (taskIds.length === 0) return new Map();
  const rows = await cityRepository(db).evidenceDocuments(tenantId, taskIds);
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const title = [r.doc_number, r.doc_title].filter(Boolean).join(' ');
    if (title) out.set(r.task_id, [...(out.get(r.task_id) ?? []), title]);
  }
  return out;
}

/**
 * A ward's plan of a year as the city and the public see it on `asOf`: completion overall and by reform area, and
 * each task with its status, due date and evidence titles. Null when the ward has no plan that year.
 */
export async function planProgress(db: Db, tenantId: string, year: number, asOf: IsoDate) {
  const plan = await reportsRepository(db).planOfYear(tenantId, year);
  if (!plan) return null;
  const tasks = await loadCompletionTasks(db, tenantId, plan, asOf);
  const [areas, evidence] = await Promise.all([
    targetsRepository(db).areaTitles(tenantId, plan.id, plan.current_version),
    evidenceTitles(
      db,
      tenantId,
      tasks.map((t) => t.id),
    ),
  ]);
  const byArea = completionByGroup(tasks, (t) => [t.areaCode ?? ''], asOf);
  return {
    plan: { year: plan.year, title: plan.title },
    completion: completionFigures(tasks, asOf),
    areas: [...byArea].map(([code, figures]) => ({
      code,
      title: areas.get(code) ?? (code || 'Khác'),
      figures,
      tasks: tasks
        .filter((t) => (t.areaCode ?? '') === code)
        .map((t) => ({
          no: t.no,
          content: t.content,
          status: t.status,
          dueDate: t.dueDate,
          source: t.source,
          evidence: evidence.get(t.id) ?? [],
        })),
    })),
  };
}
