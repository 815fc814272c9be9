import { describe, expect, it } from 'vitest';
import { DEFAULT_UNITS } from '../org/default-units.js';
import { PlanParseError } from './errors.js';
import { parsePlanText } from './parse-plan.js';
import { parseWithDefaultUnits, SEED_TEXT } from './test-support/seed.js';
import type { PlanParseResult } from './types.js';

const original = parseWithDefaultUnits(SEED_TEXT);
const seedLines = SEED_TEXT.split('\n');
const HEADER_ROW = seedLines.find((line) => line.startsWith('TT\t')) ?? '';

/** The seed with some lines rewritten; line numbers stay the same. */
function rewriteLines(rewrite: (line: string) => string): string {
  return seedLines.map(rewrite).join('\n');
}

/** Line numbers move when lines are inserted; everything else must not. */
function withoutLines(result: PlanParseResult): unknown {
  const header = result.appendixHeader && { ...result.appendixHeader, line: 0 };
  return { ...result, appendixHeader: header, warnings: result.warnings.map(({ code, values }) => ({ code, values })) };
}

describe('parsePlanText: the same plan written differently gives the same result', () => {
  it('with CRLF line ends', () => {
    expect(parseWithDefaultUnits(SEED_TEXT.replace(/\n/g, '\r\n'))).toEqual(original);
  });

  it('with non-breaking spaces', () => {
    let odd = false;
    const nbsp = SEED_TEXT.replace(/ /g, () => {
      odd = !odd;
      return odd ? '\u00a0' : ' ';
    });
    expect(parseWithDefaultUnits(nbsp)).toEqual(original);
  });

  it('in decomposed Unicode (NFD)', () => {
    expect(parseWithDefaultUnits(SEED_TEXT.normalize('NFD'))).toEqual(original);
  });

  it('with a byte-order mark, trailing spaces and doubled spaces', () => {
    const messy = `\uFEFF${rewriteLines((line) => `${line.replace(/ (?=\p{L})/gu, '  ')}  `)}`;
    expect(parseWithDefaultUnits(messy)).toEqual(original);
  });

  it('with the header row repeated elsewhere, in the table or the prose, with or without its tabs', () => {
    const lines = seedLines.flatMap((line) => {
      if (/^(1|21|30)\t/.test(line) || line.startsWith('VII.')) return [HEADER_ROW, line];
      if (line.startsWith('2. Một số chỉ tiêu') || line.startsWith('IV. TỔ CHỨC')) return [HEADER_ROW, line];
      return /^(8|40)\t/.test(line) ? [HEADER_ROW.replace(/\t/g, ' '), line] : [line];
    });
    expect(withoutLines(parseWithDefaultUnits(lines.join('\n')))).toEqual(withoutLines(original));
  });

  it('with page-break continuations that lost their leading tabs', () => {
    const text = rewriteLines((line) => (/^\t+\S/.test(line) ? line.replace(/^\t+/, '') : line));
    expect(text).not.toEqual(SEED_TEXT);
    expect(parseWithDefaultUnits(text)).toEqual(original);
  });

  it('with continuations that lost every tab', () => {
    const text = rewriteLines((line) => (/^\t+\S/.test(line) ? line.replace(/\t+/g, ' ').trim() : line));
    expect(parseWithDefaultUnits(text)).toEqual(original);
  });

  it('with group rows that lost their tabs', () => {
    const text = rewriteLines((line) => (/^[IVX]+\. .*\t+$/.test(line) ? line.replace(/\t+$/, '') : line));
    expect(parseWithDefaultUnits(text)).toEqual(original);
  });
});

describe('parsePlanText: texts that are not a plan', () => {
  it.each([
    ['an empty text', ''],
    ['a letter', 'Kính gửi: Sở Nội vụ\nPhường Hải Dương báo cáo như sau.\n'],
    ['the seed without its appendix and targets', seedLines.slice(0, 60).join('\n')],
  ])('rejects %s with PlanParseError', (_, text) => {
    expect(() => parseWithDefaultUnits(text)).toThrow(PlanParseError);
  });

  it('names what was missing', () => {
    const attempt = () => parseWithDefaultUnits('Kính gửi: Sở Nội vụ');
    expect(attempt).toThrow(expect.objectContaining({ missing: ['header', 'targets', 'appendix'] }));
    const noTargets = seedLines.slice(0, 60).join('\n');
    expect(() => parseWithDefaultUnits(noTargets)).toThrow(
      expect.objectContaining({ missing: ['targets', 'appendix'] }),
    );
  });

  it('needs a year when the text gives none', () => {
    const table = `${HEADER_ROW}\n1\tBan hành kế hoạch\tPhòng VHXH\t\tCả năm\tKế hoạch`;
    expect(() => parseWithDefaultUnits(table)).toThrow(expect.objectContaining({ missing: ['year'] }));
    const parsed = parsePlanText(table, { units: DEFAULT_UNITS, year: 2027 });
    expect(parsed.tasks[0]?.timeframe).toMatchObject({ kind: 'year', start: '2027-01-01' });
    expect(parsed.warnings.map((w) => w.code)).toContain('header_not_found');
  });

  it('reads the appendix alone, warning about the sections it lacks', () => {
    const appendix = seedLines.slice(228).join('\n');
    const parsed = parsePlanText(appendix, { units: DEFAULT_UNITS, year: 2026 });
    expect(parsed.tasks).toHaveLength(45);
    expect(parsed.warnings.filter((w) => w.line === 0)).toContainEqual(
      expect.objectContaining({ code: 'section_not_found', values: { section: 'targets' } }),
    );
  });

  it('refuses the prose alone: a plan whose appendix yields no task is not imported empty', () => {
    const prose = seedLines.slice(0, 228).join('\n');
    expect(() => parseWithDefaultUnits(prose)).toThrow(PlanParseError);
    expect(() => parseWithDefaultUnits(prose)).toThrow(expect.objectContaining({ missing: ['appendix'] }));
  });
});
