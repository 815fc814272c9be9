import { describe, expect, it } from 'vitest';
import { legalStatusOn } from './status.js';

const doc = { status: 'in_force' as const, effectiveOn: '2026-02-01', expiresOn: '2026-06-30', endedOn: null };

describe('legalStatusOn', () => {
  it('is in force between its effective date and the day before its expiry', () => {
    expect(legalStatusOn(doc, '2026-02-01')).toEqual({ status: 'in_force', endedOn: null });
    expect(legalStatusOn(doc, '2026-06-29')).toEqual({ status: 'in_force', endedOn: null });
  });

  it('shows expired from its expiry date on, ended that day', () => {
    expect(legalStatusOn(doc, '2026-06-30')).toEqual({ status: 'expired', endedOn: '2026-06-30' });
    expect(legalStatusOn({ ...doc, status: 'amended' }, '2027-01-05')).toEqual({
      status: 'expired',
      endedOn: '2026-06-30',
    });
  });

  it('is not yet in force before its effective date', () => {
    expect(legalStatusOn(doc, '2026-01-31')).toEqual({ status: 'not_yet_effective', endedOn: null });
  });

  it('keeps a status set by another document, and never expires without an expiry date', () => {
    const repealed = { ...doc, status: 'repealed' as const, endedOn: '2026-03-01' };
    expect(legalStatusOn(repealed, '2026-12-01')).toEqual({ status: 'repealed', endedOn: '2026-03-01' });
    expect(legalStatusOn({ ...doc, expiresOn: null }, '2040-01-01')).toEqual({ status: 'in_force', endedOn: null });
  });
});
