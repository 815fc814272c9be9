// A row broken by a page break goes on in the next line. With its leading empty cells the column is known;
// when the converter dropped them, the cell the text continues is the one that was visibly cut.
import type { ParseContext } from './context.js';
import { htmlToText } from './html.js';
import { parseTimeframe } from './timeframe.js';
import { resolveUnitNames } from './units.js';

/** The appendix columns a task row fills, after the number. */
export type TaskField = 'content' | 'lead' | 'coordinators' | 'timeframe' | 'product';

const TASK_FIELDS: readonly TaskField[] = ['content', 'lead', 'coordinators', 'timeframe', 'product'];

/** Words a Vietnamese phrase cannot end on: a cell ending on one was cut ("… doanh nghiệp và"). */
const OPEN_WORDS = new Set(
  'và của các với về trong cho để theo hoặc những đến tại từ là được bằng trên do cùng hay nhằm giữa ở thuộc đối vào mà như có sự việc'.split(
    ' ',
  ),
);

/** How cut a cell looks: 3 ends on a linking word, 2 inside a proper name ("Mặt trận Tổ"), 1 no end mark. */
function openness(cell: string): number {
  const lastLine = htmlToText(cell).split('\n').pop() ?? '';
  if (lastLine === '') return -1;
  if (/[.;!?:)]$/.test(lastLine)) return 0;
  const words = lastLine.split(' ');
  const last = words[words.length - 1] ?? '';
  if (OPEN_WORDS.has(last.toLowerCase())) return 3;
  return words.length > 1 && /^\p{Lu}/u.test(last) ? 2 : 1;
}

/**
 * A unit cell naming only known units, or a timeframe that parses, is complete whatever its last word. A cell
 * already continued once is not, and only its last piece is looked at: the cost stays linear on long runs.
 */
function isComplete(field: TaskField, pieces: readonly string[], ctx: ParseContext): boolean {
  const cell = pieces[0];
  if (cell === undefined || pieces.length > 1) return false;
  if (field === 'timeframe') return parseTimeframe(htmlToText(cell), ctx.year).warning === undefined;
  if (field !== 'lead' && field !== 'coordinators') return false;
  const ref = resolveUnitNames(htmlToText(cell), ctx.units);
  return ref.units.length > 0 && ref.unknown.length === 0 && ref.group === undefined;
}

/** The cell a continuation without column positions belongs to; on a tie the later column wins. */
export function pickContinuationField(cells: Record<TaskField, readonly string[]>, ctx: ParseContext): TaskField {
  let best: TaskField = 'product';
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const field of TASK_FIELDS) {
    const pieces = cells[field];
    const score = isComplete(field, pieces, ctx) ? 0 : openness(pieces.at(-1) ?? '');
    if (score >= bestScore) {
      best = field;
      bestScore = score;
    }
  }
  return best;
}
