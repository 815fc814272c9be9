import {
  buildApologyLetter,
  buildControlSlip,
  buildReceiptSlip,
  buildSupplementRequest,
  type FormIssuer,
  type OfficialDocument,
} from '@cchc/domain';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx, renderHtml } from '../src/documents/index.js';

const centre: FormIssuer = {
  issuer: { parent: 'ỦY BAN NHÂN DÂN', name: 'PHƯỜNG HẢI DƯƠNG', unit: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG' },
  name: 'Trung tâm Phục vụ hành chính công phường Hải Dương',
  place: 'Hải Dương',
};
const dossier = { code: 'H15.50.05.13-260305-0007', procedureName: 'Đăng ký khai sinh' };
const applicant = { name: 'Nguyễn Văn An', honorific: 'Ông', address: 'Số 5 Trần Hưng Đạo', phone: '0912345678' };
const receivedAt = new Date('2026-03-05T08:15:00+07:00');
const dueAt = new Date('2026-03-12T08:15:00+07:00');

/** The printed lines of a .docx: one string per paragraph, tables and header included. */
async function docxLines(doc: OfficialDocument): Promise<{ lines: string[]; xml: string }> {
  const zip = await JSZip.loadAsync(await renderDocx(doc));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const lines = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)]
    .map(([p]) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .filter(Boolean);
  return { lines, xml };
}

function runOf(xml: string, text: string): string {
  return xml.match(new RegExp(`<w:r>(?:(?!<w:r>).)*<w:t[^>]*>${text}</w:t>`, 's'))?.[0] ?? '';
}

describe('one-stop forms rendered', () => {
  it('Mẫu 01: receipt slip with the unit bold under a regular committee, both signers, no number line', async () => {
    const doc = buildReceiptSlip({
      issuer: centre,
      dossier,
      applicant,
      components: [{ name: 'Tờ khai đăng ký khai sinh', form: 'Bản chính' }],
      timeLimit: { days: 1 },
      receivedAt,
      dueAt: new Date('2026-03-06T08:15:00+07:00'),
      delivery: 'post',
      deliveryDetail: 'Số 5 Trần Hưng Đạo',
      receiverName: 'Trần Thị Bình',
      copy: 1,
    });
    const { lines, xml } = await docxLines(doc);
    expect(lines).toEqual(
      expect.arrayContaining([
        'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
        'Mã hồ sơ: H15.50.05.13-260305-0007',
        '(Liên 1: Lưu tại Bộ phận tiếp nhận và trả kết quả)',
        'Ông/Bà/Tổ chức: Nguyễn Văn An',
        'Tờ khai đăng ký khai sinh',
        '5. Thời gian trả kết quả giải quyết hồ sơ: 08 giờ 15 phút, ngày 06 tháng 3 năm 2026',
        '6. Đăng ký nhận kết quả tại: Nhận qua dịch vụ bưu chính công ích: Số 5 Trần Hưng Đạo',
        'NGƯỜI NỘP HỒ SƠ',
        'NGƯỜI TIẾP NHẬN HỒ SƠ',
        '(Ký và ghi rõ họ tên)',
        'Trần Thị Bình',
        'Hải Dương, ngày 05 tháng 3 năm 2026',
      ]),
    );
    expect(lines.some((line) => line.startsWith('Số:'))).toBe(false);
    expect(lines).not.toContain('Nơi nhận:');
    expect(runOf(xml, 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG')).toContain('<w:b/>');
    expect(runOf(xml, 'ỦY BAN NHÂN DÂN')).toContain('<w:b w:val="false"/>');
  });

  it('Mẫu 02: supplement request with its items, reason and the guiding officer', async () => {
    const doc = buildSupplementRequest({
      issuer: centre,
      dossier,
      applicant,
      receivedAt,
      requestedAt: new Date('2026-03-05T09:00:00+07:00'),
      items: ['Bản sao giấy chứng nhận kết hôn'],
      reason: 'Thiếu giấy tờ chứng minh quan hệ cha mẹ con',
      officerName: 'Trần Thị Bình',
    });
    const { lines } = await docxLines(doc);
    expect(lines).toEqual(
      expect.arrayContaining([
        'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
        'Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:',
        '1. Bản sao giấy chứng nhận kết hôn',
        'Lý do: Thiếu giấy tờ chứng minh quan hệ cha mẹ con',
        'NGƯỜI HƯỚNG DẪN',
      ]),
    );
  });

  it('Mẫu 04: apology letter numbered, addressed, with the new date and the recipients', async () => {
    const doc = buildApologyLetter({
      issuer: centre,
      numbering: { number: '15', typeCode: 'TB', issuerCode: 'TTPVHCC' },
      dossier,
      applicant,
      receivedAt,
      dueAt,
      reason: 'Phải xác minh thông tin tại nơi cư trú trước đây',
      newDueAt: new Date('2026-03-16T14:00:00+07:00'),
      issuedOn: '2026-03-10',
      signature: { title: 'GIÁM ĐỐC', name: 'Lê Văn Cường' },
    });
    const { lines } = await docxLines(doc);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Số: 15/TB-TTPVHCC',
        'Hải Dương, ngày 10 tháng 3 năm 2026',
        'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
        'Kính gửi: Ông Nguyễn Văn An',
        'Lý do: Phải xác minh thông tin tại nơi cư trú trước đây',
        '14 giờ 00 phút, ngày 16 tháng 3 năm 2026',
        'Nơi nhận:',
        '- Như trên;',
        'GIÁM ĐỐC',
        'Lê Văn Cường',
      ]),
    );
  });

  it('Mẫu 05: control slip with one table row per hand-over and no signature block', async () => {
    const doc = buildControlSlip({
      issuer: centre,
      dossier,
      applicant,
      receivedAt,
      dueAt,
      handlingUnit: 'Phòng Văn hóa - Xã hội',
      handovers: [
        {
          from: 'Trung tâm Phục vụ hành chính công',
          to: 'Phòng Văn hóa - Xã hội',
          givenAt: new Date('2026-03-05T10:00:00+07:00'),
          receivedAt: new Date('2026-03-05T10:30:00+07:00'),
          result: 'on_time',
        },
      ],
    });
    const { lines } = await docxLines(doc);
    expect(lines).toEqual(
      expect.arrayContaining([
        'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
        'Bên giao',
        'Kết quả (trước hạn / đúng hạn / quá hạn)',
        'Trung tâm Phục vụ hành chính công',
        '10 giờ 30 phút, ngày 05 tháng 3 năm 2026',
        'Đúng hạn',
      ]),
    );
    const html = renderHtml(doc);
    expect(html).toContain('<td class="center">Đúng hạn</td>');
    expect(html).not.toContain('Nơi nhận');
  });
});
