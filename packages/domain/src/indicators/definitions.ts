// What each indicator is called and where its figure comes from. Names are the Vietnamese wording of the national
// portal; whether a figure is computed here or entered by the ward is a fact of the data cchc holds, not a setting.
import type { IndicatorCode } from './config.js';

/** The five groups: publicity, progress, online services and payment, digitisation, satisfaction. */
export type IndicatorGroup = 1 | 2 | 3 | 4 | 5;

/** `computed` from dossiers, procedures and feedback; `entered` by the ward with its evidence. */
export type IndicatorSource = 'computed' | 'entered';

/** The fixed facts of one indicator. */
export interface IndicatorDefinition {
  code: IndicatorCode;
  group: IndicatorGroup;
  name: string;
  source: IndicatorSource;
}

/**
 * The indicators whose figures come from national systems (publication, the national database, e-certification, the
 * citizens' data store, the population database): the ward enters them with evidence.
 */
export const ENTERED_INDICATOR_CODES = ['1.1', '1.2', '1.3', '1.4', '4.2.2', '4.3', '4.4', '4.5.1', '4.5.2'] as const;

/** The code of an entered indicator. */
export type EnteredIndicatorCode = (typeof ENTERED_INDICATOR_CODES)[number];

/** Whether an indicator is entered by the ward rather than computed. */
export function isEnteredIndicator(code: IndicatorCode): code is EnteredIndicatorCode {
  return (ENTERED_INDICATOR_CODES as readonly IndicatorCode[]).includes(code);
}

function define(code: IndicatorCode, name: string): IndicatorDefinition {
  const group = Number(code[0]) as IndicatorGroup;
  return { code, group, name, source: isEnteredIndicator(code) ? 'entered' : 'computed' };
}

/** The indicators in report order. */
export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  define('1.1', 'Công bố, công khai thủ tục hành chính đúng hạn'),
  define('1.2', 'Cập nhật thủ tục hành chính lên Cơ sở dữ liệu quốc gia đúng hạn'),
  define('1.3', 'Công khai thủ tục hành chính đầy đủ các bộ phận'),
  define('1.4', 'Hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia'),
  define('2.1', 'Hồ sơ được giải quyết trước hạn, đúng hạn'),
  define('2.2', 'Thời gian giải quyết trung bình của thủ tục hành chính (ngày làm việc)'),
  define('3.1', 'Thủ tục hành chính cung cấp dịch vụ công trực tuyến (một phần, toàn trình)'),
  define('3.2', 'Dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến'),
  define('3.3', 'Hồ sơ nộp trực tuyến'),
  define('3.5.1', 'Thủ tục có phí, lệ phí có hồ sơ được đồng bộ thông tin thu phí'),
  define('3.5.2', 'Thủ tục có phí, lệ phí có giao dịch thanh toán trực tuyến'),
  define('3.6', 'Hồ sơ được thanh toán trực tuyến'),
  define('4.1', 'Hồ sơ có kết quả giải quyết điện tử'),
  define('4.2.1', 'Hồ sơ được số hóa thành phần hồ sơ và kết quả'),
  define('4.2.2', 'Bản sao điện tử được chứng thực'),
  define('4.3', 'Hồ sơ tái sử dụng dữ liệu đã số hóa'),
  define('4.4', 'Hồ sơ sử dụng dữ liệu từ Kho quản lý dữ liệu điện tử của công dân'),
  define('4.5.1', 'Thủ tục hành chính khai thác Cơ sở dữ liệu quốc gia về dân cư'),
  define('4.5.2', 'Hồ sơ khai thác Cơ sở dữ liệu quốc gia về dân cư (tài khoản VNeID)'),
  define('5.2', 'Phản ánh, kiến nghị được xử lý đúng hạn'),
  define('5.3', 'Mức độ hài lòng về tiếp nhận, xử lý phản ánh, kiến nghị'),
  define('5.4', 'Mức độ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính'),
];
