// Reading a procedure catalogue from a spreadsheet: the first sheet lists procedures, an optional sheet whose header
// names a step (Bước) lists the internal steps. Headers are matched loosely (case and Vietnamese marks ignored).
import type { OnlineLevel, WorkingTimeLimit } from '@cchc/domain';
import { headerKey, mapColumns, type TableSheet } from '../../../uploads/table-file.js';

const CATALOGUE_COLUMNS = {
  code: ['Mã TTHC', 'MaTTHC', 'Mã thủ tục', 'Mã'],
  name: ['Tên thủ tục', 'TenTTHC', 'Tên TTHC', 'Tên thủ tục hành chính'],
  field: ['Lĩnh vực', 'LinhVuc', 'TenLinhVuc'],
  limit: ['Thời hạn giải quyết', 'Thời hạn', 'ThoiHanGiaiQuyet'],
  fee: ['Phí, lệ phí', 'Phí lệ phí', 'Lệ phí', 'Phí', 'PhiLePhi'],
  onlineLevel: ['Mức độ', 'Mức độ DVC', 'Dịch vụ công trực tuyến', 'MucDo'],
  unit: ['Đơn vị thực hiện', 'Cơ quan thực hiện', 'DonViThucHien'],
  paper: ['Kết quả bản giấy', 'Trả kết quả giấy', 'KetQuaGiay'],
  components: ['Thành phần hồ sơ', 'ThanhPhanHoSo'],
} as const;

const STEP_COLUMNS = {
  code: CATALOGUE_COLUMNS.code,
  no: ['Bước', 'STT', 'Buoc'],
  name: ['Tên bước', 'Nội dung', 'Nội dung công việc'],
  unit: ['Đơn vị', 'Đơn vị thực hiện', 'Bộ phận'],
  agency: ['Cơ quan khác', 'Cơ quan liên thông'],
  hours: ['Thời gian (giờ)', 'Số giờ', 'Thời gian', 'Thời gian thực hiện'],
} as const;

/** A procedure read from a row, with the names of units still to resolve. */
export interface CatalogueRow {
  row: number;
  code: string;
  name: string;
  field: string;
  limit: WorkingTimeLimit | null;
  fee: number | null;
  onlineLevel: OnlineLevel;
  returnsPaperResult: boolean;
  unitName: string | null;
  components: string[];
}

/** A step read from the steps sheet. */
export interface CatalogueStep {
  row: number;
  code: string;
  no: number;
  name: string;
  unitName: string | null;
  agency: string | null;
  budgetHours: number;
}

/** A row the reader could not use. */
export interface CatalogueProblem {
  row: number;
  code: string | null;
  reason: string;
}

const numberOf = (text: string) =>
  Number(
    text
      .replace(/\s/g, '')
      .replace(/\.(?=\d{3}\b)/g, '')
      .replace(',', '.'),
  );

/** `5 ngày làm việc` → 5 days; `4 giờ` → 4 hours; a bare number is days. Null when empty or unreadable. */
export function parseLimit(text: string): WorkingTimeLimit | null | 'invalid' {
  if (text.trim() === '') return null;
  const match = /(\d+(?:[.,]\d+)?)\s*(ngày|ngay|giờ|gio|h|d)?/iu.exec(text);
  if (!match) return 'invalid';
  const amount = Number((match[1] ?? '').replace(',', '.'));
  const unit = headerKey(match[2] ?? 'ngay');
  return unit === 'gio' || unit === 'h' ? { hours: amount } : { days: amount };
}

/** `toàn trình` / mức độ 4 → full, `một phần` / mức độ 3 → partial, anything else none. */
export function parseOnlineLevel(text: string): OnlineLevel {
  const key = headerKey(text);
  if (key.includes('toantrinh') || key === 'full' || key.endsWith('4')) return 'full';
  if (key.includes('motphan') || key === 'partial' || key.endsWith('3')) return 'partial';
  return 'none';
}

const isNo = (text: string) => ['khong', 'no', 'false', '0', 'x'].includes(headerKey(text));

