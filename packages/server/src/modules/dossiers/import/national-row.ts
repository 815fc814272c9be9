// One row of a national export (MaHoSo, MaTTHC, NgayTiepNhan, …) read into what cchc stores, or the reason it is
// rejected. Imported dossiers keep the status their system gave them: the code is checked, the moves are not.
import {
  DOSSIER_STATUS,
  type DossierChannel,
  type DossierStatus,
  isDossierStatus,
  normaliseChannel,
  type PaymentPlace,
} from '@cchc/domain';
import { mapColumns } from '../../../uploads/table-file.js';
import { parseNationalDate } from './dates.js';

/** The national field names read, with the spellings seen in provincial exports. */
export const NATIONAL_COLUMNS = {
  code: ['MaHoSo'],
  procedureCode: ['MaTTHC', 'MaThuTuc'],
  procedureName: ['TenTTHC', 'TenThuTuc'],
  field: ['TenLinhVuc', 'LinhVuc'],
  submittedAt: ['NgayNopHoSo', 'NgayDangKy'],
  receivedAt: ['NgayTiepNhan'],
  dueAt: ['NgayHenTra'],
  finishedAt: ['NgayKetThucXuLy'],
  returnedAt: ['NgayTra'],
  stoppedAt: ['NgayTuChoi', 'NgayDungXuLy', 'NgayRutHoSo'],
  supplementRequestedAt: ['NgayYeuCauBoSung'],
  supplementReceivedAt: ['NgayBoSung', 'NgayNhanBoSung'],
  status: ['TrangThaiHoSo'],
  channel: ['KenhThucHien'],
  paidOnline: ['DuocThanhToanTrucTuyen'],
  fee: ['PhiLePhi', 'TongPhiLePhi', 'LePhi'],
  applicantName: ['ChuHoSo', 'TenChuHoSo', 'HoTenNguoiNop'],
  phone: ['SoDienThoai', 'SoDienThoaiChuHoSo'],
  email: ['Email', 'EmailChuHoSo'],
  address: ['DiaChi', 'DiaChiChuHoSo'],
  idNumber: ['SoGiayTo', 'SoCCCD', 'SoDinhDanh'],
  unit: ['DonViXuLy', 'MaDonViXuLy'],
  resultCode: ['MaKetQua', 'SoKetQua'],
  resultFileUrl: ['DuongDanKetQua', 'TepKetQua', 'LinkKetQua'],
  synced: ['DaDongBo', 'DongBoDVCQG'],
  digitised: ['DaSoHoa', 'SoHoa'],
} as const;

export type NationalField = keyof typeof NATIONAL_COLUMNS;
type DateField =
  | 'submittedAt'
  | 'receivedAt'
  | 'dueAt'
  | 'finishedAt'
  | 'returnedAt'
  | 'stoppedAt'
  | 'supplementRequestedAt'
  | 'supplementReceivedAt';
const DATE_FIELDS: readonly DateField[] = [
  'submittedAt',
  'receivedAt',
  'dueAt',
  'finishedAt',
  'returnedAt',
  'stoppedAt',
  'supplementRequestedAt',
  'supplementReceivedAt',
];

/** A row read and checked, ready to be stored. */
export interface NationalDossier {
  row: number;
  code: string;
  procedureCode: string;
  procedureName: string | null;
  field: string | null;
  status: DossierStatus;
  channel: DossierChannel;
  dates: Record<DateField, Date | null>;
  paidOnline: PaymentPlace | null;
  fee: number | null;
  applicant: {
    name: string;
    phone: string | null;
    email: string | null;
    address: string | null;
    idNumber: string | null;
  };
  unit: string | null;
  resultCode: string | null;
  resultFileUrl: string | null;
  /** DaDongBo; null when the export has no such column (unknown, not "not synced"). */
  synced: boolean | null;
  digitised: boolean;
}

/** Why a row was not imported. */
export interface RowRejection {
  row: number;
  code: string | null;
  reason: string;
}

