import { describe, expect, it } from 'vitest';
import { REDACTED, REDACTED_DOSSIER_CODE, redactPersonalData } from './redaction.js';

describe('redactPersonalData', () => {
  it('removes the submitter name with or without accents, and leaves other words alone', () => {
    const r = redactPersonalData('Tôi là Nguyễn Văn An, ông NGUYEN VAN AN đã nộp hồ sơ; Anh ấy nói…', {
      names: ['Nguyễn Văn An'],
    });
    expect(r.text).toBe(`Tôi là ${REDACTED}, ông ${REDACTED} đã nộp hồ sơ; Anh ấy nói…`);
    expect(r.removed).toBe(2);
  });

  it('removes phone numbers, e-mails and identity numbers however they are grouped', () => {
    const text = 'Gọi 0912 345 678 hoặc +84 912.345.678, email an.nguyen@gmail.com, CCCD 030201001234, CMND 142345678.';
    const r = redactPersonalData(text);
    expect(r.text).toBe(`Gọi ${REDACTED} hoặc ${REDACTED}, email ${REDACTED}, CCCD ${REDACTED}, CMND ${REDACTED}.`);
  });

  it('keeps amounts, dates and legal references readable', () => {
    const text = 'Lệ phí 1.000.000 đồng theo Nghị định 61/2018/NĐ-CP ngày 23/04/2018, điều 15.';
    expect(redactPersonalData(text).text).toBe(text);
  });

  it('hides dossier codes, which would let anyone look the applicant up', () => {
    expect(redactPersonalData('Hồ sơ H15.50.05.13-261008-0975 bị trễ').text).toBe(
      `Hồ sơ ${REDACTED_DOSSIER_CODE} bị trễ`,
    );
  });

  it('removes the contact as given even when no pattern knows it', () => {
    const r = redactPersonalData('Gửi về số 12 ngõ 5 phố Trần Hưng Đạo giúp tôi', { contacts: ['số 12 ngõ 5'] });
    expect(r.text).toBe(`Gửi về ${REDACTED} phố Trần Hưng Đạo giúp tôi`);
  });

  it('does not cut a name out of a longer word', () => {
    expect(redactPersonalData('Ánh sáng và An toàn', { names: ['An'] }).text).toBe(`Ánh sáng và ${REDACTED} toàn`);
  });
});
