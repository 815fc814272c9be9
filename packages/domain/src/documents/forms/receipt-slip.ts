import type { WorkingTimeLimit } from '../../calendar/deadlines.js';
import { vietnamDateOf } from '../../clock.js';
import { centred, field, paragraph } from '../blocks.js';
import { formatMoment } from '../format.js';
import type { DocumentBlock, DocumentTable, OfficialDocument } from '../types.js';
import {
  type Applicant,
  applicantFields,
  type DossierReference,
  dossierCodeLine,
  type FormIssuer,
  formatTimeLimit,
  SIGN_HINT,
} from './common.js';

/** One paper of the dossier (thành phần hồ sơ). */
export interface DossierComponent {
  name: string;
  /** `Bản chính`, `Bản sao có chứng thực`… */
  form?: string;
  copies?: number;
}

/** How the applicant gets the result (docs/DOMAIN.md §3 channels: in person, online, public postal service). */
export type ResultDelivery = 'counter' | 'online' | 'post';

const DELIVERY_LABELS: Record<ResultDelivery, string> = {
  counter: 'Nhận trực tiếp tại Bộ phận tiếp nhận và trả kết quả',
  online: 'Nhận kết quả trực tuyến (bản điện tử)',
  post: 'Nhận qua dịch vụ bưu chính công ích',
};

/** Data of Mẫu 01, the receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả). */
export interface ReceiptSlipInput {
  issuer: FormIssuer;
  dossier: DossierReference;
  applicant: Applicant;
  components: readonly DossierComponent[];
  /** Number of sets of the dossier (số bộ); default 1. */
  sets?: number;
  timeLimit: WorkingTimeLimit;
  receivedAt: Date;
  dueAt: Date;
  delivery: ResultDelivery;
  /** Where the result is posted or which counter, added after the delivery label. */
  deliveryDetail?: string;
  /** The officer who received the dossier. */
  receiverName: string;
  /**
   * The slip is printed in two copies, one kept and one handed to the applicant: 1 or 2 prints the copy's line;
   * absent prints none.
   */
  copy?: 1 | 2;
}

const COPY_LINES = {
  1: '(Liên 1: Lưu tại Bộ phận tiếp nhận và trả kết quả)',
  2: '(Liên 2: Giao người nộp hồ sơ)',
} as const;

function componentsTable(components: readonly DossierComponent[]): DocumentTable {
  return {
    columns: [
      { title: 'TT', width: 8, align: 'center' },
      { title: 'Tên giấy tờ', width: 62 },
      { title: 'Hình thức', width: 20, align: 'center' },
      { title: 'Số lượng', width: 10, align: 'center' },
    ],
    rows: components.map((component, index) => [
      index + 1,
      component.name,
      component.form ?? '',
      component.copies ?? 1,
    ]),
  };
}

function deliveryText(input: ReceiptSlipInput): string {
  const label = DELIVERY_LABELS[input.delivery];
  return input.deliveryDetail ? `${label}: ${input.deliveryDetail}` : label;
}

function receiptBody(input: ReceiptSlipInput): DocumentBlock[] {
  const copyLine: DocumentBlock[] = input.copy ? [centred([{ text: COPY_LINES[input.copy], italic: true }])] : [];
  return [
    dossierCodeLine(input.dossier.code),
    ...copyLine,
    paragraph(`${input.issuer.name} tiếp nhận hồ sơ của:`, { indent: false }),
    field('Ông/Bà/Tổ chức', input.applicant.name),
    ...applicantFields(input.applicant),
    field('Nội dung yêu cầu giải quyết', input.dossier.procedureName),
    paragraph('1. Thành phần hồ sơ nộp gồm:', { indent: false }),
    { kind: 'table', table: componentsTable(input.components) },
    field('2. Số lượng hồ sơ', `${String(input.sets ?? 1).padStart(2, '0')} (bộ)`),
    field('3. Thời gian giải quyết hồ sơ theo quy định là', formatTimeLimit(input.timeLimit)),
    field('4. Thời gian nhận hồ sơ', formatMoment(input.receivedAt)),
    field('5. Thời gian trả kết quả giải quyết hồ sơ', formatMoment(input.dueAt)),
    field('6. Đăng ký nhận kết quả tại', deliveryText(input)),
  ];
}

/** Mẫu 01: the receipt and appointment slip, signed by the applicant (left) and the receiving officer (right). */
export function buildReceiptSlip(input: ReceiptSlipInput): OfficialDocument {
  return {
    issuer: input.issuer.issuer,
    numbering: null,
    place: input.issuer.place,
    date: vietnamDateOf(input.receivedAt),
    title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    subject: null,
    body: receiptBody(input),
    recipients: [],
    counterSignature: { title: 'NGƯỜI NỘP HỒ SƠ', hint: SIGN_HINT, name: input.applicant.name },
    signature: { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: SIGN_HINT, name: input.receiverName },
  };
}
