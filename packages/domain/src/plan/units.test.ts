import { describe, expect, it } from 'vitest';
import { DEFAULT_UNITS } from '../org/default-units.js';
import { createUnitIndex, findUnit, normaliseUnitName, resolveUnitNames } from './units.js';

const index = createUnitIndex(DEFAULT_UNITS);

describe('findUnit', () => {
  it.each([
    ['Phòng VHXXH', 'VHXH'],
    ['phòng Văn hoá – Xã hội', 'VHXH'],
    ['PHÒNG VĂN HÓA — XÃ HỘI', 'VHXH'],
    ['Phòng  Văn\u00a0hoá-Xã hội:', 'VHXH'],
    ['Phòng Văn hoá – Xã hội'.normalize('NFD'), 'VHXH'],
    ['Văn phòng HĐND& UBND phường', 'VP'],
    ['Văn phòng HĐND và UBND', 'VP'],
    ['Trung tâm phục vụ HCC', 'TTPVHCC'],
    ['Trung tâm phục vụ hành chính công', 'TTPVHCC'],
    ['Phòng KTHT&ĐT', 'KTHTDT'],
    ['Phòng Kinh tế, Hạ tầng và Đô thị', 'KTHTDT'],
    ['Trung tâm dịch vụ sự nghiệp công phường', 'TTDVSNC'],
    ['Công an phường', 'CA'],
  ])('finds "%s"', (name, code) => {
    expect(findUnit(name, index)?.code).toBe(code);
  });

  it('finds nothing for a body outside the list', () => {
    expect(findUnit('Hội Luật gia', index)).toBeNull();
    expect(findUnit('', DEFAULT_UNITS)).toBeNull();
  });
});

describe('normaliseUnitName', () => {
  it('ignores where the tone mark sits, case, dashes and "&"', () => {
    expect(normaliseUnitName('Văn hoá')).toBe(normaliseUnitName('văn hóa'));
    expect(normaliseUnitName('Uỷ ban')).toBe(normaliseUnitName('Ủy ban'));
    expect(normaliseUnitName('A – B')).toBe(normaliseUnitName('a-b'));
    expect(normaliseUnitName('HĐND&UBND')).toBe(normaliseUnitName('HĐND và UBND'));
    expect(normaliseUnitName('Văn hoá')).not.toBe(normaliseUnitName('Văn hoà'));
  });
});

describe('resolveUnitNames', () => {
  it('keeps a comma that belongs to a unit name', () => {
    const ref = resolveUnitNames('Phòng Kinh tế, Hạ tầng và Đô thị, Công an phường và Phòng VHXH', index);
    expect(ref.units).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị', 'Công an phường', 'Phòng Văn hóa - Xã hội']);
    expect(ref.unitCodes).toEqual(['KTHTDT', 'CA', 'VHXH']);
    expect(ref.unknown).toEqual([]);
  });

  it('keeps group expressions as text without guessing units', () => {
    expect(resolveUnitNames('Các phòng, đơn vị chuyên môn', index)).toEqual({
      text: 'Các phòng, đơn vị chuyên môn',
      units: [],
      unitCodes: [],
      group: 'Các phòng, đơn vị chuyên môn',
      unknown: [],
    });
    const mixed = resolveUnitNames('Văn phòng HĐND&UBND và các cơ quan, đơn vị liên quan', index);
    expect(mixed).toMatchObject({ units: ['Văn phòng HĐND và UBND'], group: 'các cơ quan, đơn vị liên quan' });
  });

  it('ends a group at the next known unit', () => {
    const ref = resolveUnitNames('Các phòng chuyên môn và Công an phường', index);
    expect(ref).toMatchObject({ units: ['Công an phường'], group: 'Các phòng chuyên môn', unknown: [] });
  });

  it('splits at semicolons and keeps unknown names', () => {
    const ref = resolveUnitNames('Hội Luật gia; Phòng KTHT&ĐT; các đơn vị liên quan', DEFAULT_UNITS);
    expect(ref).toMatchObject({
      units: ['Phòng Kinh tế, Hạ tầng và Đô thị'],
      group: 'các đơn vị liên quan',
      unknown: ['Hội Luật gia'],
    });
  });

  it('lists a unit named twice once', () => {
    expect(resolveUnitNames('Phòng VHXH, phòng Văn hoá – Xã hội', index).units).toEqual(['Phòng Văn hóa - Xã hội']);
  });

  it('returns an empty reference for an empty cell', () => {
    expect(resolveUnitNames('  ', index)).toEqual({ text: '', units: [], unitCodes: [], unknown: [] });
  });
});
