import { describe, expect, it } from 'vitest';
import { formatDocumentNumber } from './format.js';
import {
  buildApologyLetter,
  buildControlSlip,
  buildReceiptSlip,
  buildSupplementRequest,
  type FormIssuer,
  formatTimeLimit,
} from './forms/index.js';
import type { DocumentBlock, OfficialDocument, RichText } from './types.js';

const centre: FormIssuer = {
  issuer: { parent: 'ỦY BAN NHÂN DÂN', name: 'PHƯỜNG HẢI DƯƠNG', unit: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG' },
  name: 'Trung tâm Phục vụ hành chính công phường Hải Dương',
  place: 'Hải Dương',
};
const dossier = { code: 'H15.50.05.13-260305-0007', procedureName: 'Đăng ký khai sinh' };
const applicant = { name: 'Nguyễn Văn An', honorific: 'Ông', address: 'Số 5 Trần Hưng Đạo', phone: '0912345678' };

function textOf(text: RichText): string {
  return typeof text === 'string' ? text : text.map((span) => span.text).join('');
}

/** Every printed string of the body, tables included, so tests can look for a text without knowing its block. */
function bodyTexts(doc: OfficialDocument): string[] {
  const walk = (blocks: readonly DocumentBlock[]): string[] =>
    blocks.flatMap((block) => {
      if (block.kind === 'heading') return [block.text];
      if (block.kind === 'paragraph' || block.kind === 'bullet') return [textOf(block.text)];
      if (block.kind === 'landscape') return walk(block.blocks);
      if (block.kind === 'table') {
        return block.table.rows.flatMap((row) => ('group' in row ? [row.group] : row.map((cell) => String(cell))));
      }
      return [];
    });
  return walk(doc.body);
}

describe('Mẫu 01 receipt slip', () => {
  const doc = buildReceiptSlip({
    issuer: centre,
    dossier,
    applicant,
    components: [
      { name: 'Tờ khai đăng ký khai sinh', form: 'Bản chính' },
      { name: 'Giấy chứng sinh', copies: 2 },
    ],
    timeLimit: { days: 1 },
    receivedAt: new Date('2026-03-05T08:15:00+07:00'),
    dueAt: new Date('2026-03-06T08:15:00+07:00'),
    delivery: 'counter',
    receiverName: 'Trần Thị Bình',
    copy: 2,
  });

  it('prints the title, the dossier code, the dates and the delivery', () => {
    const texts = bodyTexts(doc);
    expect(doc.title).toBe('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(doc.date).toBe('2026-03-05');
    expect(texts).toContain('Mã hồ sơ: H15.50.05.13-260305-0007');
    expect(texts).toContain('(Liên 2: Giao người nộp hồ sơ)');
    expect(texts).toContain('4. Thời gian nhận hồ sơ: 08 giờ 15 phút, ngày 05 tháng 3 năm 2026');
    expect(texts).toContain('5. Thời gian trả kết quả giải quyết hồ sơ: 08 giờ 15 phút, ngày 06 tháng 3 năm 2026');
    expect(texts).toContain('3. Thời gian giải quyết hồ sơ theo quy định là: 01 ngày làm việc');
    expect(texts.some((text) => text.startsWith('6. Đăng ký nhận kết quả tại: Nhận trực tiếp'))).toBe(true);
    expect(texts).toEqual(expect.arrayContaining(['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh', '2']));
  });

  it('has two signatures: the applicant on the left, the officer on the right', () => {
    expect(doc.counterSignature).toMatchObject({ title: 'NGƯỜI NỘP HỒ SƠ', name: 'Nguyễn Văn An' });
    expect(doc.signature).toMatchObject({ title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: 'Trần Thị Bình' });
    expect(doc.recipients).toEqual([]);
  });
});

describe('Mẫu 02 supplement request', () => {
  it('lists the items and the reason, and is signed by the guiding officer', () => {
    const doc = buildSupplementRequest({
      issuer: centre,
      dossier,
      applicant,
      receivedAt: new Date('2026-03-05T08:15:00+07:00'),
      requestedAt: new Date('2026-03-05T09:00:00+07:00'),
      items: ['Bản sao giấy chứng nhận kết hôn'],
      reason: 'Thiếu giấy tờ chứng minh quan hệ cha mẹ con',
      officerName: 'Trần Thị Bình',
      officerPhone: '02203123456',
    });
    const texts = bodyTexts(doc);
    expect(doc.title).toBe('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(texts).toContain('1. Bản sao giấy chứng nhận kết hôn');
    expect(texts).toContain('Lý do: Thiếu giấy tờ chứng minh quan hệ cha mẹ con');
    expect(texts.some((text) => text.includes('Trần Thị Bình, số điện thoại 02203123456'))).toBe(true);
    expect(doc.signature).toMatchObject({ title: 'NGƯỜI HƯỚNG DẪN', name: 'Trần Thị Bình' });
  });
});

describe('Mẫu 04 apology letter', () => {
  it('addresses the applicant, gives the reason and the new date, and keeps the recipients', () => {
    const doc = buildApologyLetter({
      issuer: centre,
      numbering: { number: null, typeCode: 'TB', issuerCode: 'TTPVHCC' },
      dossier,
      applicant,
      receivedAt: new Date('2026-03-05T08:15:00+07:00'),
      dueAt: new Date('2026-03-12T08:15:00+07:00'),
      reason: 'Phải xác minh thông tin tại nơi cư trú trước đây',
      newDueAt: new Date('2026-03-16T14:00:00+07:00'),
      issuedOn: '2026-03-10',
      signature: { title: 'GIÁM ĐỐC', name: 'Lê Văn Cường' },
    });
    const texts = bodyTexts(doc);
    expect(doc.addressees).toEqual(['Ông Nguyễn Văn An']);
    expect(formatDocumentNumber(doc.numbering!)).toBe('Số: …/TB-TTPVHCC');
    expect(formatDocumentNumber({ written: '12/PXL-BPMC' })).toBe('Số: 12/PXL-BPMC');
    expect(texts).toContain('Lý do: Phải xác minh thông tin tại nơi cư trú trước đây');
    expect(texts).toContain('14 giờ 00 phút, ngày 16 tháng 3 năm 2026');
    expect(texts.some((text) => text.includes('xin lỗi Ông Nguyễn Văn An'))).toBe(true);
    expect(doc.recipients).toEqual(['- Như trên;', '- Lưu: VT.']);
  });
});

describe('Mẫu 05 control slip', () => {
  it('has one row per hand-over with the result label, blank while unknown', () => {
    const doc = buildControlSlip({
      issuer: centre,
      dossier,
      applicant,
      receivedAt: new Date('2026-03-05T08:15:00+07:00'),
      dueAt: new Date('2026-03-12T08:15:00+07:00'),
      handlingUnit: 'Phòng Văn hóa - Xã hội',
      coordinatingUnits: ['Công an phường'],
      handovers: [
        {
          from: 'Trung tâm Phục vụ hành chính công',
          to: 'Phòng Văn hóa - Xã hội',
          givenAt: new Date('2026-03-05T10:00:00+07:00'),
          receivedAt: new Date('2026-03-05T10:30:00+07:00'),
          result: 'early',
        },
        {
          from: 'Phòng Văn hóa - Xã hội',
          to: 'Công an phường',
          givenAt: new Date('2026-03-09T09:00:00+07:00'),
          receivedAt: null,
          result: null,
        },
      ],
    });
    const table = doc.body.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.table.rows).toEqual([
      [
        1,
        'Trung tâm Phục vụ hành chính công',
        'Phòng Văn hóa - Xã hội',
        '10 giờ 00 phút, ngày 05 tháng 3 năm 2026',
        '10 giờ 30 phút, ngày 05 tháng 3 năm 2026',
        'Trước hạn',
        null,
      ],
      [2, 'Phòng Văn hóa - Xã hội', 'Công an phường', '09 giờ 00 phút, ngày 09 tháng 3 năm 2026', null, null, null],
    ]);
    expect(bodyTexts(doc)).toContain('Cơ quan phối hợp giải quyết hồ sơ: Công an phường');
    expect(doc.signature).toBeNull();
  });
});

describe('formatTimeLimit', () => {
  it('states days or hours of work', () => {
    expect(formatTimeLimit({ days: 15 })).toBe('15 ngày làm việc');
    expect(formatTimeLimit({ hours: 4 })).toBe('04 giờ làm việc');
  });
});
