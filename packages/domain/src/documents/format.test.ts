import { describe, expect, it } from 'vitest';
import { formatAddressees, formatCellValue, formatDocumentNumber, formatMoment, formatPlaceAndDate } from './format.js';

describe('formatPlaceAndDate', () => {
  it('gives days below 10 and months 1–2 a leading zero, as Decree 30 requires', () => {
    expect(formatPlaceAndDate('Hải Dương', '2026-03-05')).toBe('Hải Dương, ngày 05 tháng 3 năm 2026');
    expect(formatPlaceAndDate('Hải Dương', '2026-01-09')).toBe('Hải Dương, ngày 09 tháng 01 năm 2026');
    expect(formatPlaceAndDate('Hải Dương', '2026-02-28')).toBe('Hải Dương, ngày 28 tháng 02 năm 2026');
    expect(formatPlaceAndDate('Hải Dương', '2026-12-10')).toBe('Hải Dương, ngày 10 tháng 12 năm 2026');
    expect(formatPlaceAndDate('Hải Dương', '2026-10-01')).toBe('Hải Dương, ngày 01 tháng 10 năm 2026');
  });

  it('rejects an impossible date', () => {
    expect(() => formatPlaceAndDate('Hải Dương', '2026-02-30')).toThrow(RangeError);
  });
});

describe('formatMoment', () => {
  it("prints an instant in Vietnam's time, across the UTC date line", () => {
    expect(formatMoment(new Date('2026-03-04T17:30:00Z'))).toBe('00 giờ 30 phút, ngày 05 tháng 3 năm 2026');
    expect(formatMoment(new Date('2026-03-05T07:05:00+07:00'))).toBe('07 giờ 05 phút, ngày 05 tháng 3 năm 2026');
  });
});

describe('formatDocumentNumber', () => {
  it('joins number, type and issuer', () => {
    expect(formatDocumentNumber({ number: '12', typeCode: 'BC', issuerCode: 'UBND' })).toBe('Số: 12/BC-UBND');
    expect(formatDocumentNumber({ number: '3', typeCode: 'QĐ', issuerCode: 'UBND' })).toBe('Số: 3/QĐ-UBND');
  });

  it('never doubles the type and issuer when the field already holds them (no "45/BC-UBND/BC-UBND")', () => {
    for (const typed of ['45', '45/BC-UBND', ' Số: 45/BC-UBND ', 'số 45/BC-UBND']) {
      expect(formatDocumentNumber({ number: typed, typeCode: 'BC', issuerCode: 'UBND' })).toBe('Số: 45/BC-UBND');
    }
    expect(formatDocumentNumber({ number: '  ', typeCode: 'BC', issuerCode: 'UBND' })).toBe('Số: …/BC-UBND');
  });

  it('prints … for a document not yet numbered', () => {
    expect(formatDocumentNumber({ number: null, typeCode: 'BC', issuerCode: 'UBND' })).toBe('Số: …/BC-UBND');
  });

  it('names the drafting unit for a letter, and refuses a letter without it', () => {
    const letter = { number: '45', typeCode: 'CV', issuerCode: 'UBND', draftingUnitCode: 'VP' } as const;
    expect(formatDocumentNumber(letter)).toBe('Số: 45/UBND-VP');
    expect(() => formatDocumentNumber({ number: null, typeCode: 'CV', issuerCode: 'UBND' })).toThrow(RangeError);
  });
});

describe('formatCellValue', () => {
  it('groups digits the Vietnamese way and keeps text as it is', () => {
    expect(formatCellValue(1234)).toBe('1.234');
    expect(formatCellValue(90.5912)).toBe('90,59');
    expect(formatCellValue(null)).toBe('');
    expect(formatCellValue('N/A')).toBe('N/A');
  });
});

describe('formatAddressees', () => {
  it('keeps one addressee on the Kính gửi line and lists several under it', () => {
    expect(formatAddressees([])).toEqual([]);
    expect(formatAddressees(['Sở Nội vụ thành phố Hải Phòng'])).toEqual(['Kính gửi: Sở Nội vụ thành phố Hải Phòng']);
    expect(formatAddressees(['Sở Nội vụ', 'UBND thành phố'])).toEqual([
      'Kính gửi:',
      '- Sở Nội vụ;',
      '- UBND thành phố.',
    ]);
  });
});
