import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from './number.js';

describe('parseDocumentNumber', () => {
  it('accepts notice, decision and legal document numbers as officers type them', () => {
    expect(parseDocumentNumber('20/TB-UBND')).toBe('20/TB-UBND');
    expect(parseDocumentNumber('Số: 45/QĐ-UBND')).toBe('45/QĐ-UBND');
    expect(parseDocumentNumber('05 / 2026 / qđ-ubnd')).toBe('05/2026/QĐ-UBND');
    expect(parseDocumentNumber('7/UBND-VP')).toBe('7/UBND-VP');
  });

  it('is null when empty and undefined when not a number', () => {
    expect(parseDocumentNumber('  ')).toBeNull();
    expect(parseDocumentNumber(undefined)).toBeNull();
    expect(parseDocumentNumber('TB-UBND')).toBeUndefined();
    expect(parseDocumentNumber('hai mươi')).toBeUndefined();
    expect(parseDocumentNumber('20/')).toBeUndefined();
  });
});
