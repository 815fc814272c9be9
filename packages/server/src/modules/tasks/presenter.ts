import { isCompletedStatus, isPendingReview, isSettledStatus, type TimeframeKind, taskNumberOf } from '@cchc/domain';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/generated.js';
import type { TaskListRow, TaskRow, TaskUnitRow } from './repository.js';
import type { evidenceOut, taskListItemOut, taskOut, timelineEntryOut } from './schemas.js';
import type { FlaggedTask, TaskView } from './task-view.js';

type TaskOut = z.infer<typeof taskOut>;
type TaskListItemOut = z.infer<typeof taskListItemOut>;

const unitsOf = (units: readonly TaskUnitRow[], role: TaskUnitRow['role']) =>
  units.filter((u) => u.role === role).map((u) => ({ id: u.unit_id, code: u.code, shortName: u.short_name }));

function sourceDocument(row: TaskRow) {
  return row.source_doc_number
    ? { number: row.source_doc_number, date: row.source_doc_date, title: row.source_doc_title }
    : null;
}

function trigger(row: TaskRow) {
  if (!row.trigger_doc_number || !row.trigger_received_at) return null;
  return {
    number: row.trigger_doc_number,
    date: row.trigger_doc_date,
    title: null,
    receivedAt: row.trigger_received_at.toISOString(),
    workingDays: row.trigger_working_days,
  };
}

/** What the caller may do now: the rights the task gives, narrowed by where the task stands. */
function presentCan(view: TaskView): TaskOut['can'] {
  const { rights, row } = view;
  const open = !isSettledStatus(row.status) || row.status === 'not_done';
  const waiting = isPendingReview(row.review_state);
  return {
    update: rights.update && open && !waiting,
    contribute: rights.contribute && !isCompletedStatus(row.status),
    addEvidence: (rights.update || rights.contribute) && !isCompletedStatus(row.status),
    submit: rights.update && !isSettledStatus(row.status) && !waiting,
    approveForUnit: rights.approveForUnit && row.review_state === 'pending_unit_head',
    review: rights.review && row.review_state === 'pending_acceptance',
    trigger: rights.update && row.timeframe_kind === 'event' && !isSettledStatus(row.status),
    proposeAmendment: rights.proposeAmendment && row.removed_in_version === null,
  };
}

/** The JSON of a task in the task list (`taskListItemOut`), its lead units among `units`. */
export function presentTaskListItem({ row, units, dueDate, flags }: FlaggedTask<TaskListRow>): TaskListItemOut {
  return {
    id: row.id,
    no: row.no_label === null ? row.no : taskNumberOf(row.no_label),
    groupCode: row.group_code,
    content: row.content,
    source: row.source,
    lead: { text: row.lead_text, group: row.lead_group, units: unitsOf(units, 'lead') },
    timeframe: {
      text: row.timeframe_text,
      kind: row.timeframe_kind as TimeframeKind,
      start: row.start_date,
      due: row.due_date,
    },
    dueDate,
    status: row.status,
    progress: row.progress,
    review: row.review_state,
    flags,
  };
}

/** The JSON of a task on its page: the list's fields and the rest. */
export function presentTask(view: TaskView, evidenceCount: number): TaskOut {
  const { row, units } = view;
  return {
    ...presentTaskListItem(view),
    planId: row.plan_id,
    areaCode: row.area_code,
    product: row.product,
    sourceRef: row.source_ref,
    sourceDocument: sourceDocument(row),
    coordinators: { text: row.coordinators_text, group: row.coordinators_group, units: unitsOf(units, 'coordinator') },
    ownerUnitId: row.owner_unit_id,
    milestones: view.milestones.map(({ position, start, due, doneOn, overdue, dueSoon, workingDaysOverdue }) => ({
      ...{ position, start, due, doneOn },
      ...{ overdue, dueSoon, workingDaysOverdue },
    })),
    trigger: trigger(row),
    notDoneReason: row.not_done_reason,
    completedOn: row.completed_on,
    acceptedAt: row.accepted_at?.toISOString() ?? null,
    onTime: isCompletedStatus(row.status) ? row.status === 'completed' : null,
    lastUpdateAt: row.last_update_at?.toISOString() ?? null,
    evidenceCount,
    can: presentCan(view),
  };
}

/** The execution state of a task, as the audit log keeps it before and after a change. */
export const auditState = (row: TaskRow) => ({
  status: row.status,
  progress: row.progress,
  notDoneReason: row.not_done_reason,
  review: row.review_state,
  completedOn: row.completed_on,
  dueDate: row.triggered_due_date ?? row.due_date,
  trigger: row.trigger_doc_number,
});

/** An evidence item; files are downloaded through the API, never from a guessable path. */
export function presentEvidence(
  e: Selectable<DB['task_evidence']> & { added_by_name: string; unit_name: string | null },
): z.infer<typeof evidenceOut> {
  return {
    id: e.id,
    kind: e.kind,
    fileName: e.file_name,
    fileSize: e.file_size,
    mimeType: e.mime_type,
    url: e.kind === 'file' ? `/api/v1/tasks/${e.task_id}/evidence/${e.id}/file` : null,
    document: e.doc_number ? { number: e.doc_number, date: e.doc_date, title: e.doc_title } : null,
    addedBy: e.added_by_name,
    unit: e.unit_name,
    addedAt: e.added_at.toISOString(),
  };
}

/** One entry of a task's timeline. */
export function presentTimelineEntry(u: {
  id: string;
  kind: string;
  at: Date;
  status_after: TaskRow['status'] | null;
  progress_after: number | null;
  comment: string | null;
  data: Record<string, unknown>;
  author_name: string;
  unit_name: string | null;
}): z.infer<typeof timelineEntryOut> {
  return {
    id: u.id,
    kind: u.kind,
    at: u.at.toISOString(),
    author: u.author_name,
    unit: u.unit_name,
    status: u.status_after,
    progress: u.progress_after,
    comment: u.comment,
    data: u.data,
  };
}