/** The column of each national field in the header; MaHoSo, MaTTHC and TrangThaiHoSo are required. */
export function nationalColumns(header: readonly string[]): { columns: Map<NationalField, number>; missing: string[] } {
  const columns = mapColumns(header, NATIONAL_COLUMNS);
  const missing = (['code', 'procedureCode', 'status'] as const)
    .filter((field) => !columns.has(field))
    .map((field) => NATIONAL_COLUMNS[field][0]);
  return { columns, missing };
}

const PAID: Record<string, PaymentPlace> = { '1': 'portal', '2': 'gateway' };
const yes = (text: string) => ['1', 'true', 'co', 'có', 'x'].includes(text.trim().toLowerCase());

function readDates(get: (f: NationalField) => string): Record<DateField, Date | null> | string {
  const dates = {} as Record<DateField, Date | null>;
  for (const field of DATE_FIELDS) {
    const value = parseNationalDate(get(field));
    if (value === 'invalid')
      return `${NATIONAL_COLUMNS[field][0]} không phải ngày giờ (yyyyMMddHHmmss hoặc ISO 8601): "${get(field)}"`;
    dates[field] = value;
  }
  return dates;
}

function checkDates(status: DossierStatus, dates: Record<DateField, Date | null>): string | null {
  const accepted = status !== DOSSIER_STATUS.registered && status !== DOSSIER_STATUS.refused;
  if (accepted && dates.receivedAt === null) return 'Thiếu NgayTiepNhan cho hồ sơ đã tiếp nhận';
  if (dates.receivedAt && dates.dueAt && dates.dueAt < dates.receivedAt) return 'NgayHenTra trước NgayTiepNhan';
  const end = dates.finishedAt ?? dates.returnedAt;
  if (dates.receivedAt && end && end < dates.receivedAt) return 'Ngày kết thúc xử lý trước NgayTiepNhan';
  return null;
}

/** Reads one data row (1-based line number in the file) against the header's columns. */
export function readNationalRow(
  cells: readonly string[],
  columns: Map<NationalField, number>,
  row: number,
): NationalDossier | RowRejection {
  const get = (field: NationalField) => (cells[columns.get(field) ?? -1] ?? '').trim();
  const code = get('code');
  const reject = (reason: string): RowRejection => ({ row, code: code || null, reason });
  if (code === '') return reject('Thiếu MaHoSo');
  if (get('procedureCode') === '') return reject('Thiếu MaTTHC');
  const status = Number(get('status'));
  if (!isDossierStatus(status)) return reject(`TrangThaiHoSo không phải mã 1–10: "${get('status')}"`);
  const channel = normaliseChannel(get('channel'));
  if (channel === null) return reject(`KenhThucHien không phải 1, 2 hoặc 3: "${get('channel')}"`);
  const dates = readDates(get);
  if (typeof dates === 'string') return reject(dates);
  const problem = checkDates(status, dates);
  if (problem) return reject(problem);
  const fee = get('fee') === '' ? null : Number(get('fee').replace(/[.\s]/g, '').replace(',', '.'));
  if (fee !== null && (!Number.isFinite(fee) || fee < 0)) return reject(`PhiLePhi không phải số tiền: "${get('fee')}"`);
  return {
    row,
    code,
    procedureCode: get('procedureCode'),
    procedureName: get('procedureName') || null,
    field: get('field') || null,
    status,
    channel,
    dates,
    paidOnline: PAID[get('paidOnline')] ?? null,
    fee,
    applicant: {
      name: get('applicantName') || '(không ghi tên)',
      phone: get('phone') || null,
      email: get('email') || null,
      address: get('address') || null,
      idNumber: get('idNumber') || null,
    },
    unit: get('unit') || null,
    resultCode: get('resultCode') || null,
    resultFileUrl: get('resultFileUrl') || null,
    synced: columns.has('synced') ? yes(get('synced')) : null,
    digitised: yes(get('digitised')),
  };
}
