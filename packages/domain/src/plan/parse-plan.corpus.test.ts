// The corpus: plans written the way other wards and communes write them, each read field by field against what
// a person reads in it (test-support/corpus). The .docx and .xlsx forms of the same documents run in the server
// suite (test/plan-corpus-formats.test.ts), through the real file readers.
import { describe, expect, it } from 'vitest';
import { PlanParseError } from './errors.js';
import { parsePlanText } from './parse-plan.js';
import { CORPUS, type CorpusDocument, corpusText, NO_APPENDIX } from './test-support/corpus/index.js';
import type { PlanParseResult, UnitRef } from './types.js';

/** A unit cell without the codes, which depend on the ward's unit list rather than on the document. */
const names = ({ unitCodes: _codes, ...rest }: UnitRef) => rest;

/** The fields a held-out check compares, for each task. */
function taskFields(parsed: PlanParseResult) {
  return parsed.tasks.map(({ label, group, content, lead, coordinators, timeframe, product }) => ({
    label,
    group,
    content,
    lead: names(lead),
    coordinators: names(coordinators),
    timeframe,
    product,
  }));
}

const parse = (doc: CorpusDocument, withColumns = true) =>
  parsePlanText(corpusText(doc), { units: doc.units, ...(withColumns && doc.columns ? { columns: doc.columns } : {}) });

describe.each(CORPUS.map((doc) => [doc.name, doc] as const))('corpus %s', (_name, doc) => {
  const parsed = parse(doc);

  it(`reads every task field (${doc.layout})`, () => {
    expect(parsed.year).toBe(doc.expected.year);
    expect(taskFields(parsed)).toEqual(doc.expected.tasks);
    expect(parsed.tasks.map((t) => t.no)).toEqual(doc.expected.tasks.map((_, i) => i + 1));
  });

  it('reads the groups, targets and report deadlines', () => {
    expect(parsed.groups.map(({ code, title }) => ({ code, title }))).toEqual(doc.expected.groups);
    if (doc.expected.targets) {
      expect(parsed.targets.map(({ code, text }) => ({ code, text }))).toEqual(doc.expected.targets);
    }
    if (doc.expected.reports) expect(parsed.reports).toEqual(doc.expected.reports);
  });

  it('warns about unknown unit names only, and about numbering only when it breaks', () => {
    const unknown = doc.expected.tasks.flatMap((t) => [...t.lead.unknown, ...t.coordinators.unknown]);
    const unitWarnings = parsed.warnings.filter((w) => w.code.startsWith('unit_unknown_'));
    expect(unitWarnings).toHaveLength(unknown.length);
    expect(parsed.warnings.filter((w) => w.code === 'task_out_of_order' || w.code === 'task_repeated')).toEqual([]);
  });
});

describe('corpus: headers and missing tables', () => {
  it('says which header cells it could not read, and reads right once the user maps the columns', () => {
    const doc = CORPUS.find((d) => d.columns !== undefined);
    if (!doc) throw new Error('the corpus has a document with an unknown header');
    const unmapped = parse(doc, false);
    expect(unmapped.appendixHeader).toMatchObject({ recognised: false, cells: doc.table[0] });
    expect(unmapped.warnings).toContainEqual(
      expect.objectContaining({
        code: 'appendix_columns_unknown',
        values: { columns: '"Việc cần làm", "Người/đơn vị làm", "Cùng làm", "Đầu ra"' },
      }),
    );
    const mapped = parse(doc);
    expect(mapped.appendixHeader).toMatchObject({ recognised: true, columns: doc.columns });
    expect(taskFields(mapped)).toEqual(doc.expected.tasks);
  });

  it('refuses a plan whose appendix yields no task, naming the appendix', () => {
    expect(() => parse(NO_APPENDIX)).toThrow(PlanParseError);
    expect(() => parse(NO_APPENDIX)).toThrow(expect.objectContaining({ missing: ['appendix'] }));
  });

  it('reads the same tasks whether the header repeats at each page break or not', () => {
    for (const doc of CORPUS) {
      const header = doc.table[0] ?? [];
      const once = { ...doc, table: doc.table.filter((row, i) => i === 0 || row.join('\t') !== header.join('\t')) };
      expect(taskFields(parse(once))).toEqual(doc.expected.tasks);
    }
  });
});
