// The appendix table (Phụ lục): rows under a header (repeated at every page break or not) whose columns are
// found by their words, group rows between tasks, tasks numbered 1, 2, 3 through, restarting per group, 1.1,
// 1.2 or a), b), and rows broken by a page break continued on the next line.

import type { TableRow, TableRows } from './appendix-rows.js';
import { type AppendixColumn, columnOfHeader } from './columns.js';
import { type ParseContext, warn, warnUnknownUnits } from './context.js';
import { pickContinuationField, type TaskField } from './continuation.js';
import { htmlToText } from './html.js';
import { joinBrokenPieces, romanToInt } from './text.js';
import { parseTimeframe } from './timeframe.js';
import type { AppendixHeader, PlanArea, PlanTask, TaskGroup } from './types.js';
import { resolveUnitNames } from './units.js';

interface RawTask {
  no: number;
  label: string;
  group: string | null;
  line: number;
  /** Each cell as the pieces the page breaks left, joined once the table is read. */
  cells: Record<TaskField, string[]>;
}

/** The groups, tasks and header of the appendix. */
export interface AppendixRead {
  groups: TaskGroup[];
  tasks: PlanTask[];
  header: AppendixHeader | null;
}

/** A page break can open a `<p>` inside a list item; the text simply goes on. */
function continuationPiece(text: string): string {
  return text.replace(/^<p\b[^>]*>/i, '');
}

const toRoman = (n: number): string =>
  ['M', 'CM', 'D', 'CD', 'C', 'XC', 'L', 'XL', 'X', 'IX', 'V', 'IV', 'I'].reduce(
    (out, numeral, i) => {
      const value = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1][i] ?? 1;
      const times = Math.floor(out.rest / value);
      return { text: out.text + numeral.repeat(times), rest: out.rest - times * value };
    },
    { text: '', rest: n },
  ).text;

class TableReader {
  readonly groups: TaskGroup[] = [];
  readonly tasks: RawTask[] = [];
  private group: string | null = null;
  private current: RawTask | null = null;

  constructor(private readonly ctx: ParseContext) {}

  read(row: TableRow): void {
    if (row.kind === 'group') {
      // An untitled group ("Cải cách thể chế" alone on its row) takes the next Roman numeral.
      const code = row.code ?? toRoman(this.groups.length + 1);
      this.groups.push({ code, title: row.title });
      this.group = code;
      this.current = null;
    } else if (row.kind === 'task') {
      this.current = this.startTask(row);
    } else if (this.current) {
      this.continueTask(this.current, row);
    } else {
      warn(this.ctx, row.line, 'appendix_row_unreadable', { text: row.cells.join(' ').slice(0, 60) });
    }
  }

  private startTask(row: Extract<TableRow, { kind: 'task' }>): RawTask {
    const no = this.tasks.length + 1;
    const label = row.label ?? String(no);
    const task: RawTask = { no, label, group: this.group, line: row.line, cells: emptyCells() };
    this.putAll(task, row.cells, row.columns);
    const width = row.columns.length;
    if (row.cells.length < width) {
      warn(this.ctx, row.line, 'appendix_row_short', { task: label, cells: row.cells.length, width });
    }
    this.tasks.push(task);
    return task;
  }

  /** With leading empty cells the columns are known; without, the text goes to the cell that was cut. */
  private continueTask(task: RawTask, row: Extract<TableRow, { kind: 'text' }>): void {
    const no = row.columns.indexOf('no');
    if (row.cells.length > 1 && (no < 0 || row.cells[no] === '')) {
      this.putAll(task, row.cells, row.columns);
      return;
    }
    const field = pickContinuationField(task.cells, this.ctx);
    task.cells[field].push(continuationPiece(row.cells.filter((c) => c !== '').join(' ')));
  }

  /** Cells past the last column are kept in the product rather than lost. */
  private putAll(task: RawTask, cells: string[], columns: readonly (AppendixColumn | null)[]): void {
    cells.forEach((cell, index) => {
      const column = index < columns.length ? columns[index] : 'product';
      if (cell === '' || column === null || column === undefined || column === 'no') return;
      task.cells[column].push(continuationPiece(cell));
    });
  }
}

function emptyCells(): Record<TaskField, string[]> {
  return { content: [], lead: [], coordinators: [], timeframe: [], product: [] };
}

function toTask(raw: RawTask, ctx: ParseContext): PlanTask {
  const cell = (field: TaskField) => htmlToText(joinBrokenPieces(raw.cells[field]));
  const lead = resolveUnitNames(cell('lead'), ctx.units);
  const coordinators = resolveUnitNames(cell('coordinators'), ctx.units);
  const parsed = parseTimeframe(cell('timeframe'), ctx.year);
  warnUnknownUnits(ctx, raw.line, 'unit_unknown_lead', { task: raw.label }, lead.unknown);
  warnUnknownUnits(ctx, raw.line, 'unit_unknown_coordinator', { task: raw.label }, coordinators.unknown);
  if (parsed.warning) warn(ctx, raw.line, 'task_timeframe', { task: raw.label, ...parsed.warning });
  return {
    no: raw.no,
    label: raw.label,
    group: raw.group,
    content: cell('content'),
    lead,
    coordinators,
    timeframe: parsed.timeframe,
    product: cell('product'),
    source: 'appendix',
  };
}

/** The number a label should follow: 5 after 4, 1.3 after 1.2, c after b; a new series may start at 1 or a. */
function follows(previous: string, label: string): boolean {
  const step = (a: string) => {
    const parts = a.split('.');
    const last = parts.pop() ?? '';
    const next = /^\d+$/.test(last) ? String(Number(last) + 1) : String.fromCharCode(last.charCodeAt(0) + 1);
    return [...parts, next].join('.');
  };
  if (label === step(previous) || /^(1|a)$/.test(label) || /\.0*1$/.test(label)) return true;
  // "2" after "1.3": the next group of a two-level numbering.
  return /^\d+$/.test(label) && previous.startsWith(`${Number(label) - 1}.`);
}

function checkNumbering(tasks: RawTask[], ctx: ParseContext): void {
  const seen = new Set<string>();
  tasks.forEach((task, i) => {
    const previous = tasks[i - 1];
    const key = `${task.group ?? ''}|${task.label}`;
    if (seen.has(key)) warn(ctx, task.line, 'task_repeated', { task: task.label });
    else if (previous && !follows(previous.label, task.label) && !(previous.label === 'đ' || task.label === 'đ')) {
      warn(ctx, task.line, 'task_out_of_order', { task: task.label, previous: previous.label });
    }
    seen.add(key);
  });
}

/** Reads the appendix; each group is linked to the reform area of section II at its position (I ↔ II.1). */
export function readAppendix(table: TableRows, areas: PlanArea[], ctx: ParseContext): AppendixRead {
  const { rows, header } = table;
  const reader = new TableReader(ctx);
  for (const row of rows) reader.read(row);
  checkNumbering(reader.tasks, ctx);
  if (header && !header.recognised) {
    const unknown = header.cells.filter((cell, i) => header.columns[i] === null && columnOfHeader(cell) === null);
    warn(ctx, header.line, 'appendix_columns_unknown', { columns: unknown.map((c) => `"${c}"`).join(', ') });
  }
  const groups = reader.groups.map((group, i) => {
    const area = areas[(romanToInt(group.code) ?? i + 1) - 1]?.code;
    return area === undefined ? group : { ...group, area };
  });
  return { groups, tasks: reader.tasks.map((raw) => toTask(raw, ctx)), header };
}
