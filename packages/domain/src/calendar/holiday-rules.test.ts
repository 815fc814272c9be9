import { describe, expect, it } from 'vitest';
import { defaultDaysOff } from './holiday-rules.js';

const dates = (year: number, cultureDay24Nov = false) => defaultDaysOff(year, { cultureDay24Nov }).map((d) => d.date);

describe('defaultDaysOff (Labour Code 2019 Art. 112, for a year without official data)', () => {
  it('gives 2026 its eleven holidays, with Giỗ Tổ on Sunday 26/04 moved to Monday 27/04', () => {
    expect(dates(2026)).toEqual([
      '2026-01-01',
      '2026-02-16', // last day of the lunar year Ất Tỵ
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
  });

  it('moves Tết days on a weekend to the weekdays after the break (2027: mùng 1–2 on Sat–Sun)', () => {
    const tet = defaultDaysOff(2027).filter((d) => d.date.startsWith('2027-02'));
    expect(tet.map((d) => d.date)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ]);
    expect(tet[5]?.reason).toContain('Nghỉ bù');
  });

  it('gives two days of nghỉ bù when Quốc khánh 01–02/09 fall on a weekend (2029)', () => {
    expect(dates(2029).filter((d) => d.startsWith('2029-09'))).toEqual([
      '2029-09-01',
      '2029-09-02',
      '2029-09-03',
      '2029-09-04',
    ]);
  });

  it('moves 1/5 on a Saturday to Monday (2027)', () => {
    expect(dates(2027)).toContain('2027-05-03');
  });

  it('leaves out the proposed 24/11 holiday unless switched on', () => {
    expect(dates(2026)).not.toContain('2026-11-24');
    expect(dates(2026, true)).toContain('2026-11-24');
    // 24/11/2029 is a Saturday: the switch brings its nghỉ bù too.
    expect(dates(2029, true).slice(-2)).toEqual(['2029-11-24', '2029-11-26']);
  });

  it('cites no notice: these days are computed, not announced', () => {
    expect(defaultDaysOff(2030).every((d) => d.notice === null && d.reason !== '')).toBe(true);
  });
});
