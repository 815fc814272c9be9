// Xã Tân Hưng: tasks lettered a), b) under "I. …" group rows written in one cell, time before the units
// ("Thời gian thực hiện | Cơ quan chủ trì | …"), targets as "-" bullets, a reporting regime "trước ngày 15 của
// tháng cuối quý" / "năm (trước ngày 15/11)", products as lists, "Đầu năm", "Cuối năm", "Định kỳ hằng quý".
import { COMMUNE_UNITS } from './commune-an-phu.js';
import { type CorpusDocument, groupRef, ref, window } from './types.js';

const VP = 'Văn phòng HĐND và UBND xã';
const HCC = 'Trung tâm Phục vụ hành chính công xã';
const VHXH = 'Phòng Văn hóa - Xã hội';

export const TAN_HUNG: CorpusDocument = {
  name: 'xa-tan-hung-2026',
  layout: 'lettered tasks a), b), time column before the units, "-" targets, other report deadlines',
  units: COMMUNE_UNITS,
  prose: [
    'ỦY BAN NHÂN DÂN XÃ TÂN HƯNG',
    'Số: 07/KH-UBND',
    'Tân Hưng, ngày 15 tháng 01 năm 2026',
    'KẾ HOẠCH',
    'Cải cách hành chính năm 2026',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    'a) Xây dựng nền hành chính phục vụ.',
    '2. Các chỉ tiêu chủ yếu',
    '- 100% thủ tục hành chính được công khai đầy đủ, đúng quy định.',
    '- Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.',
    '- Mức độ hài lòng của người dân đạt tối thiểu 90%.',
    'II. NHIỆM VỤ',
    '1. Cải cách thể chế',
    '2. Cải cách thủ tục hành chính',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Trách nhiệm chung',
    'a) Chế độ báo cáo định kỳ: quý, 6 tháng (trước ngày 15 của tháng cuối quý), năm (trước ngày 15/11) gửi Văn phòng HĐND và UBND xã để tổng hợp.',
    'PHỤ LỤC',
  ],
  table: [
    ['TT', 'Nội dung công việc', 'Thời gian thực hiện', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm đầu ra'],
    ['I. Cải cách thể chế'],
    ['a)', 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật', 'Đầu năm', VP, VHXH, 'Báo cáo rà soát'],
    ['b)', 'Kiểm tra việc thực hiện văn bản quy phạm pháp luật', 'Cuối năm', VP, 'Các ban, ngành', 'Kết luận kiểm tra'],
    ['II. Cải cách thủ tục hành chính'],
    ['a)', 'Tiếp nhận, giải quyết hồ sơ đúng hạn', 'Hằng tháng', HCC, 'Công an xã', 'Báo cáo thống kê hồ sơ'],
    [
      'b)',
      'Đối thoại với người dân về thủ tục hành chính',
      'Định kỳ hằng quý',
      VHXH,
      VP,
      '- Biên bản đối thoại<br>- Báo cáo kết quả',
    ],
  ],
  expected: {
    year: 2026,
    groups: [
      { code: 'I', title: 'Cải cách thể chế' },
      { code: 'II', title: 'Cải cách thủ tục hành chính' },
    ],
    tasks: [
      {
        label: 'a',
        group: 'I',
        content: 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật',
        lead: ref(VP, [VP]),
        coordinators: ref(VHXH, [VHXH]),
        timeframe: window('Đầu năm', 'quarter', '2026-01-01', '2026-03-31'),
        product: 'Báo cáo rà soát',
      },
      {
        label: 'b',
        group: 'I',
        content: 'Kiểm tra việc thực hiện văn bản quy phạm pháp luật',
        lead: ref(VP, [VP]),
        coordinators: groupRef('Các ban, ngành'),
        timeframe: window('Cuối năm', 'quarter', '2026-10-01', '2026-12-31'),
        product: 'Kết luận kiểm tra',
      },
      {
        label: 'a',
        group: 'II',
        content: 'Tiếp nhận, giải quyết hồ sơ đúng hạn',
        lead: ref(HCC, [HCC]),
        coordinators: ref('Công an xã', ['Công an xã']),
        timeframe: window('Hằng tháng', 'recurring', null, null),
        product: 'Báo cáo thống kê hồ sơ',
      },
      {
        label: 'b',
        group: 'II',
        content: 'Đối thoại với người dân về thủ tục hành chính',
        lead: ref(VHXH, [VHXH]),
        coordinators: ref(VP, [VP]),
        timeframe: window('Định kỳ hằng quý', 'recurring', null, null),
        product: '- Biên bản đối thoại\n- Báo cáo kết quả',
      },
    ],
    targets: [
      { code: 'a', text: '100% thủ tục hành chính được công khai đầy đủ, đúng quy định.' },
      { code: 'b', text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.' },
      { code: 'c', text: 'Mức độ hài lòng của người dân đạt tối thiểu 90%.' },
    ],
    reports: [
      { period: 'Q1', due: '2026-03-14', source: 'III.1.a' },
      { period: 'H1', due: '2026-06-14', source: 'III.1.a' },
      { period: 'Q3', due: '2026-09-14', source: 'III.1.a' },
      { period: 'Y', due: '2026-11-14', source: 'III.1.a' },
    ],
  },
};
