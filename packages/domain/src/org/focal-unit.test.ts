import { describe, expect, it } from 'vitest';
import { parFocalUnitId } from './focal-unit.js';

const units = [
  { id: 'u-vp', code: 'VP' },
  { id: 'u-vhxh', code: 'VHXH' },
  { id: 'u-kt', code: 'KT' },
];

describe('parFocalUnitId', () => {
  it("takes the unit the ward's settings name first", () => {
    expect(parFocalUnitId({ units, settingCode: 'KT', coordinatorUnitIds: ['u-vp'] })).toBe('u-kt');
  });

  it("then the first coordinator's unit, then the unit coded VHXH", () => {
    expect(parFocalUnitId({ units, coordinatorUnitIds: ['u-vp', 'u-kt'] })).toBe('u-vp');
    expect(parFocalUnitId({ units, settingCode: 'NONE', coordinatorUnitIds: [] })).toBe('u-vhxh');
  });

  it("ignores a coordinator's unit that is not the ward's, and answers null with nothing to go on", () => {
    expect(parFocalUnitId({ units, coordinatorUnitIds: ['elsewhere'] })).toBe('u-vhxh');
    expect(parFocalUnitId({ units: [{ id: 'u-vp', code: 'VP' }], coordinatorUnitIds: [] })).toBeNull();
  });
});
