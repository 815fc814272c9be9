// A unit's report form: its tasks with their status and the updates of the window, and the texts the unit writes
// (results per reform area, limits, causes, proposals, next period's tasks), pre-filled from those updates.
import type { IsoDate } from '../clock.js';
import { formatShortDate } from '../tasks/short-date.js';
import type { TaskStatus } from '../tasks/status.js';

/** Length limits shared by the API's schemas and the forms. */
export const REPORT_TEXT_LIMITS = { section: 20_000, comment: 2_000 } as const;

/** What the unit writes. `results` is keyed by reform area code (`II.3`). */
export interface UnitReportContent {
  results: Record<string, string>;
  limits: string;
  causes: string;
  proposals: string;
  nextTasks: string;
}

/** An entry of a task's timeline inside the window. */
export interface UnitTaskUpdate {
  on: IsoDate;
  comment: string | null;
  progressAfter: number | null;
  statusAfter: TaskStatus | null;
}

/** A task the unit leads, as its form shows it. */
export interface UnitTaskLine {
  no: number | null;
  content: string;
  areaCode: string | null;
  status: TaskStatus;
  progress: number;
  dueDate: IsoDate | null;
  /** Updates dated inside the window, oldest first. */
  updates: UnitTaskUpdate[];
}

/** Task statuses as report sentences say them. */
export const TASK_STATUS_TEXT_VI: Readonly<Record<TaskStatus, string>> = {
  not_started: 'chưa triển khai',
  in_progress: 'đang thực hiện',
  completed: 'đã hoàn thành',
  completed_late: 'đã hoàn thành (quá hạn)',
  not_done: 'không thực hiện',
};

const SHORT_CONTENT = 160;

/** A task's content cut at a word near `max` characters, so a line of the report stays one sentence. */
export function shortContent(content: string, max = SHORT_CONTENT): string {
  const flat = content.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat.replace(/[.;:]+$/, '');
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[,.;:]+$/, '')}…`;
}

/** An empty form. */
export const emptyUnitReport = (): UnitReportContent => ({
  results: {},
  limits: '',
  causes: '',
  proposals: '',
  nextTasks: '',
});

/** `- Nhiệm vụ 20 (…): đang thực hiện, đạt 60%. Đã dự thảo kế hoạch.` */
function resultLine(line: UnitTaskLine): string {
  const name = line.no === null ? shortContent(line.content) : `Nhiệm vụ ${line.no} (${shortContent(line.content)})`;
  const progress = line.status === 'in_progress' ? `, đạt ${line.progress}%` : '';
  const comments = line.updates.map((u) => u.comment?.trim()).filter((c): c is string => Boolean(c));
  const said = comments.length > 0 ? ` ${comments.map((c) => (/[.!?]$/.test(c) ? c : `${c}.`)).join(' ')}` : '';
  return `- ${name}: ${TASK_STATUS_TEXT_VI[line.status]}${progress}.${said}`;
}

/** `- Nhiệm vụ 38 (…), hạn 31/05/2026.` */
function nextTaskLine(line: UnitTaskLine): string {
  const name = line.no === null ? shortContent(line.content) : `Nhiệm vụ ${line.no} (${shortContent(line.content)})`;
  return `- ${name}, hạn ${formatShortDate(line.dueDate)}.`;
}

const isOpen = (status: TaskStatus) => status === 'not_started' || status === 'in_progress';

/**
 * The form as first opened: one result line per task updated in the window, under its reform area, and the open
 * tasks due in the next window as next period's tasks. Tasks nobody touched are left out of the text (the form
 * lists them beside it): a report says what was done.
 */
export function prefillUnitReport(
  lines: readonly UnitTaskLine[],
  nextWindow: { start: IsoDate; end: IsoDate } | null,
): UnitReportContent {
  const content = emptyUnitReport();
  for (const line of lines) {
    if (line.updates.length === 0) continue;
    const area = line.areaCode ?? '';
    const before = content.results[area];
    content.results[area] = before ? `${before}\n${resultLine(line)}` : resultLine(line);
  }
  if (nextWindow) {
    content.nextTasks = lines
      .filter(
        (l) => isOpen(l.status) && l.dueDate !== null && l.dueDate >= nextWindow.start && l.dueDate <= nextWindow.end,
      )
      .map(nextTaskLine)
      .join('\n');
  }
  return content;
}

/** Whether a unit's report says anything: a report is sent only with content. */
export function hasReportContent(content: UnitReportContent): boolean {
  const texts = [
    ...Object.values(content.results),
    content.limits,
    content.causes,
    content.proposals,
    content.nextTasks,
  ];
  return texts.some((text) => text.trim() !== '');
}
