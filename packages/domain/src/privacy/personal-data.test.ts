import { describe, expect, it } from 'vitest';
import {
  heldFields,
  maskAddress,
  maskEmail,
  maskIdNumber,
  maskName,
  maskPerson,
  maskPhone,
  retentionCutoff,
} from './personal-data.js';

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

  it('keeps the initial of each word of a name', () => {
    expect(maskName('Nguyễn Văn An')).toBe('N***** V** A*');
    expect(maskName(' Lê  Bá ')).toBe('L* B*');
    expect(maskName(null)).toBeNull();
  });

  it('masks only the fields a record holds, the name kept on request', () => {
    const person = { name: 'Trần Thị Bình', phone: '0987654321', email: null };
    expect(maskPerson(person)).toEqual({ name: 'T*** T** B***', phone: '*******321', email: null });
    expect(maskPerson(person, { keepName: true }).name).toBe('Trần Thị Bình');
    expect(heldFields(person)).toEqual(['name', 'phone']);
  });

  it('counts retention back from now', () => {
    expect(retentionCutoff(new Date('2026-03-31T00:00:00Z'), 30).toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });
});