/** A step's time: a bare number is hours here (the column says giờ); `1 ngày` is 8 hours. */
function hoursOf(text: string): number {
  if (/^\s*\d+(?:[.,]\d+)?\s*$/.test(text)) return Number(text.replace(',', '.'));
  const limit = parseLimit(text);
  if (limit === null || limit === 'invalid') return Number.NaN;
  return 'hours' in limit ? limit.hours : limit.days * 8;
}

function catalogueRow(
  cells: readonly string[],
  columns: Map<string, number>,
  row: number,
): CatalogueRow | CatalogueProblem {
  const get = (field: keyof typeof CATALOGUE_COLUMNS) => (cells[columns.get(field) ?? -1] ?? '').trim();
  const code = get('code');
  if (code === '') return { row, code: null, reason: 'Thiếu mã thủ tục' };
  const limit = parseLimit(get('limit'));
  if (limit === 'invalid') return { row, code, reason: `Không hiểu thời hạn "${get('limit')}"` };
  const feeText = get('fee');
  const fee = feeText === '' ? null : numberOf(feeText);
  if (fee !== null && (!Number.isFinite(fee) || fee < 0)) return { row, code, reason: `Phí không hợp lệ "${feeText}"` };
  return {
    row,
    code,
    name: get('name') || code,
    field: get('field') || 'Chưa xác định lĩnh vực',
    limit,
    fee: fee === null ? null : Math.round(fee),
    onlineLevel: parseOnlineLevel(get('onlineLevel')),
    returnsPaperResult: get('paper') === '' || !isNo(get('paper')),
    unitName: get('unit') || null,
    components: get('components')
      .split(/[;\n]|<br>/)
      .map((c) => c.trim())
      .filter(Boolean),
  };
}

function stepRows(sheet: TableSheet, problems: CatalogueProblem[]): CatalogueStep[] {
  const [header = [], ...rows] = sheet.rows;
  const columns = mapColumns(header, STEP_COLUMNS);
  const steps: CatalogueStep[] = [];
  rows.forEach((cells, index) => {
    const get = (field: keyof typeof STEP_COLUMNS) => (cells[columns.get(field) ?? -1] ?? '').trim();
    const row = index + 2;
    const [code, name, hours] = [get('code'), get('name'), hoursOf(get('hours'))];
    if (code === '' || name === '' || !Number.isFinite(hours)) {
      problems.push({
        row,
        code: code || null,
        reason: `Bước quy trình thiếu mã, tên hoặc thời gian (trang ${sheet.name})`,
      });
      return;
    }
    const no = Number(get('no')) || steps.filter((s) => s.code === code).length + 1;
    steps.push({
      row,
      code,
      no,
      name,
      unitName: get('unit') || null,
      agency: get('agency') || null,
      budgetHours: hours,
    });
  });
  return steps;
}

/** Reads the catalogue and its steps; rows it cannot use are problems, the rest go on. */
export function parseCatalogue(sheets: readonly TableSheet[]) {
  const problems: CatalogueProblem[] = [];
  const [first, ...others] = sheets;
  const [header = [], ...rows] = first?.rows ?? [];
  const columns = mapColumns(header, CATALOGUE_COLUMNS) as Map<string, number>;
  if (!columns.has('code') || !columns.has('name')) {
    return {
      procedures: [],
      steps: [],
      problems: [{ row: 1, code: null, reason: 'Thiếu cột "Mã TTHC" hoặc "Tên thủ tục"' }],
    };
  }
  const procedures: CatalogueRow[] = [];
  rows.forEach((cells, index) => {
    const read = catalogueRow(cells, columns, index + 2);
    if ('reason' in read) problems.push(read);
    else procedures.push(read);
  });
  const stepSheet = others.find((s) =>
    (s.rows[0] ?? []).some((h) => headerKey(h).startsWith('buoc') || headerKey(h) === 'tenbuoc'),
  );
  const steps = stepSheet ? stepRows(stepSheet, problems) : [];
  return { procedures, steps, problems };
}
