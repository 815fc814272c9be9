// How each published figure is calculated, in the words a citizen or an inspector reads next to it (numerator ÷
// denominator), and the clause it comes from. Kept apart from the names so the table of formulas reads as one text.
import type { IndicatorCode } from './config.js';

/** A figure's calculation: what is counted above and below the line, and where the rule is written. */
export interface IndicatorFormula {
  numerator: string;
  denominator: string;
  /** The clause of Decision 766/QĐ-TTg (and the practice of the national portal) the rule comes from. */
  clause: string;
}

const ENTERED = 'Số liệu đơn vị nhập kèm minh chứng từ hệ thống quốc gia';
const clause = (code: string, note = '') =>
  `Quyết định 766/QĐ-TTg ngày 23/6/2022, Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp, chỉ số ${code}${note}`;
const entered = (code: IndicatorCode, numerator: string, denominator: string): IndicatorFormula => ({
  numerator: `${numerator} (${ENTERED.toLowerCase()})`,
  denominator,
  clause: clause(code),
});

/** The calculation of every indicator, in report order. */
export const INDICATOR_FORMULAS: Readonly<Record<IndicatorCode, IndicatorFormula>> = {
  '1.1': entered('1.1', 'Thủ tục được công bố, công khai đúng hạn', 'Thủ tục phải công bố, công khai'),
  '1.2': entered('1.2', 'Thủ tục cập nhật lên CSDL quốc gia đúng hạn', 'Thủ tục phải cập nhật'),
  '1.3': entered('1.3', 'Thủ tục công khai đầy đủ các bộ phận', 'Thủ tục phải công khai'),
  '1.4': {
    numerator: 'Hồ sơ tiếp nhận trong kỳ đã đồng bộ lên Cổng DVC quốc gia (DaDongBo = 1)',
    denominator: 'Hồ sơ tiếp nhận trong kỳ có thông tin đồng bộ (DaDongBo); không có thông tin này thì đơn vị nhập',
    clause: clause('1.4'),
  },
  '2.1': {
    numerator:
      'Hồ sơ giải quyết trước hạn, đúng hạn và hồ sơ đang giải quyết còn trong hạn (so ngày kết thúc xử lý với ngày hẹn trả; quá 1 lần bổ sung là quá hạn)',
    denominator:
      'Hồ sơ đã tiếp nhận phải giải quyết trong kỳ (tiếp nhận trong kỳ và kỳ trước chuyển sang), không tính hồ sơ không được tiếp nhận (3)',
    clause: clause('2.1', '; thời điểm xét: hết kỳ với kỳ đã qua, hiện tại với kỳ đang diễn ra'),
  },
  '2.2': {
    numerator: 'Tổng thời gian giải quyết (ngày làm việc, trừ thời gian chờ bổ sung)',
    denominator: 'Hồ sơ đã giải quyết có kết quả trong kỳ (trạng thái 9, 10; không tính rút, dừng xử lý)',
    clause: clause('2.2'),
  },
  '3.1': {
    numerator: 'Thủ tục cung cấp dịch vụ công trực tuyến một phần hoặc toàn trình',
    denominator: 'Thủ tục cấp xã đơn vị áp dụng',
    clause: clause('3.1'),
  },
  '3.2': {
    numerator: 'Dịch vụ công trực tuyến có ít nhất một hồ sơ trực tuyến tiếp nhận trong kỳ',
    denominator: 'Dịch vụ công trực tuyến',
    clause: clause('3.2'),
  },
  '3.3': {
    numerator: 'Hồ sơ tiếp nhận trực tuyến trong kỳ (có kết quả điện tử nếu thủ tục trả kết quả giấy)',
    denominator: 'Hồ sơ tiếp nhận trong kỳ; tỷ lệ nhân với tỷ lệ đồng bộ (từ DaDongBo, không có thì 1)',
    clause: clause('3.3'),
  },
  '3.5.1': {
    numerator: 'Thủ tục có phí, lệ phí có hồ sơ được đồng bộ thông tin thu phí',
    denominator: 'Thủ tục có phí, lệ phí',
    clause: clause('3.5'),
  },
  '3.5.2': {
    numerator: 'Thủ tục có phí, lệ phí có giao dịch thanh toán trực tuyến',
    denominator: 'Thủ tục có phí, lệ phí',
    clause: clause('3.5'),
  },
  '3.6': {
    numerator: 'Hồ sơ thanh toán trực tuyến (Cổng DVC quốc gia hoặc cổng thanh toán của tỉnh)',
    denominator: 'Hồ sơ tiếp nhận trong kỳ của thủ tục có phí, lệ phí phải nộp',
    clause: clause('3.6'),
  },
  '4.1': {
    numerator: 'Hồ sơ có tệp kết quả điện tử',
    denominator: 'Hồ sơ có kết quả trong kỳ của thủ tục trả kết quả giấy (không tính rút, dừng xử lý)',
    clause: clause('4.1'),
  },
  '4.2.1': {
    numerator: 'Hồ sơ số hóa đủ thành phần hồ sơ và kết quả',
    denominator: 'Hồ sơ có kết quả trong kỳ (không tính rút, dừng xử lý)',
    clause: clause('4.2'),
  },
  '4.2.2': entered('4.2.2', 'Bản sao điện tử được chứng thực', 'Yêu cầu chứng thực'),
  '4.3': entered('4.3', 'Hồ sơ tái sử dụng dữ liệu đã số hóa', 'Hồ sơ tiếp nhận trong kỳ'),
  '4.4': entered('4.4', 'Hồ sơ sử dụng dữ liệu từ Kho dữ liệu của công dân', 'Hồ sơ tiếp nhận trong kỳ'),
  '4.5.1': entered('4.5.1', 'Thủ tục khai thác CSDL quốc gia về dân cư', 'Thủ tục áp dụng'),
  '4.5.2': entered('4.5.2', 'Hồ sơ khai thác CSDL quốc gia về dân cư (VNeID)', 'Hồ sơ tiếp nhận trong kỳ'),
  '5.2': {
    numerator: 'Phản ánh, kiến nghị xử lý đúng hạn',
    denominator: 'Phản ánh, kiến nghị xử lý trong kỳ',
    clause: clause('5.2'),
  },
  '5.3': {
    numerator: 'Phản ánh, kiến nghị tiếp nhận trong kỳ, trừ bị đánh giá không hài lòng, lặp lại hoặc trễ hạn',
    denominator: 'Phản ánh, kiến nghị tiếp nhận trong kỳ',
    clause: clause('5.3'),
  },
  '5.4': {
    numerator: '100% − (tỷ lệ hồ sơ quá hạn + tỷ lệ hồ sơ bị phản ánh hoặc không hài lòng), quy ra số hồ sơ',
    denominator: 'Hồ sơ của chỉ số 2.1',
    clause: clause('5.4'),
  },
};
