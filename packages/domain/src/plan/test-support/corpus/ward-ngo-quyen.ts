// Phường Ngô Quyền: no group rows, numbering 1, 2, 3 through, a "Ghi chú" column, "&" in unit names (one unit
// when the ward has it, two names when not), an unknown unit, and a page break that lost the row's tabs.
import { DEFAULT_UNITS } from '../../../org/default-units.js';
import { type CorpusDocument, groupRef, ref, window } from './types.js';

const VP = 'Văn phòng HĐND và UBND';
const VHXH = 'Phòng Văn hóa - Xã hội';

export const NGO_QUYEN: CorpusDocument = {
  name: 'phuong-ngo-quyen-2026',
  layout: 'no groups, numbering through, "Ghi chú" column, "&" in names, a row broken without its tabs',
  units: DEFAULT_UNITS,
  prose: [
    'ỦY BAN NHÂN DÂN PHƯỜNG NGÔ QUYỀN',
    'Số: 30/KH-UBND',
    'Ngô Quyền, ngày 05 tháng 02 năm 2026',
    'KẾ HOẠCH',
    'Cải cách hành chính năm 2026',
    'I. MỤC TIÊU',
    '1. Mục đích',
    'a) Tiếp tục cải cách hành chính.',
    '2. Chỉ tiêu',
    'a) 100% nhiệm vụ hoàn thành đúng hạn.',
    'PHỤ LỤC',
  ],
  table: [
    ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', 'Sản phẩm', 'Ghi chú'],
    [
      '1',
      'Ban hành Kế hoạch tuyên truyền cải cách hành chính',
      'Văn phòng HĐND & UBND phường',
      'Đài truyền thanh phường',
      'Tháng 02/2026',
      'Kế hoạch',
      '',
    ],
    [
      '2',
      'Tổ chức hội nghị đối thoại giữa Chủ tịch UBND phường với doanh nghiệp và',
      'Phòng VHXH & Phòng KTHT&ĐT',
      'Hội Doanh nghiệp phường',
      'Quý II/2026',
      'Hội nghị',
      'Phối hợp Mặt trận',
    ],
    ['hộ kinh doanh trên địa bàn'],
    [
      '3',
      'Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực',
      'Trung tâm phục vụ HCC',
      'Các phòng, đơn vị có liên quan',
      'Tháng 01/2026 đến tháng 5/2026',
      'Dữ liệu số hóa',
      '',
    ],
    [
      '4',
      'Tự kiểm tra công tác cải cách hành chính tại các đơn vị',
      'Phòng VHXH',
      'Công an phường & Ban Chỉ đạo CCHC phường',
      'Quý III,IV/2026',
      'Báo cáo tự kiểm tra',
      '',
    ],
  ],
  expected: {
    year: 2026,
    groups: [],
    tasks: [
      {
        label: '1',
        group: null,
        content: 'Ban hành Kế hoạch tuyên truyền cải cách hành chính',
        lead: ref('Văn phòng HĐND & UBND phường', [VP]),
        coordinators: ref('Đài truyền thanh phường', ['Đài truyền thanh phường']),
        timeframe: window('Tháng 02/2026', 'month', '2026-02-01', '2026-02-28'),
        product: 'Kế hoạch',
      },
      {
        label: '2',
        group: null,
        content: 'Tổ chức hội nghị đối thoại giữa Chủ tịch UBND phường với doanh nghiệp và hộ kinh doanh trên địa bàn',
        lead: ref('Phòng VHXH & Phòng KTHT&ĐT', [VHXH, 'Phòng Kinh tế, Hạ tầng và Đô thị']),
        coordinators: ref('Hội Doanh nghiệp phường', [], ['Hội Doanh nghiệp phường']),
        timeframe: window('Quý II/2026', 'quarter', '2026-04-01', '2026-06-30'),
        product: 'Hội nghị',
      },
      {
        label: '3',
        group: null,
        content: 'Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực',
        lead: ref('Trung tâm phục vụ HCC', ['Trung tâm Phục vụ hành chính công']),
        coordinators: groupRef('Các phòng, đơn vị có liên quan'),
        timeframe: window('Tháng 01/2026 đến tháng 5/2026', 'range', '2026-01-01', '2026-05-31'),
        product: 'Dữ liệu số hóa',
      },
      {
        label: '4',
        group: null,
        content: 'Tự kiểm tra công tác cải cách hành chính tại các đơn vị',
        lead: ref('Phòng VHXH', [VHXH]),
        coordinators: ref('Công an phường & Ban Chỉ đạo CCHC phường', ['Công an phường', 'Ban Chỉ đạo CCHC phường']),
        timeframe: window('Quý III,IV/2026', 'range', '2026-07-01', '2026-12-31'),
        product: 'Báo cáo tự kiểm tra',
      },
    ],
  },
};
