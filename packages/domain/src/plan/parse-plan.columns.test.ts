// Property: the order of an appendix's columns carries no meaning. Moving the columns of every row (headers,
// tasks, page-break continuations) leaves every task of every corpus document as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan.js';
import { CORPUS, type CorpusDocument, corpusText } from './test-support/corpus/index.js';
import { parseWithDefaultUnits, SEED_TEXT } from './test-support/seed.js';

/** A group row is one merged cell in the original: it does not take part in the columns' order. */
const isGroupRow = (row: readonly string[]) =>
  row.length === 1 || (/^[IVXL]+\.?$/.test(row[0] ?? '') && row.slice(2).every((cell) => cell === ''));

function reorder<T>(row: readonly T[], order: readonly number[]): T[] {
  return order.map((i) => row[i] as T);
}

function withColumnOrder(doc: CorpusDocument, order: readonly number[]): CorpusDocument {
  const width = doc.table[0]?.length ?? 0;
  const table = doc.table.map((row) => (row.length === width && !isGroupRow(row) ? reorder(row, order) : row));
  return { ...doc, table, ...(doc.columns ? { columns: reorder(doc.columns, order) } : {}) };
}

const parse = (doc: CorpusDocument) =>
  parsePlanText(corpusText(doc), { units: doc.units, ...(doc.columns ? { columns: doc.columns } : {}) });
const tasksOf = (doc: CorpusDocument) => parse(doc).tasks;

describe('re-ordering the columns of the appendix does not change the parse', () => {
  it.each(CORPUS.map((doc) => [doc.name, doc] as const))('%s', (_name, doc) => {
    const original = tasksOf(doc);
    const width = doc.table[0]?.length ?? 0;
    const orders = fc.shuffledSubarray([...Array(width).keys()], { minLength: width, maxLength: width });
    fc.assert(
      fc.property(orders, (order) => {
        expect(tasksOf(withColumnOrder(doc, order))).toEqual(original);
      }),
      { numRuns: 40 },
    );
  });

  it('the seed, whose header repeats at every page break', () => {
    const original = parseWithDefaultUnits(SEED_TEXT).tasks;
    const lines = SEED_TEXT.split('\n');
    // Columns 4 and 5 (time, product) and 2 and 3 (lead, coordinators) swapped in the header and in every row
    // that has all six cells; continuation lines keep their cells' positions, so they are swapped too.
    const swap = (line: string) => {
      const cells = line.split('\t');
      if (cells.length !== 6) return line;
      return [cells[0], cells[1], cells[3], cells[2], cells[5], cells[4]].join('\t');
    };
    const swapped = parseWithDefaultUnits(lines.map(swap).join('\n')).tasks;
    expect(swapped).toEqual(original);
  });
});
