import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDossierCode, parseDossierCode } from './code.js';

describe('dossier codes', () => {
  it('writes agency, yymmdd and a sequence padded to 4 digits', () => {
    expect(formatDossierCode('H15.50.05.13', '2026-10-08', 975)).toBe('H15.50.05.13-261008-0975');
    expect(formatDossierCode('H15.50.05.13', '2026-01-02', 1)).toBe('H15.50.05.13-260102-0001');
  });

  it('takes more digits past 9999 a day', () => {
    expect(formatDossierCode('H15', '2026-03-02', 12_345)).toBe('H15-260302-12345');
  });

  it('refuses an empty agency, an impossible date, a year outside 2000–2099 and a sequence below 1', () => {
    expect(() => formatDossierCode('', '2026-03-02', 1)).toThrow(RangeError);
    expect(() => formatDossierCode('H15 50', '2026-03-02', 1)).toThrow(RangeError);
    expect(() => formatDossierCode('H15', '2026-02-30', 1)).toThrow(RangeError);
    expect(() => formatDossierCode('H15', '2126-02-03', 1)).toThrow(RangeError);
    expect(() => formatDossierCode('H15', '2026-03-02', 0)).toThrow(RangeError);
    expect(() => formatDossierCode('H15', '2026-03-02', 1.5)).toThrow(RangeError);
  });

  it('reads a code back into its parts', () => {
    expect(parseDossierCode('H15.50.05.13-261008-0975')).toEqual({
      agencyId: 'H15.50.05.13',
      date: '2026-10-08',
      sequence: 975,
    });
    expect(parseDossierCode('000.00.15.H15-260302-10000')).toMatchObject({ sequence: 10_000 });
    expect(parseDossierCode('A-B-260302-0001')).toMatchObject({ agencyId: 'A-B' });
  });

  it('returns null on text that is not a code', () => {
    for (const text of [
      '',
      'H15.50.05.13',
      'H15-261008-975', // three digits
      'H15-261008-00975', // padded past four
      'H15-260230-0001', // 30 February
      'H15-260302-0000',
      '-260302-0001',
      'H 15-260302-0001',
      'H15-260302-0001 ',
    ]) {
      expect(parseDossierCode(text), text).toBeNull();
    }
  });

  it('round-trips any agency, date and sequence', () => {
    const agency = fc.stringMatching(/^[A-Z0-9][A-Z0-9.-]{0,15}$/);
    const date = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const sequence = fc.integer({ min: 1, max: 2_000_000 });
    fc.assert(
      fc.property(agency, date, sequence, (agencyId, day, seq) => {
        expect(parseDossierCode(formatDossierCode(agencyId, day, seq))).toEqual({ agencyId, date: day, sequence: seq });
      }),
    );
  });
});
