import {
  type ApologyProblem,
  DOSSIER_STATUS_LABELS_EN,
  DOSSIER_STATUS_LABELS_VI,
  type DossierStatus,
  formatVietnamDate,
  type IsoDate,
  isDossierStatus,
  type MoveProblem,
} from '@cchc/domain';
import { type Lang, messagesOf } from '../../i18n/messages.js';

/** Problems of one-stop dossiers and procedures beyond the shape the zod schemas check. */
export type DossierRule =
  | 'agency_code_taken'
  | 'dossier_closed'
  | 'no_such_officer'
  | 'no_such_unit'
  | 'no_such_procedure'
  | 'handover_pending'
  | 'no_pending_handover'
  | 'not_accepted_yet'
  | 'not_in_progress'
  | 'no_running_due'
  | 'second_supplement_refused'
  | 'second_supplement_warning'
  | 'registered_online_only'
  | 'no_agency_code'
  | 'outside_unit'
  | 'lookup_not_found'
  | 'rate_after_return'
  | 'already_rated'
  | 'procedure_code_taken'
  | 'no_unit_named'
  | 'no_catalogue_file'
  | 'no_import_file'
  | 'import_file_type'
  | 'supplement_not_requested'
  | 'start_not_accepted'
  | ApologyProblem['code']
  | 'letter_number'
  | FormFactRule;

/** Facts a printed form needs that the dossier does not have yet. */
export type FormFactRule =
  | 'form_no_time_limit'
  | 'form_not_received'
  | 'form_no_due_date'
  | 'form_no_supplement'
  | 'form_no_apology'
  | 'form_apology_no_reason'
  | 'form_apology_no_new_date'
  | 'form_apology_not_issued';

type Texts = Record<Lang, string>;

const MESSAGES: Record<DossierRule, Texts> = {
  supplement_not_requested: {
    vi: 'Chỉ nhận bổ sung khi hồ sơ đang ở trạng thái «Yêu cầu bổ sung giấy tờ».',
    en: 'A supplement is received only when one was requested.',
  },
  letter_number: {
    vi: 'Số phiếu chưa đúng dạng: ghi số và ký hiệu, ví dụ 12/PXL-BPMC.',
    en: 'The letter number is not in the usual form: number and symbol, e.g. 12/PXL-BPMC.',
  },
  start_not_accepted: {
    vi: 'Chỉ bắt đầu xử lý hồ sơ ở trạng thái «Được tiếp nhận».',
    en: 'Processing starts only from an accepted dossier.',
  },
  agency_code_taken: {
    vi: 'Mã đơn vị {code} đã được phường/xã khác sử dụng',
    en: 'Agency code {code} is already used by another ward',
  },
  dossier_closed: { vi: 'Hồ sơ đã kết thúc xử lý: không thể {what}', en: 'The dossier is closed: cannot {what}' },
  no_such_officer: { vi: 'Không có cán bộ này', en: 'No such officer' },
  no_such_unit: { vi: 'Không có đơn vị này', en: 'No such unit' },
  no_such_procedure: { vi: 'Không có thủ tục này trong danh mục', en: 'No such procedure in the catalogue' },
  handover_pending: {
    vi: 'Hồ sơ đang chờ {name} xác nhận đã nhận',
    en: 'The dossier is waiting for {name} to confirm receipt',
  },
  no_pending_handover: {
    vi: 'Không có lần chuyển hồ sơ nào chờ xác nhận',
    en: 'No hand-over is waiting for confirmation',
  },
  not_accepted_yet: { vi: 'Hồ sơ chưa được tiếp nhận', en: 'The dossier has not been accepted yet' },
  not_in_progress: { vi: 'Hồ sơ không còn trong quá trình xử lý', en: 'The dossier is no longer being processed' },
  no_running_due: {
    vi: 'Hồ sơ không có hạn trả kết quả đang chạy',
    en: 'The dossier has no running due date',
  },
  second_supplement_refused: {
    vi: 'Cơ quan đã yêu cầu bổ sung hồ sơ này một lần; phường không cho phép yêu cầu lần hai.',
    en: 'The agency already asked for a supplement once; the ward does not allow a second request.',
  },
  second_supplement_warning: {
    vi: 'Đây là lần yêu cầu bổ sung thứ hai của cùng cơ quan: theo Quyết định 766, hồ sơ sẽ bị tính là trễ hạn.',
    en: 'This is the same agency’s second supplement request: under Decision 766 the dossier counts as late.',
  },
  registered_online_only: {
    vi: 'Chỉ hồ sơ trực tuyến mới ở trạng thái «Mới đăng ký»',
    en: 'Only online dossiers can be «Newly registered»',
  },
  no_agency_code: {
    vi: 'Phường/xã chưa có mã đơn vị trên Cổng Dịch vụ công quốc gia: quản trị phường đặt mã trong phần cài đặt hồ sơ.',
    en: 'The ward has no agency code on the National Public Service Portal: a ward administrator sets it in the dossier settings.',
  },
  outside_unit: {
    vi: 'Hồ sơ do đơn vị khác xử lý: chỉ đơn vị xử lý và người được phân công được thao tác.',
    en: 'Another unit handles this dossier: only the handling unit and the assignee may act on it.',
  },
  lookup_not_found: {
    vi: 'Không tìm thấy hồ sơ với mã hồ sơ và 4 số cuối điện thoại đã nhập.',
    en: 'No dossier matches this code and the last 4 digits of the phone number.',
  },
  rate_after_return: {
    vi: 'Chỉ đánh giá được sau khi đã nhận kết quả.',
    en: 'A dossier can be rated only after its result is returned.',
  },
  already_rated: { vi: 'Hồ sơ này đã được đánh giá.', en: 'This dossier has already been rated.' },
  procedure_code_taken: {
    vi: 'Mã thủ tục {code} đã có trong danh mục',
    en: 'Procedure code {code} is already in the catalogue',
  },
  no_unit_named: { vi: 'Không có đơn vị {unit}', en: 'No unit {unit}' },
  no_catalogue_file: { vi: 'Chưa chọn tệp danh mục (.xlsx).', en: 'No catalogue file (.xlsx) was chosen.' },
  no_import_file: { vi: 'Chưa chọn tệp (.csv hoặc .xlsx).', en: 'No file (.csv or .xlsx) was chosen.' },
  import_file_type: { vi: 'Chỉ nhận tệp .csv hoặc .xlsx', en: 'Only .csv or .xlsx files are accepted' },
  apology_already_issued: {
    vi: 'Hồ sơ đã được hẹn lại ngày trả kết quả; chỉ được hẹn lại một lần',
    en: 'The dossier already has a new due date; it can be set only once',
  },
  apology_not_later: {
    vi: 'Ngày hẹn lại phải sau ngày hẹn trả {due}',
    en: 'The new date must be after the due date {due}',
  },
  apology_not_after_today: {
    vi: 'Ngày hẹn lại phải sau hôm nay ({today})',
    en: 'The new date must be after today ({today})',
  },
  apology_not_working_day: {
    vi: 'Ngày hẹn lại {date} không phải ngày làm việc',
    en: 'The new date {date} is not a working day',
  },
  form_no_time_limit: {
    vi: 'Thủ tục chưa có thời hạn giải quyết: bổ sung trong danh mục thủ tục',
    en: 'The procedure has no time limit: add it in the procedure catalogue',
  },
  form_not_received: { vi: 'Hồ sơ chưa được tiếp nhận', en: 'The dossier has not been accepted yet' },
  form_no_due_date: { vi: 'Hồ sơ chưa có ngày hẹn trả', en: 'The dossier has no due date yet' },
  form_no_supplement: { vi: 'Hồ sơ chưa có yêu cầu bổ sung', en: 'No supplement was requested for this dossier' },
  form_no_apology: { vi: 'Hồ sơ chưa có phiếu xin lỗi', en: 'The dossier has no apology letter' },
  form_apology_no_reason: {
    vi: 'Phiếu xin lỗi chưa có lý do: cán bộ cần ghi lý do và ngày hẹn mới',
    en: 'The apology letter has no reason: the officer must write the reason and the new date',
  },
  form_apology_no_new_date: { vi: 'Phiếu xin lỗi chưa có ngày hẹn mới', en: 'The apology letter has no new date' },
  form_apology_not_issued: { vi: 'Phiếu xin lỗi chưa được phát hành', en: 'The apology letter has not been issued' },
};

