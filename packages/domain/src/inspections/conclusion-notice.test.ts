import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../documents/types.js';
import { buildConclusionNotice, type ConclusionNoticeInput } from './conclusion-notice.js';

const input: ConclusionNoticeInput = {
  issuer: { parent: 'ỦY BAN NHÂN DÂN', name: 'PHƯỜNG HẢI DƯƠNG' },
  place: 'Hải Dương',
  numbering: { number: null, typeCode: 'TB', issuerCode: 'UBND' },
  issuedOn: '2026-06-15',
  plan: { title: 'kiểm tra công tác cải cách hành chính năm 2026', reference: '15/KH-UBND', year: 2026 },
  unitName: 'Trung tâm Phục vụ hành chính công',
  inspectedFrom: '2026-06-10',
  inspectedTo: '2026-06-10',
  scope: 'Việc thực hiện nhiệm vụ CCHC 6 tháng đầu năm.',
  team: ['Bà Phạm Thị Thanh Vân, Chủ tịch UBND phường, Trưởng đoàn'],
  selfAssessment: [{ area: 'procedures', result: 'partly_done', note: 'Còn 2 thủ tục chưa niêm yết' }],
  conclusion: 'Đơn vị thực hiện cơ bản đầy đủ các nhiệm vụ.',
  findings: [
    { severity: 'moderate', text: 'Chưa niêm yết đủ thủ tục' },
    { severity: 'minor', text: 'Sổ theo dõi ghi chưa đầy đủ' },
  ],
  followUps: [{ action: 'Niêm yết đủ thủ tục', owner: 'Trung tâm Phục vụ HCC', dueDate: '2026-07-15' }],
  signature: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Phạm Thị Thanh Vân' },
};

const text = (blocks: readonly DocumentBlock[]) => JSON.stringify(blocks);

describe('buildConclusionNotice', () => {
  it('is a TB notice of the committee about the unit, dated and signed', () => {
    const doc = buildConclusionNotice(input);
    expect(doc.title).toBe('THÔNG BÁO');
    expect(doc.subject).toBe(
      'Kết luận kiểm tra công tác cải cách hành chính năm 2026 tại Trung tâm Phục vụ hành chính công',
    );
    expect(doc.numbering).toEqual({ number: null, typeCode: 'TB', issuerCode: 'UBND' });
    expect(doc.signature?.name).toBe('Phạm Thị Thanh Vân');
    expect(doc.recipients.at(-1)).toBe('- Lưu: VT.');
  });

  it('says what was inspected, by whom, the findings by severity and the follow-ups', () => {
    const body = text(buildConclusionNotice(input).body);
    expect(body).toContain('Thực hiện Kế hoạch số 15/KH-UBND');
    expect(body).toContain('vào ngày 10 tháng 6 năm 2026');
    expect(body).toContain('Trưởng đoàn;');
    expect(body).toContain('Thực hiện một phần');
    expect(body.indexOf('Lưu ý:')).toBeLessThan(body.indexOf('Tồn tại, hạn chế cần khắc phục:'));
    expect(body).toContain('15/07/2026');
  });

  it('says so when the unit sent no form and nothing needs fixing', () => {
    const body = text(buildConclusionNotice({ ...input, selfAssessment: [], findings: [], followUps: [] }).body);
    expect(body).toContain('Đơn vị chưa gửi báo cáo tự kiểm tra.');
    expect(body).toContain('Không có nội dung phải khắc phục.');
  });
});
