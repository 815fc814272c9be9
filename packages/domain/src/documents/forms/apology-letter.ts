import type { IsoDate } from '../../clock.js';
import { paragraph } from '../blocks.js';
import { formatMoment } from '../format.js';
import type { DocumentBlock, DocumentNumbering, OfficialDocument, Signature } from '../types.js';
import { type Applicant, addressOf, type DossierReference, dossierCodeLine, type FormIssuer } from './common.js';

/** Data of Mẫu 04, the apology letter (Phiếu xin lỗi và hẹn lại ngày trả kết quả). */
export interface ApologyLetterInput {
  /** The agency that caused the delay: in a liên thông dossier it owes the apology, not the counter. */
  issuer: FormIssuer;
  numbering?: DocumentNumbering;
  dossier: DossierReference;
  applicant: Applicant;
  receivedAt: Date;
  /** The due moment written on the receipt slip. */
  dueAt: Date;
  reason: string;
  /** The new return moment; Decree 61 allows setting it only once, which the dossiers module enforces. */
  newDueAt: Date;
  /** The letter's date, at least one working day before `dueAt`. */
  issuedOn: IsoDate;
  signature: Signature;
  /** Default `- Như trên;` and `- Lưu: VT.` */
  recipients?: readonly string[];
}

function apologyBody(input: ApologyLetterInput): DocumentBlock[] {
  const agency = input.issuer.name;
  const person = addressOf(input.applicant);
  return [
    dossierCodeLine(input.dossier.code),
    paragraph(
      `${agency} tiếp nhận hồ sơ của ${person} vào lúc ${formatMoment(input.receivedAt)}, ` +
        `đề nghị giải quyết thủ tục ${input.dossier.procedureName}.`,
    ),
    paragraph(
      `Thời hạn trả kết quả ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả là ${formatMoment(input.dueAt)}. ` +
        `Tuy nhiên, ${agency} không thể trả kết quả giải quyết hồ sơ của ${person} đúng hạn như đã hẹn.`,
    ),
    paragraph([{ text: 'Lý do: ' }, { text: input.reason, bold: true }]),
    paragraph(
      `Sự chậm trễ này đã gây phiền hà cho ${person}. ${agency} xin lỗi ${person} về sự chậm trễ này ` +
        'và hẹn trả kết quả giải quyết hồ sơ vào lúc:',
    ),
    paragraph([{ text: formatMoment(input.newDueAt), bold: true }], { align: 'center', indent: false }),
    paragraph(`Xin trân trọng cảm ơn sự hợp tác của ${person}./.`),
  ];
}

/** Mẫu 04: the apology letter with the new return date, addressed to the applicant and signed by the agency head. */
export function buildApologyLetter(input: ApologyLetterInput): OfficialDocument {
  return {
    issuer: input.issuer.issuer,
    numbering: input.numbering ?? null,
    place: input.issuer.place,
    date: input.issuedOn,
    title: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
    subject: null,
    addressees: [addressOf(input.applicant)],
    body: apologyBody(input),
    recipients: input.recipients ?? ['- Như trên;', '- Lưu: VT.'],
    signature: input.signature,
  };
}
