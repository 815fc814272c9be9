// The appendix table (Phụ lục): tab-separated rows under a header repeated at every page break, group rows
// "I. …" between tasks, and rows broken by a page break continued on the next line.
import { type ParseContext, warn, warnUnknownUnits } from './context.js';
import { pickContinuationField, type TaskField } from './continuation.js';
import { htmlToText } from './html.js';
import { cellsOf, groupRowOf, isHeaderRow, type SourceLine } from './lines.js';
import { joinBrokenPieces, romanToInt } from './text.js';
import { parseTimeframe } from './timeframe.js';
import type { PlanArea, PlanTask, TaskGroup } from './types.js';
import { resolveUnitNames } from './units.js';

/** The warning about one appendix task, as the importer shows it (and as a fix removes it again). */
export const taskWarning = (no: number, text: string): string => `Nhiệm vụ ${no}: ${text}`;

type Column = 'no' | TaskField;

const DEFAULT_COLUMNS: readonly Column[] = ['no', 'content', 'lead', 'coordinators', 'timeframe', 'product'];
const COLUMN_LABELS: [RegExp, Column][] = [
  [/^s?tt$/, 'no'],
  [/nội dung/, 'content'],
  [/chủ trì/, 'lead'],
  [/phối hợp/, 'coordinators'],
  [/thời gian/, 'timeframe'],
  [/sản phẩm/, 'product'],
];

interface RawTask {
  no: number;
  group: string | null;
  line: number;
  /** Each cell as the pieces the page breaks left, joined once the table is read. */
  cells: Record<TaskField, string[]>;
}

/** The groups and tasks of the appendix. */
export interface AppendixRead {
  groups: TaskGroup[];
  tasks: PlanTask[];
}

/** Column order from a header row, when it names each of the six columns once; otherwise null. */
function columnsFromHeader(cells: string[]): (Column | null)[] | null {
  const columns = cells.map((cell) => COLUMN_LABELS.find(([label]) => label.test(cell.toLowerCase()))?.[1] ?? null);
  const named = columns.filter((c) => c !== null);
  return named.length === DEFAULT_COLUMNS.length && new Set(named).size === named.length ? columns : null;
}

/** A page break can open a `<p>` inside a list item; the text simply goes on. */
function continuationPiece(text: string): string {
  return text.replace(/^<p\b[^>]*>/i, '');
}

class TableReader {
  readonly groups: TaskGroup[] = [];
  readonly tasks: RawTask[] = [];
  private columns: (Column | null)[] = [...DEFAULT_COLUMNS];
  private group: string | null = null;
  private current: RawTask | null = null;

  constructor(private readonly ctx: ParseContext) {}

  read(line: SourceLine): void {
    const cells = cellsOf(line);
    if (cells.every((cell) => cell === '')) return;
    if (isHeaderRow(cells)) {
      this.columns = columnsFromHeader(cells) ?? this.columns;
      return;
    }
    const group = groupRowOf(cells);
    if (group) {
      this.groups.push(group);
      this.group = group.code;
      this.current = null;
    } else if (/^\d{1,3}\.?$/.test(cells[this.columns.indexOf('no')] ?? '') && cells.length > 1) {
      this.current = this.startTask(cells, line.no);
    } else if (this.current) {
      this.continueTask(this.current, cells);
    } else {
      warn(this.ctx, line.no, `Appendix line not understood: "${cells.join(' ').slice(0, 60)}"`);
    }
  }

  private startTask(cells: string[], line: number): RawTask {
    const no = Number.parseInt(cells[this.columns.indexOf('no')] ?? '', 10);
    const task: RawTask = { no, group: this.group, line, cells: emptyCells() };
    this.putAll(task, cells);
    if (cells.length < this.columns.length) {
      warn(
        this.ctx,
        line,
        taskWarning(no, `có ${cells.length} ô thay vì ${this.columns.length}; các ô thiếu để trống`),
      );
    }
    this.tasks.push(task);
    return task;
  }

  /** With leading empty cells the columns are known; without, the text goes to the cell that was cut. */
  private continueTask(task: RawTask, cells: string[]): void {
    if (cells.length > 1 && cells[this.columns.indexOf('no')] === '') {
      this.putAll(task, cells);
      return;
    }
    const field = pickContinuationField(task.cells, this.ctx);
    task.cells[field].push(continuationPiece(cells.filter((c) => c !== '').join(' ')));
  }

  /** Cells past the last column are kept in the product rather than lost. */
  private putAll(task: RawTask, cells: string[]): void {
    cells.forEach((cell, index) => {
      const column = index < this.columns.length ? this.columns[index] : 'product';
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
  warnUnknownUnits(ctx, raw.line, `Nhiệm vụ ${raw.no}, cơ quan chủ trì`, lead.unknown);
  warnUnknownUnits(ctx, raw.line, `Nhiệm vụ ${raw.no}, cơ quan phối hợp`, coordinators.unknown);
  if (parsed.warning) warn(ctx, raw.line, taskWarning(raw.no, parsed.warning));
  return {
    no: raw.no,
    group: raw.group,
    content: cell('content'),
    lead,
    coordinators,
    timeframe: parsed.timeframe,
    product: cell('product'),
    source: 'appendix',
  };
}

function checkNumbering(tasks: RawTask[], ctx: ParseContext): void {
  tasks.forEach((task, i) => {
    const previous = tasks[i - 1];
    const expected = previous ? previous.no + 1 : 1;
    if (task.no !== expected) warn(ctx, task.line, `Nhiệm vụ ${task.no} đứng sau nhiệm vụ ${expected - 1}`);
  });
}

/** Reads the appendix; group I is linked to the first reform area of section II, and so on. */
export function readAppendix(lines: SourceLine[], areas: PlanArea[], ctx: ParseContext): AppendixRead {
  const reader = new TableReader(ctx);
  for (const line of lines) reader.read(line);
  checkNumbering(reader.tasks, ctx);
  const groups = reader.groups.map((group) => {
    const area = areas[(romanToInt(group.code) ?? 0) - 1]?.code;
    return area === undefined ? group : { ...group, area };
  });
  return { groups, tasks: reader.tasks.map((raw) => toTask(raw, ctx)) };
}
