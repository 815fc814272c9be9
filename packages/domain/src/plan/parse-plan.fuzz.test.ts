import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanParseError } from './errors.js';
import { parseWithDefaultUnits, SEED_TEXT } from './test-support/seed.js';

/** Parses and accepts only two outcomes: a well-formed result or a PlanParseError. */
function parsesOrRejects(text: string): void {
  try {
    const result = parseWithDefaultUnits(text);
    expect(Number.isInteger(result.year)).toBe(true);
    for (const task of result.tasks) expect(Number.isInteger(task.no)).toBe(true);
    for (const warning of result.warnings) expect(Number.isInteger(warning.line)).toBe(true);
  } catch (error) {
    if (!(error instanceof PlanParseError)) throw error;
    expect(error.missing.length).toBeGreaterThan(0);
  }
}

const seedLines = SEED_TEXT.split('\n');
const encoder = new TextEncoder();
const decoder = new TextDecoder();

type Mutation = (lines: string[]) => string[];

const dropLines = fc.uniqueArray(fc.nat(seedLines.length), { maxLength: 60 }).map(
  (drop): Mutation =>
    (lines) =>
      lines.filter((_, i) => !drop.includes(i)),
);

/** Rotates the cells of chosen rows, as a converter that lost the column order would. */
const shuffleCells = fc
  .array(fc.tuple(fc.nat(seedLines.length), fc.integer({ min: 1, max: 5 })), { maxLength: 20 })
  .map(
    (picks): Mutation =>
      (lines) => {
        const out = [...lines];
        for (const [at, by] of picks) {
          const cells = (out[at] ?? '').split('\t');
          out[at] = [...cells.slice(by % cells.length), ...cells.slice(0, by % cells.length)].join('\t');
        }
        return out;
      },
  );

const insertLines = fc.array(fc.tuple(fc.nat(seedLines.length), fc.string({ maxLength: 80 })), { maxLength: 10 }).map(
  (inserts): Mutation =>
    (lines) => {
      const out = [...lines];
      for (const [at, text] of inserts) out.splice(at, 0, text);
      return out;
    },
);

const mutatedSeed = fc
  .tuple(fc.array(fc.oneof(dropLines, shuffleCells, insertLines), { maxLength: 3 }), fc.nat(), fc.boolean())
  .map(([mutations, cut, truncate]) => {
    const text = mutations.reduce((lines, mutate) => mutate(lines), seedLines).join('\n');
    return truncate ? text.slice(0, cut % (text.length + 1)) : text;
  });

/** Flips bits of the UTF-8 bytes, so that some characters decode to U+FFFD. */
const flippedSeed = fc
  .array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 40 })
  .map((flips) => {
    const bytes = encoder.encode(SEED_TEXT);
    for (const [at, mask] of flips) {
      const i = at % bytes.length;
      bytes[i] = (bytes[i] ?? 0) ^ mask;
    }
    return decoder.decode(bytes);
  });

/** Lines made of the pieces a plan is built from, in any order. */
const planLikeText = fc
  .array(
    fc
      .array(
        fc.constantFrom(
          'I.',
          'II. NHIỆM VỤ',
          '2. Một số chỉ tiêu:',
          'a)',
          'đ)',
          '- ',
          '\t',
          '12',
          'TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\tSản phẩm',
          'Phòng VHXXH',
          'Các phòng, đơn vị',
          'Quý I/2026',
          'Trước ngày 09/12',
          'KẾ HOẠCH**',
          '<ul>',
          '<p>',
          'Số: /',
          'năm 2026',
          'top 15',
          '100%',
          'Nơi nhận:',
          'Phụ lục',
          ':',
        ),
        { maxLength: 8 },
      )
      .map((pieces) => pieces.join(' ')),
    { maxLength: 60 },
  )
  .map((lines) => lines.join('\n'));

describe('parsePlanText never fails with anything but PlanParseError', () => {
  // Hundreds of whole parses: generous on a loaded machine; the linear test below is what watches the cost.
  it('on the seed with lines dropped, inserted, cells shuffled and the text truncated', { timeout: 30_000 }, () => {
    fc.assert(fc.property(mutatedSeed, parsesOrRejects), { numRuns: 150 });
  });

  it('on the seed with flipped bytes', { timeout: 30_000 }, () => {
    fc.assert(fc.property(flippedSeed, parsesOrRejects), { numRuns: 100 });
  });

  it('on plan-like fragments', { timeout: 30_000 }, () => {
    fc.assert(fc.property(planLikeText, parsesOrRejects), { numRuns: 300 });
  });

  it('on arbitrary text', { timeout: 30_000 }, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), parsesOrRejects), { numRuns: 300 });
  });
});

describe('parsePlanText on long inputs', () => {
  // Continuations and repeated phrases once cost quadratic time; 50 000 lines took minutes.
  it('stays linear on a long run of continuation lines and repeated phrases', { timeout: 15_000 }, () => {
    const lines = `${SEED_TEXT}\n${'tiếp tục nội dung\n'.repeat(50_000)}`;
    const phrases = SEED_TEXT.replace('f) Mức độ hài lòng', `f) ${'hài lòng '.repeat(20_000)}`);
    expect(parseWithDefaultUnits(lines).tasks).toHaveLength(45);
    expect(parseWithDefaultUnits(phrases).targets).toHaveLength(7);
  });
});
