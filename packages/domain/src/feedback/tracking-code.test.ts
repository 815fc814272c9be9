import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTrackingCode, normaliseTrackingCode, TRACKING_CODE_BYTES } from './tracking-code.js';

describe('tracking codes', () => {
  it('formats 12 random bytes as PA- and three groups of four', () => {
    expect(formatTrackingCode(new Uint8Array(TRACKING_CODE_BYTES))).toBe('PA-0000-0000-0000');
    expect(formatTrackingCode(new Uint8Array(12).fill(31))).toBe('PA-ZZZZ-ZZZZ-ZZZZ');
  });

  it('reads a code back however it was typed', () => {
    expect(normaliseTrackingCode(' pa 7k3m-9qxd 2b4f ')).toBe('PA-7K3M-9QXD-2B4F');
    expect(normaliseTrackingCode('PAOK3M9QXD2B4F')).toBe('PA-0K3M-9QXD-2B4F');
    // Twelve characters are a bare code even when they start with P and A.
    expect(normaliseTrackingCode('PAPA-12AB-CD34')).toBe('PA-PAPA-12AB-CD34');
  });

  it('refuses what cannot be a code', () => {
    expect(normaliseTrackingCode('PA-123')).toBeNull();
    expect(normaliseTrackingCode('PA-UUUU-UUUU-UUUU')).toBeNull();
  });

  it('round-trips every generated code', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 12, maxLength: 12 }), (bytes) => {
        const code = formatTrackingCode(bytes);
        expect(normaliseTrackingCode(code.toLowerCase())).toBe(code);
      }),
    );
  });
});
