// What the seed's appendix says, written by hand from seed/ke-hoach-cchc-2026-phuong-hai-duong.txt (not from the
// parser's output): lead, coordinators, timeframe and product of each of the 45 tasks. Contents are in
// seed-expected-content.ts. Unit names are typed here rather than taken from DEFAULT_UNITS on purpose.
import type { Timeframe } from '../types.js';

export interface ExpectedUnits {
  text: string;
  units: string[];
  group?: string;
  unknown: string[];
}

export interface ExpectedTask {
  no: number;
  group: string;
  lead: ExpectedUnits;
  coordinators: ExpectedUnits;
  timeframe: Timeframe;
  product: string;
}

const unit = (text: string, name: string): ExpectedUnits => ({ text, units: [name], unknown: [] });
const group = (text: string): ExpectedUnits => ({ text, units: [], group: text, unknown: [] });

const VHXXH = unit('Phòng VHXXH', 'Phòng Văn hóa - Xã hội');
const VP = unit('Văn phòng HĐND&UBND', 'Văn phòng HĐND và UBND');
const HCC = unit('Trung tâm phục vụ HCC', 'Trung tâm Phục vụ hành chính công');
const KTHT = unit('Phòng KTHT&ĐT', 'Phòng Kinh tế, Hạ tầng và Đô thị');
const CA = unit('Công an phường', 'Công an phường');
const DVSNC = unit('Trung tâm Dịch vụ sự nghiệp công', 'Trung tâm Dịch vụ sự nghiệp công');
const CM = group('Các phòng, đơn vị chuyên môn');
const CLQ = group('Các phòng, đơn vị có liên quan');
const LQ = group('Các phòng, đơn vị liên quan');

const YEAR: Timeframe = { text: 'Cả năm 2026', kind: 'year', start: '2026-01-01', due: '2026-12-31' };
const ALWAYS: Timeframe = { text: 'Thường xuyên', kind: 'recurring', start: null, due: null };
const Q1: Timeframe = { text: 'Quý I/2026', kind: 'quarter', start: '2026-01-01', due: '2026-03-31' };
const event = (text: string): Timeframe => ({ text, kind: 'event', start: null, due: null });

const task = (
  no: number,
  groupCode: string,
  lead: ExpectedUnits,
  coordinators: ExpectedUnits,
  timeframe: Timeframe,
  product: string,
): ExpectedTask => ({ no, group: groupCode, lead, coordinators, timeframe, product });

/** Task 17's product: an HTML list split by a page break, read back as one "- " line per item. */
const PRODUCT_17 = [
  '- Kế hoạch triển khai thi hành văn bản quy phạm pháp luật;',
  '- Văn bản hướng dẫn áp dụng văn bản quy phạm pháp luật theo thẩm quyền;',
  '- Kết quả hướng dẫn chuyên môn, nghiệp vụ thi hành văn bản quy phạm pháp luật;',
  '- Hội nghị, sách, tờ gấp pháp luật,...để tập huấn, bồi dưỡng chuyên môn, nghiệp vụ về văn bản quy phạm pháp luật.',
  '- Báo cáo văn bản cụ thể về kết quả thực hiện các hoạt động tổ chức, theo dõi thi hành pháp luật theo quy định.',
].join('\n');

/** Task 38's coordinators: a description of a class of bodies, continued after a page break. */
const COORDINATORS_38 =
  'Cơ quan nhà nước, đơn vị sự nghiệp công lập, cơ quan Đảng Cộng sản Việt Nam, Mặt trận Tổ quốc Việt Nam, ' +
  'tổ chức chính trị - xã hội, tổ chức xã hội, tổ chức xã hội - nghề nghiệp và tổ chức khác được thành lập theo ' +
  'quy định của pháp luật về hội đang quản lý, sử dụng tài sản công';

