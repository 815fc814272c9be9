import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimeframe } from './timeframe.js';
import type { TimeframeKind } from './types.js';

type Row = [text: string, kind: TimeframeKind, start: string | null, due: string | null];

// The 45 timeframe cells of the seed use the first twelve forms; the rest are variants other plans write.
const UNDERSTOOD: Row[] = [
  ['Trước ngày 15/01/2026', 'before', null, '2026-01-14'],
  ['Quý I/2026', 'quarter', '2026-01-01', '2026-03-31'],
  ['Quý I năm 2026', 'quarter', '2026-01-01', '2026-03-31'],
  ['Quý III,IV/2026', 'range', '2026-07-01', '2026-12-31'],
  ['Tháng 11 /2026', 'month', '2026-11-01', '2026-11-30'],
  ['Tháng 01/2026 đến tháng 5/2026', 'range', '2026-01-01', '2026-05-31'],
  ['Cả năm 2026', 'year', '2026-01-01', '2026-12-31'],
  ['Cả năm', 'year', '2026-01-01', '2026-12-31'],
  ['Thường xuyên', 'recurring', null, null],
  ['Theo yêu cầu của thành phố', 'event', null, null],
  ['Theo chỉ đạo của thành phố', 'event', null, null],
  ['Khi có văn bản triển khai', 'event', null, null],
  ['Khi có hướng dẫn của thành phố', 'event', null, null],
  ['15/01/2026', 'date', '2026-01-15', '2026-01-15'],
  ['ngày 15/01/2026', 'date', '2026-01-15', '2026-01-15'],
  ['Ngày 15 tháng 01 năm 2026', 'date', '2026-01-15', '2026-01-15'],
  ['Trước ngày 01/01/2026', 'before', null, '2025-12-31'],
  ['Trước ngày 15/01', 'before', null, '2026-01-14'],
  ['Chậm nhất ngày 30/6/2026', 'before', null, '2026-06-30'],
  ['Quý III, IV năm 2026', 'range', '2026-07-01', '2026-12-31'],
  ['Quý II và quý III/2026', 'range', '2026-04-01', '2026-09-30'],
  ['Quý 2/2026', 'quarter', '2026-04-01', '2026-06-30'],
  ['Quý IV/2025 đến Quý I/2026', 'range', '2025-10-01', '2026-03-31'],
  ['Trong quý I/2026', 'quarter', '2026-01-01', '2026-03-31'],
  ['Tháng 02/2028', 'month', '2028-02-01', '2028-02-29'],
  ['Tháng 11 năm 2026', 'month', '2026-11-01', '2026-11-30'],
  ['Từ tháng 3 đến tháng 6/2026', 'range', '2026-03-01', '2026-06-30'],
  ['Tháng 10, 11/2026', 'range', '2026-10-01', '2026-11-30'],
  ['Tháng 1 - 5/2026', 'range', '2026-01-01', '2026-05-31'],
  ['Từ ngày 01/3/2026 đến ngày 15/4/2026', 'range', '2026-03-01', '2026-04-15'],
  ['6 tháng đầu năm 2026', 'range', '2026-01-01', '2026-06-30'],
  ['6 tháng cuối năm', 'range', '2026-07-01', '2026-12-31'],
  ['Trong năm 2026', 'year', '2026-01-01', '2026-12-31'],
  ['Trước quý II/2026', 'before', null, '2026-03-31'],
  ['Hoàn thành trước ngày 30/9/2026.', 'before', null, '2026-09-29'],
  ['Thường xuyên, liên tục', 'recurring', null, null],
  ['Hằng tháng', 'recurring', null, null],
  ['Sau khi có quyết định của thành phố', 'event', null, null],
];

const NOT_UNDERSTOOD = [
  '',
  'Sớm nhất có thể',
  '31/02/2026',
  'Quý V/2026',
  'Tháng 13/2026',
  'Tháng 5/2026 đến tháng 1/2026',
  'Từ ngày 15/4/2026 đến ngày 01/3/2026',
  'Quý',
];

describe('parseTimeframe', () => {
  it.each(UNDERSTOOD)('reads "%s" as %s %s..%s', (text, kind, start, due) => {
    const parsed = parseTimeframe(text, 2026);
    expect(parsed.timeframe).toEqual({ text: text.trim(), kind, start, due });
    expect(parsed.warning).toBeUndefined();
  });

  it.each(NOT_UNDERSTOOD)('keeps "%s" as an event with a warning', (text) => {
    const parsed = parseTimeframe(text, 2026);
    expect(parsed.timeframe).toEqual({ text, kind: 'event', start: null, due: null });
    expect(parsed.warning).toEqual({ text, problem: expect.any(String) });
  });

  it('fills a missing year with the plan year', () => {
    expect(parseTimeframe('Cả năm', 2027).timeframe).toMatchObject({ start: '2027-01-01', due: '2027-12-31' });
    expect(parseTimeframe('Quý I', 2027).timeframe).toMatchObject({ start: '2027-01-01', due: '2027-03-31' });
  });

  it('gives the same window for decomposed Unicode, non-breaking spaces and line breaks', () => {
    const messy = 'Quý\u00a0III,IV /\r\n2026'.normalize('NFD');
    expect(parseTimeframe(messy, 2026).timeframe).toEqual({
      text: 'Quý III,IV / 2026',
      kind: 'range',
      start: '2026-07-01',
      due: '2026-12-31',
    });
  });

  it('never throws and always returns a consistent window', () => {
    const kinds = new Set(['before', 'date', 'month', 'quarter', 'range', 'year', 'recurring', 'event']);
    const pieces = fc.constantFrom('Quý', 'Tháng', 'trước', 'ngày', 'đến', 'năm', 'I', 'IV', '/', ',', ' ', '-');
    const text = fc.oneof(
      fc.string(),
      fc.array(fc.oneof(pieces, fc.nat(40).map(String))).map((p) => p.join(' ')),
    );
    fc.assert(
      fc.property(text, fc.integer({ min: 1990, max: 2100 }), (input, year) => {
        const { timeframe, warning } = parseTimeframe(input, year);
        expect(kinds.has(timeframe.kind)).toBe(true);
        if (timeframe.start !== null && timeframe.due !== null) expect(timeframe.start <= timeframe.due).toBe(true);
        if (warning !== undefined) expect(timeframe.kind).toBe('event');
      }),
    );
  });
});
