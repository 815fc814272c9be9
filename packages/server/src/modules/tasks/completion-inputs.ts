import {
  type CompletionTaskInput,
  completionDueDate,
  type IsoDate,
  type TaskStatus,
  type TimeframeKind,
  vietnamDateOf,
} from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { type TaskRow, tasksRepository } from './repository.js';

/** A task as the completion figures see it, with what groups it (area, unit, source). */
export interface CompletionTask extends CompletionTaskInput {
  id: string;
  no: number | null;
  content: string;
  areaCode: string | null;
  ownerUnitId: string | null;
  source: TaskRow['source'];
}

/**
 * A task's status as it stood at the end of `asOf`: an acceptance or a trigger after that day had not happened
 * yet. Lets a target's value at the previous period's end be computed from today's rows.
 */
function statusAsOf(row: TaskRow, asOf: IsoDate): TaskStatus {
  const acceptedLater = row.accepted_at !== null && vietnamDateOf(row.accepted_at) > asOf;
  if ((row.status === 'completed' || row.status === 'completed_late') && acceptedLater) return 'in_progress';
  return row.status;
}

function dueAsOf(row: TaskRow, asOf: IsoDate): IsoDate | null {
  const triggeredLater = row.trigger_received_at !== null && vietnamDateOf(row.trigger_received_at) > asOf;
  return (triggeredLater ? null : row.triggered_due_date) ?? row.due_date;
}

/** A task row as a completion input, as it stood on `asOf`. */
export function completionTaskOf(row: TaskRow, planYear: number, asOf: IsoDate): CompletionTask {
  const kind = row.timeframe_kind as TimeframeKind;
  return {
    id: row.id,
    no: row.no,
    content: row.content,
    kind,
    dueDate: completionDueDate(kind, dueAsOf(row, asOf), planYear),
    status: statusAsOf(row, asOf),
    areaCode: row.area_code,
    ownerUnitId: row.owner_unit_id,
    source: row.source,
  };
}

/** The plan's tasks in force as completion inputs, as they stood on `asOf` (today for the current figures). */
export async function loadCompletionTasks(
  db: Db,
  tenantId: string,
  plan: { id: string; year: number },
  asOf: IsoDate,
): Promise<CompletionTask[]> {
  const rows = await tasksRepository(db).listTasks(tenantId, plan.id);
  return rows.map((row) => completionTaskOf(row, plan.year, asOf));
}
