import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../documents/workbook.js';

/** A row of the appendix as exported: the cells as written in the plan. */
export interface AppendixRow {
  no: number;
  group: string | null;
  content: string;
  leadText: string;
  coordinatorsText: string;
  timeframeText: string;
  product: string;
}

/** What the export needs: the plan's title and year, its groups in order, its numbered tasks. */
export interface AppendixExport {
  year: number;
  title: string;
  groups: readonly { code: string; title: string }[];
  tasks: readonly AppendixRow[];
}

/** The appendix columns, as the seed's table heads them: the importer reads the export back by these labels. */
export const APPENDIX_COLUMNS = [
  { header: 'TT', width: 6 },
  { header: 'Nội dung công việc', width: 60 },
  { header: 'Cơ quan chủ trì', width: 24 },
  { header: 'Cơ quan phối hợp', width: 28 },
  { header: 'Thời gian thực hiện/ hoàn thành', width: 20 },
  { header: 'Sản phẩm', width: 36 },
] as const;

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function styleTableRow(row: ExcelJS.Row, bold: boolean): void {
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.border = BORDER;
    cell.alignment = { vertical: 'top', wrapText: true };
    if (bold) cell.font = { bold: true };
  });
}

function addGroupRow(sheet: ExcelJS.Worksheet, group: { code: string; title: string }): void {
  const row = sheet.addRow([`${group.code}. ${group.title}`]);
  sheet.mergeCells(row.number, 1, row.number, APPENDIX_COLUMNS.length);
  styleTableRow(row, true);
}

function addTaskRow(sheet: ExcelJS.Worksheet, task: AppendixRow): void {
  const row = sheet.addRow([
    task.no,
    task.content,
    task.leadText,
    task.coordinatorsText,
    task.timeframeText,
    task.product,
  ]);
  styleTableRow(row, false);
}

/** Tasks in table order: each group's tasks under its row, tasks without a known group first. */
function tasksByGroup(
  plan: AppendixExport,
): { group: AppendixExport['groups'][number] | null; tasks: AppendixRow[] }[] {
  const known = new Set(plan.groups.map((g) => g.code));
  const sorted = [...plan.tasks].sort((a, b) => a.no - b.no);
  const loose = sorted.filter((t) => t.group === null || !known.has(t.group));
  return [
    { group: null, tasks: loose },
    ...plan.groups.map((group) => ({ group, tasks: sorted.filter((t) => t.group === group.code) })),
  ];
}

/**
 * The plan's appendix as an .xlsx workbook: a "Phụ lục" heading and title, the header row, group rows merged
 * across the table and one row per task. Importing it gives the same tasks (groups, numbers, cells).
 */
export async function exportAppendixXlsx(plan: AppendixExport): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('Phụ lục', { pageSetup: { orientation: 'landscape', fitToWidth: 1 } });
  sheet.columns = APPENDIX_COLUMNS.map((c) => ({ width: c.width }));
  sheet.addRow(['Phụ lục']).font = { bold: true };
  // "năm YYYY" in words: an appendix without the plan's prose still tells the importer its year.
  sheet.addRow([`Danh mục nhiệm vụ kế hoạch cải cách hành chính năm ${plan.year}`]).font = { bold: true };
  sheet.addRow([`(Kèm theo ${plan.title})`]).font = { italic: true };
  const header = sheet.addRow(APPENDIX_COLUMNS.map((c) => c.header));
  styleTableRow(header, true);
  for (const { group, tasks } of tasksByGroup(plan)) {
    if (group) addGroupRow(sheet, group);
    for (const task of tasks) addTaskRow(sheet, task);
  }
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
