import { describe, expect, it } from 'vitest';
import { vietnamDateOf } from './clock.js';

describe('vietnamDateOf', () => {
  it('moves to the next day at 17:00 UTC, midnight in Hà Nội', () => {
    expect(vietnamDateOf(new Date('2026-03-20T16:59:59Z'))).toBe('2026-03-20');
    expect(vietnamDateOf(new Date('2026-03-20T17:00:00Z'))).toBe('2026-03-21');
  });
});