/** What an officer tried on a closed dossier, as the object of "không thể …" / "cannot …". */
export const CLOSED_DOSSIER_ACTS = {
  assign: { vi: 'phân công', en: 'assign it' },
  handover: { vi: 'chuyển hồ sơ', en: 'hand it over' },
  record_payment: { vi: 'ghi nhận thanh toán', en: 'record a payment' },
} as const satisfies Record<string, Texts>;

/** The text of a dossier rule in the caller's language, with `{name}` placeholders filled in. */
export const dossierMessage = messagesOf(MESSAGES);

const MOVE_MESSAGES: Record<MoveProblem['code'], Texts> = {
  move_unknown_status: { vi: 'Mã trạng thái hồ sơ không hợp lệ: {code}', en: 'Invalid dossier status code: {code}' },
  move_same_status: { vi: 'Hồ sơ đã ở trạng thái «{status}»', en: 'The dossier is already «{status}»' },
  move_final_status: {
    vi: 'Không thể chuyển hồ sơ từ «{from}» sang «{to}»',
    en: 'Cannot move the dossier from «{from}» to «{to}»',
  },
  move_not_allowed: {
    vi: 'Không thể chuyển hồ sơ từ «{from}» sang «{to}»',
    en: 'Cannot move the dossier from «{from}» to «{to}»',
  },
};

const STATUS_LABELS = { vi: DOSSIER_STATUS_LABELS_VI, en: DOSSIER_STATUS_LABELS_EN } as const;

/** Why a status move was refused, the statuses named by their label in the caller's language. */
export function refusedMoveMessage(problem: MoveProblem, lang: Lang): string {
  const label = (status: string | number) =>
    isDossierStatus(Number(status)) ? STATUS_LABELS[lang][Number(status) as DossierStatus] : String(status);
  const values = Object.fromEntries(Object.entries(problem.values).map(([k, v]) => [k, k === 'code' ? v : label(v)]));
  return messagesOf(MOVE_MESSAGES)(problem.code, lang, values);
}

/** Why an apology letter cannot be issued, from the domain's reason: its ISO days shown as dd/mm/yyyy. */
export function apologyProblemMessage(problem: ApologyProblem, lang: Lang): string {
  const values = Object.fromEntries(
    Object.entries(problem.values).map(([k, v]) => [k, typeof v === 'string' ? formatVietnamDate(v as IsoDate) : v]),
  );
  return dossierMessage(problem.code, lang, values);
}
