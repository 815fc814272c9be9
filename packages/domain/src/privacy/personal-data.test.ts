import { describe, expect, it } from 'vitest';
import { maskAddress, maskEmail, maskIdNumber, maskPhone, retentionCutoff } from './personal-data.js';

describe('masking personal data', () => {
  it('keeps the last 3 digits of a phone and an identity number', () => {
    expect(maskPhone('0912 345 678')).toBe('*******678');
    expect(maskIdNumber('030090001234')).toBe('*********234');
    expect(maskPhone(null)).toBeNull();
  });

  it('keeps an e-mail’s first letter and domain, an address’s last part', () => {
    expect(maskEmail('an@example.vn')).toBe('a***@example.vn');
    expect(maskAddress('Số 5 phố Trần Hưng Đạo, phường Hải Dương')).toBe('***, phường Hải Dương');
  });

  it('counts retention back from now', () => {
    expect(retentionCutoff(new Date('2026-03-31T00:00:00Z'), 30).toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });
});
