import { formatShortDate, type ReviewState, type TaskStatus, vietnamDateOf } from '@cchc/domain';
import type ExcelJS from 'exceljs';
import type { Db } from '../../../db/database.js';
import { newWorkbook } from '../../../documents/workbook.js';
import type { AuthContext } from '../../../http/policy.js';
import { tasksRepository } from '../repository.js';
import type { TaskListQuery } from '../schemas.js';
import { listWholeTasks } from './read-tasks.js';

/** The status words of the plan's reports (docs/DOMAIN.md §1). The workbook is a document: Vietnamese only. */
const STATUS_TEXT: Record<TaskStatus, string> = {
  not_started: 'Chưa triển khai',
  in_progress: 'Đang thực hiện',
  completed: 'Hoàn thành',
  completed_late: 'Hoàn thành quá hạn',
  not_done: 'Không thực hiện',
};

const REVIEW_TEXT: Record<ReviewState, string> = {
  pending_unit_head: 'Chờ trưởng đơn vị duyệt',
  pending_acceptance: 'Chờ nghiệm thu',
  accepted: 'Đã nghiệm thu',
  returned: 'Bị trả lại',
};

const TASK_COLUMNS = [
  { header: 'TT', key: 'no', width: 6 },
  { header: 'Nội dung công việc', key: 'content', width: 60 },
  { header: 'Cơ quan chủ trì', key: 'lead', width: 24 },
  { header: 'Cơ quan phối hợp', key: 'coordinators', width: 26 },
  { header: 'Thời gian thực hiện', key: 'timeframe', width: 18 },
  { header: 'Hạn hoàn thành', key: 'due', width: 14 },
  { header: 'Trạng thái', key: 'status', width: 18 },
  { header: 'Tiến độ (%)', key: 'progress', width: 10 },
  { header: 'Duyệt kết quả', key: 'review', width: 20 },
  { header: 'Ngày hoàn thành', key: 'completedOn', width: 14 },
  { header: 'Quá hạn', key: 'overdue', width: 9 },
  { header: 'Số minh chứng', key: 'evidence', width: 10 },
  { header: 'Nguồn', key: 'source', width: 24 },
];

const EVIDENCE_COLUMNS = [
  { header: 'TT nhiệm vụ', key: 'no', width: 10 },
  { header: 'Nhiệm vụ', key: 'content', width: 50 },
  { header: 'Loại', key: 'kind', width: 10 },
  { header: 'Minh chứng', key: 'name', width: 50 },
  { header: 'Đơn vị', key: 'unit', width: 22 },
  { header: 'Ngày thêm', key: 'addedOn', width: 12 },
];

function headRow(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/**
 * The task table with statuses, and a second sheet of evidence with links to each file (through the API, so
 * opening one still asks for a login). Filters are the task list's. Returns the file's name and bytes.
 */
export async function exportTasksXlsx(db: Db, auth: AuthContext, now: Date, query: TaskListQuery, baseUrl: string) {
  const list = await listWholeTasks(db, auth, now, query);
  const workbook = await newWorkbook();
  workbook.created = now;
  const tasks = workbook.addWorksheet('Nhiệm vụ');
  tasks.columns = TASK_COLUMNS;
  for (const t of list.tasks) {
    tasks.addRow({
      no: t.no ?? '',
      content: t.content,
      lead: t.lead.text,
      coordinators: t.coordinators.text,
      timeframe: t.timeframe.text,
      due: formatShortDate(t.dueDate),
      status: STATUS_TEXT[t.status],
      progress: t.progress,
      review: t.review ? REVIEW_TEXT[t.review] : '',
      completedOn: formatShortDate(t.completedOn),
      overdue: t.flags.overdue ? 'Có' : '',
      evidence: t.evidenceCount,
      source: t.sourceRef ?? '',
    }).alignment = { vertical: 'top', wrapText: true };
  }
  headRow(tasks);
  await addEvidenceSheet(db, auth.tenantId, workbook, list.tasks, baseUrl);
  const year = list.plan?.year ?? now.getUTCFullYear();
  return { name: `nhiem-vu-cchc-${year}.xlsx`, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

async function addEvidenceSheet(
  db: Db,
  tenantId: string,
  workbook: ExcelJS.Workbook,
  tasks: readonly { id: string; no: number | string | null; content: string }[],
  baseUrl: string,
): Promise<void> {
  const sheet = workbook.addWorksheet('Minh chứng');
  sheet.columns = EVIDENCE_COLUMNS;
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const evidence = await tasksRepository(db).evidenceOfTasks(tenantId, [...byId.keys()]);
  for (const e of evidence) {
    const task = byId.get(e.task_id);
    if (!task) continue;
    const name =
      e.kind === 'file' ? (e.file_name ?? '') : `Văn bản số ${e.doc_number} ngày ${formatShortDate(e.doc_date)}`;
    const row = sheet.addRow({
      no: task.no ?? '',
      content: task.content,
      kind: e.kind === 'file' ? 'Tệp' : 'Văn bản',
      name,
      unit: e.unit_name ?? '',
      addedOn: formatShortDate(vietnamDateOf(e.added_at)),
    });
    if (e.kind === 'file') {
      row.getCell('name').value = {
        text: name,
        hyperlink: `${baseUrl}/api/v1/tasks/${e.task_id}/evidence/${e.id}/file`,
      };
      row.getCell('name').font = { color: { argb: 'FF1F4E79' }, underline: true };
    }
  }
  headRow(sheet);
}
