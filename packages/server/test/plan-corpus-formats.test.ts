// The corpus in its Word and Excel forms, read by the real file readers (mammoth, exceljs) and the parser:
// every task field as the person who wrote the corpus read it. The .txt forms run in the domain suite.
import { DEFAULT_UNITS, type PlanParseResult, parsePlanText, type UnitRef } from '@cchc/domain';
import { describe, expect, it } from 'vitest';
import { CORPUS, type CorpusDocument } from '../../domain/src/plan/test-support/corpus/index.js';
import { EXPECTED_TASKS } from '../../domain/src/plan/test-support/seed-expected.js';
import { checkPlanFile } from '../src/modules/plans/readers/plan-file.js';
import { readPlanText } from '../src/modules/plans/readers/read-plan-text.js';
import { corpusDocx, corpusXlsx } from './support/corpus-files.js';
import { SEED_TEXT } from './support/plan-fixtures.js';

const names = ({ unitCodes: _codes, ...rest }: UnitRef) => rest;
const taskFields = (parsed: PlanParseResult) =>
  parsed.tasks.map(({ label, group, content, lead, coordinators, timeframe, product }) => ({
    ...{ label, group, content, timeframe, product },
    ...{ lead: names(lead), coordinators: names(coordinators) },
  }));

async function parseFile(doc: CorpusDocument, fileName: string, bytes: Buffer) {
  const text = await readPlanText(checkPlanFile({ fileName, bytes }, 'vi'), 'vi');
  return parsePlanText(text, { units: doc.units, ...(doc.columns ? { columns: doc.columns } : {}) });
}

const FORMS = [
  ['docx', corpusDocx],
  ['xlsx', corpusXlsx],
] as const;

describe.each(FORMS)('the corpus as .%s', (format, write) => {
  it.each(CORPUS.map((doc) => [doc.name, doc] as const))('%s: every task field', async (name, doc) => {
    const parsed = await parseFile(doc, `${name}.${format}`, await write(doc));
    const expected = doc.expected.tasks.map(({ lead, coordinators, ...rest }) => ({ ...rest, lead, coordinators }));
    expect(taskFields(parsed)).toEqual(expected);
    expect(parsed.groups.map(({ code, title }) => ({ code, title }))).toEqual(doc.expected.groups);
  });
});

describe('the seed as .docx and .xlsx', () => {
  // The seed as a corpus document: its prose lines, then its appendix rows as they are tab-separated.
  const lines = SEED_TEXT.split('\n');
  const start = lines.findIndex((l) => l.startsWith('TT\t'));
  const seed: CorpusDocument = {
    name: 'seed',
    layout: 'the seed',
    units: DEFAULT_UNITS,
    prose: lines.slice(0, start),
    table: lines
      .slice(start)
      .filter((l) => l.trim() !== '')
      .map((l) => (l.includes('\t') ? l.split('\t') : [l])),
    expected: { year: 2026, groups: [], tasks: [] },
  };

  it.each(FORMS)('reads the 45 tasks of the seed from .%s with their units and timeframes', async (format, write) => {
    const parsed = await parseFile(seed, `seed.${format}`, await write(seed));
    expect(parsed.tasks).toHaveLength(45);
    expect(
      parsed.tasks.map((t) => ({
        no: t.no,
        group: t.group,
        lead: names(t.lead),
        coordinators: names(t.coordinators),
        timeframe: t.timeframe,
        product: t.product,
      })),
    ).toEqual(EXPECTED_TASKS);
  });
});
