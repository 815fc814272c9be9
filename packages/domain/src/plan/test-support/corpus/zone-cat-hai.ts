// Đặc khu Cát Hải: a header in words the parser does not know ("Việc cần làm", "Hạn chót", "Đầu ra") in an order
// of its own. Without the user's answer the import says which cells it could not read; with it, every field lands.
import { type CorpusDocument, ref, window } from './types.js';

export const ZONE_UNITS = [
  { code: 'VP', name: 'Văn phòng HĐND và UBND đặc khu', shortName: 'Văn phòng', aliases: [] },
  { code: 'VHXH', name: 'Phòng Văn hóa - Xã hội', shortName: 'Phòng VHXH', aliases: [] },
  { code: 'HCC', name: 'Trung tâm Phục vụ hành chính công', shortName: 'Trung tâm PVHCC', aliases: [] },
];

export const CAT_HAI: CorpusDocument = {
  name: 'dac-khu-cat-hai-2026',
  layout: 'unknown header words in another order: the user maps the columns',
  units: ZONE_UNITS,
  prose: [
    'ỦY BAN NHÂN DÂN ĐẶC KHU CÁT HẢI',
    'Số: 03/KH-UBND',
    'Cát Hải, ngày 10 tháng 01 năm 2026',
    'KẾ HOẠCH',
    'Cải cách hành chính năm 2026',
    'I. MỤC ĐÍCH',
    '1. Chỉ tiêu',
    'a) 100% nhiệm vụ hoàn thành đúng hạn.',
    'PHỤ LỤC',
  ],
  table: [
    ['Số TT', 'Việc cần làm', 'Hạn chót', 'Người/đơn vị làm', 'Cùng làm', 'Đầu ra'],
    ['1', 'Ban hành Kế hoạch cải cách hành chính', 'Trước ngày 15/01/2026', 'Phòng VHXH', 'Văn phòng', 'Kế hoạch'],
    ['2', 'Công khai thủ tục hành chính', 'Thường xuyên', 'Trung tâm PVHCC', 'Phòng VHXH', 'Danh mục công khai'],
  ],
  columns: ['no', 'content', 'timeframe', 'lead', 'coordinators', 'product'],
  expected: {
    year: 2026,
    groups: [],
    headerRecognised: false,
    tasks: [
      {
        label: '1',
        group: null,
        content: 'Ban hành Kế hoạch cải cách hành chính',
        lead: ref('Phòng VHXH', ['Phòng Văn hóa - Xã hội']),
        coordinators: ref('Văn phòng', ['Văn phòng HĐND và UBND đặc khu']),
        timeframe: window('Trước ngày 15/01/2026', 'before', null, '2026-01-14'),
        product: 'Kế hoạch',
      },
      {
        label: '2',
        group: null,
        content: 'Công khai thủ tục hành chính',
        lead: ref('Trung tâm PVHCC', ['Trung tâm Phục vụ hành chính công']),
        coordinators: ref('Phòng VHXH', ['Phòng Văn hóa - Xã hội']),
        timeframe: window('Thường xuyên', 'recurring', null, null),
        product: 'Danh mục công khai',
      },
    ],
  },
};

/** A plan whose appendix was pasted as a picture: prose and targets, no task row. It must be refused. */
export const NO_APPENDIX: CorpusDocument = {
  name: 'phuong-khong-phu-luc-2026',
  layout: 'appendix missing (an image in the original): refused',
  units: ZONE_UNITS,
  prose: [...CAT_HAI.prose, '(Bảng phụ lục đính kèm dạng ảnh)'],
  table: [],
  expected: { year: 2026, groups: [], tasks: [] },
};
