// The plain data of a dossier as the domain reads it: what the server loads from its tables or an importer reads
// from a provincial export (MaHoSo, NgayTiepNhan, NgayHenTra, NgayKetThucXuLy, NgayTra, TrangThaiHoSo, …).
import type { WorkingTimeLimit } from '../calendar/index.js';
import type { DossierChannel } from './channel.js';
import type { DossierStatus } from './status.js';

/** One entry of a dossier's status history. */
export interface StatusChange {
  status: DossierStatus;
  at: Date;
}

/**
 * A supplement request (yêu cầu bổ sung, form 02). The applicant's time, from the request to the supplement received,
 * is not counted against the office.
 */
export interface SupplementRequest {
  requestedAt: Date;
  /** When the complete supplement came back; null while the applicant has not answered. */
  suppliedAt: Date | null;
}

/** The apology letter (Phiếu xin lỗi và hẹn lại ngày trả kết quả, form 04); Decree 61 allows one per dossier. */
export interface ApologyLetter {
  issuedAt: Date;
  /** The new date promised for the result. */
  newDueAt: Date;
  reason: string;
}

/**
 * Where a fee was paid. `portal`: on the national public service portal (DuocThanhToanTrucTuyen = 1); `gateway`: on
 * the province's payment gateway (= 2); `offline`: at the counter or by transfer outside both.
 */
export type PaymentPlace = 'portal' | 'gateway' | 'offline';

/** A payment of the dossier's fees or charges. */
export interface DossierPayment {
  place: PaymentPlace;
  paidAt: Date;
  amount: number;
}

/** One fee or charge line of a dossier (phí, lệ phí); an exempt applicant has lines of 0. */
export interface FeeLine {
  name: string;
  amount: number;
}

/** A component (thành phần hồ sơ) the applicant handed in, and whether its file is attached. */
export interface DossierComponentFile {
  name: string;
  hasFile: boolean;
}

/** The electronic result of a dossier: the result's number or code and the link to its file. */
export interface DossierResult {
  code: string | null;
  fileUrl: string | null;
}

/** The time facts that decide a dossier's due date and lateness. */
export interface DossierTimes {
  /** Acceptance of the complete dossier (NgayTiepNhan): the clock starts here. Null while not accepted. */
  receivedAt: Date | null;
  /** The appointment on the receipt slip (NgayHenTra) as set at acceptance, before pauses; null when not recorded. */
  dueAt: Date | null;
  /** Status changes, any order; the national portal's times. */
  history: readonly StatusChange[];
  /**
   * The current status (TrangThaiHoSo) when known. It overrules what the dates suggest: 3 was never accepted even
   * when NgayTiepNhan is filled; 7 and 8 ended without a result even when NgayKetThucXuLy is filled (docs/DOMAIN.md §4).
   */
  status?: DossierStatus;
  /** End of processing as the source system recorded it (NgayKetThucXuLy), used when status 9 has no time. */
  finishedAt?: Date | null;
  /** Result returned (NgayTra), used when status 10 has no time. */
  returnedAt?: Date | null;
  supplements?: readonly SupplementRequest[];
  apology?: ApologyLetter | null;
}

/** A one-stop dossier (hồ sơ TTHC) with what the reports and the Decision 766 indicators read. */
export interface DossierRecord extends DossierTimes {
  /** `{agency id}-{yymmdd}-{sequence}`. */
  code: string;
  procedureCode: string;
  /** The unit handling the dossier (the ward, or one of its offices). */
  unitId: string;
  /** KenhThucHien; missing counts as in person. */
  channel?: DossierChannel | null;
  payments?: readonly DossierPayment[];
  feeLines?: readonly FeeLine[];
  components?: readonly DossierComponentFile[];
  result?: DossierResult | null;
  /** Components scanned at intake (số hóa thành phần hồ sơ). */
  digitised?: boolean;
  /** At least one component reused from already digitised data (tái sử dụng dữ liệu số hóa). */
  reused?: boolean;
  /** Submitted from a VNeID-verified account (population database). */
  vneid?: boolean;
  /** The dossier and its fee lines reached the national portal. */
  synced?: boolean;
  /** The applicant rated the handling of this dossier "not satisfied" on the portal. */
  disliked?: boolean;
}

/** How much of a procedure can be done online: none, partly (một phần) or fully (toàn trình). */
export type OnlineLevel = 'none' | 'partial' | 'full';

/** An administrative procedure (thủ tục hành chính) as the ward applies it. */
export interface ProcedureRecord {
  /** MaTTHC on the national database. */
  code: string;
  name: string;
  /** Field (lĩnh vực), e.g. "Hộ tịch": the rows of the II.06a table. */
  field: string;
  /** The unit in charge of the procedure, when the ward splits them. */
  unitId?: string | null;
  /** Time limit from a complete dossier; null when the procedure sets none. */
  limit: WorkingTimeLimit | null;
  /** The fee or charge in đồng; 0 or null (empty) means the procedure bears no fee. */
  fee: number | null;
  onlineLevel: OnlineLevel;
  /** Whether the result is a paper document (giấy tờ), which the 766 rules want digitised too. */
  returnsPaperResult: boolean;
}