export const EXPECTED_GROUPS = [
  { code: 'I', title: 'Chỉ đạo điều hành, kiểm tra và tuyên truyền', area: 'II.1' },
  { code: 'II', title: 'Cải cách thể chế', area: 'II.2' },
  { code: 'III', title: 'Cải cách thủ tục hành chính', area: 'II.3' },
  { code: 'IV', title: 'Cải cách tổ chức bộ máy', area: 'II.4' },
  { code: 'V', title: 'Cải cách chế độ công vụ', area: 'II.5' },
  { code: 'VI', title: 'Cải cách tài chính công', area: 'II.6' },
  { code: 'VII', title: 'Xây dựng Chính quyền điện tử, Chính quyền số', area: 'II.7' },
];

export const EXPECTED_TASKS: ExpectedTask[] = [
  task(
    1,
    'I',
    VHXXH,
    CM,
    { text: 'Trước ngày 15/01/2026', kind: 'before', start: null, due: '2026-01-14' },
    'Kế hoạch của UBND phường',
  ),
  task(2, 'I', VHXXH, CM, event('Theo yêu cầu của thành phố'), 'Báo cáo của UBND phường'),
  task(3, 'I', VHXXH, CM, YEAR, 'Kế hoạch, Thông báo kết luận/Báo cáo'),
  task(4, 'I', VHXXH, group('Các phòng, đơn vị chuyên môn, các đoàn thể'), Q1, 'Kế hoạch, Báo cáo'),
  task(
    5,
    'I',
    VHXXH,
    CLQ,
    { text: 'Quý III,IV/2026', kind: 'range', start: '2026-07-01', due: '2026-12-31' },
    'Tác phẩm dự thi, Công văn, báo cáo của UBND phường',
  ),
  task(
    6,
    'I',
    DVSNC,
    CLQ,
    { text: 'Tháng 11 /2026', kind: 'month', start: '2026-11-01', due: '2026-11-30' },
    'Tác phẩm dự thi, Công văn',
  ),
  task(
    7,
    'I',
    DVSNC,
    CLQ,
    { text: 'Cả năm', kind: 'year', start: '2026-01-01', due: '2026-12-31' },
    'Các sản phẩm truyền thông đa phương tiện bao gồm các file âm thanh tuyên truyền về CCHC',
  ),
  task(8, 'II', CM, VP, YEAR, 'Quyết định của UBND phường, Chủ tịch UBND phường'),
  task(
    9,
    'II',
    CM,
    {
      text: 'Văn phòng HĐND&UBND và các cơ quan, đơn vị liên quan',
      units: ['Văn phòng HĐND và UBND'],
      group: 'các cơ quan, đơn vị liên quan',
      unknown: [],
    },
    YEAR,
    'Danh mục văn bản cần sửa đổi, bổ sung, thay thế hoặc bãi bỏ; văn bản quy phạm pháp luật được ban hành mới, ' +
      'sửa đổi, bổ sung, thay thế hoặc bãi bỏ văn bản không còn phù hợp',
  ),
  task(10, 'II', VP, CM, YEAR, 'Hội nghị hoặc tài liệu hướng dẫn nghiệp vụ'),
  task(
    11,
    'II',
    group('Các phòng, đơn vị chủ trì soạn thảo các văn bản quy phạm pháp luật'),
    {
      text: 'Hội Luật gia, các hiệp hội, các cơ quan, tổ chức, cá nhân có liên quan',
      units: [],
      group: 'các hiệp hội, các cơ quan, tổ chức, cá nhân có liên quan',
      unknown: ['Hội Luật gia'],
    },
    YEAR,
    'Văn bản đề nghị tham gia ý kiến',
  ),
  task(12, 'II', VP, CM, YEAR, 'Kế hoạch, Báo cáo'),
  task(13, 'II', VP, CM, Q1, 'Quyết định của Chủ tịch UBND phường'),
  task(14, 'II', VP, CM, YEAR, 'Quyết định của UBND phường, Chủ tịch UBND phường'),
  task(15, 'II', VP, CM, YEAR, 'Kế hoạch, Báo cáo'),
  task(16, 'II', VP, CM, YEAR, 'Kế hoạch và Báo cáo kết quả công tác kiểm tra văn bản QPPL.'),
  task(17, 'II', VP, CM, YEAR, PRODUCT_17),
  task(
    18,
    'II',
    VP,
    CM,
    event('Theo chỉ đạo của thành phố'),
    'Kế hoạch theo dõi việc thi hành văn bản quy phạm pháp luật',
  ),
  task(19, 'II', VP, CM, YEAR, 'Văn bản trả lời/hướng dẫn/phối hợp'),
  task(
    20,
    'III',
    HCC,
    CM,
    { text: 'Quý I năm 2026', kind: 'quarter', start: '2026-01-01', due: '2026-03-31' },
    'Quyết định, Kế hoạch',
  ),
  task(21, 'III', HCC, CM, ALWAYS, 'Thực hiện công khai'),
  task(22, 'III', HCC, VP, ALWAYS, 'TTHC công khai trên CSDLQG về TTHC và trang thông tin điện tử của UBND phường'),
  task(
    23,
    'III',
    HCC,
    CM,
    ALWAYS,
    'Báo cáo kết quả rà soát, văn bản thẩm định chất lượng, văn bản đề nghị thông qua phương án đơn giản hóa thủ tục hành chính',
  ),
  task(
    24,
    'III',
    HCC,
    CM,
    ALWAYS,
    'Báo cáo công tác cải cách TTHC hàng tháng, kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, ' +
      'một cửa liên thông quý, năm',
  ),
  task(25, 'III', HCC, CM, ALWAYS, 'Báo cáo'),
  task(26, 'III', HCC, CM, ALWAYS, 'Quy trình, hồ sơ giải quyết liên thông được thực hiện.'),
  task(27, 'III', HCC, CM, ALWAYS, 'Văn bản trả lời PAKN, công khai trên Cổng dịch vụ công quốc gia về PAKN'),
  task(28, 'III', HCC, CM, ALWAYS, 'Báo cáo kết quả kiểm tra'),
  task(29, 'III', HCC, CM, ALWAYS, 'Báo cáo kết quả thực hiện'),
  task(30, 'III', HCC, CM, ALWAYS, 'Báo cáo kết quả thực hiện'),
  task(31, 'IV', VHXXH, CM, YEAR, 'Quyết định/Nghị quyết'),
  task(32, 'IV', VHXXH, CM, YEAR, 'Quyết định, Báo cáo'),
  task(33, 'IV', VHXXH, CM, YEAR, 'Văn bản đề nghị, Báo cáo'),
  task(34, 'V', VHXXH, CM, YEAR, 'Văn bản đề nghị, Báo cáo'),
  task(35, 'V', VHXXH, CM, YEAR, 'Kế hoạch/Quy định đánh giá'),
  task(36, 'V', VHXXH, CM, YEAR, 'Kế hoạch đào tạo, bồi dưỡng'),
  task(37, 'V', VHXXH, CM, YEAR, 'Văn bản triển khai'),
  task(
    38,
    'VI',
    KTHT,
    group(COORDINATORS_38),
    { text: 'Tháng 01/2026 đến tháng 5/2026', kind: 'range', start: '2026-01-01', due: '2026-05-31' },
    'Báo cáo',
  ),
  task(39, 'VI', KTHT, LQ, YEAR, 'Các Văn bản, báo cáo'),
  task(40, 'VII', CA, LQ, YEAR, 'Báo cáo kết quả thực hiện của Công an phường'),
  task(
    41,
    'VII',
    CA,
    {
      text: 'Phòng KTHT&ĐT; các đơn vị liên quan',
      units: ['Phòng Kinh tế, Hạ tầng và Đô thị'],
      group: 'các đơn vị liên quan',
      unknown: [],
    },
    YEAR,
    'Báo cáo kết quả thực hiện của Công an phường',
  ),
  task(42, 'VII', VP, CM, YEAR, 'Báo cáo, các chỉ tiêu trên IOC'),
  task(43, 'VII', VHXXH, LQ, event('Khi có văn bản triển khai'), 'Công văn, Báo cáo kết quả thực hiện'),
  task(44, 'VII', VHXXH, LQ, YEAR, 'Kế hoạch, Báo cáo'),
  task(45, 'VII', VHXXH, LQ, event('Khi có hướng dẫn của thành phố'), 'Kế hoạch; Báo cáo kết quả triển khai'),
];
