import { describe, expect, it } from 'vitest';
import { blockOf } from './blocks.js';

describe('blockOf', () => {
  it('puts wards in the wards block and communes and special zones in the communes block', () => {
    expect(blockOf('ward')).toBe('ward');
    expect(blockOf('commune')).toBe('commune');
    expect(blockOf('special_zone')).toBe('commune');
    expect(blockOf('city')).toBeNull();
  });
});
