import { describe, expect, it } from 'vitest';
import { formatVietnamDate, formatVietnamDateTime, vietnamDateOf, vietnamDayEnd, vietnamDayStart } from './clock.js';

describe('vietnamDateOf', () => {
  it('moves to the next day at 17:00 UTC, midnight in Hà Nội', () => {
    expect(vietnamDateOf(new Date('2026-03-20T16:59:59Z'))).toBe('2026-03-20');
    expect(vietnamDateOf(new Date('2026-03-20T17:00:00Z'))).toBe('2026-03-21');
  });
});

describe('Vietnam days and their formatting', () => {
  it('starts a Vietnam day at 17:00 UTC the day before and ends it 24 hours later', () => {
    expect(vietnamDayStart('2026-03-05').toISOString()).toBe('2026-03-04T17:00:00.000Z');
    expect(vietnamDayEnd('2026-03-05').toISOString()).toBe('2026-03-05T17:00:00.000Z');
    expect(vietnamDayEnd('2025-12-31').toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(() => vietnamDayStart('2026-3-5')).toThrow(RangeError);
  });

  it('prints dd/mm/yyyy HH:mm at UTC+7: 02:19 UTC is 09:19 in Hà Nội', () => {
    expect(formatVietnamDateTime('2026-03-05T02:19:00Z')).toBe('05/03/2026 09:19');
    expect(formatVietnamDateTime(new Date('2026-03-05T17:30:00Z'))).toBe('06/03/2026 00:30');
    expect(formatVietnamDateTime(null)).toBe('');
  });

  it('prints dates dd/mm/yyyy, an instant on the Vietnam calendar', () => {
    expect(formatVietnamDate('2026-03-05')).toBe('05/03/2026');
    expect(formatVietnamDate(new Date('2026-03-05T18:00:00Z'))).toBe('06/03/2026');
    expect(formatVietnamDate('2026-03-05T18:00:00Z')).toBe('06/03/2026');
    expect(formatVietnamDate(null)).toBe('');
  });
});
