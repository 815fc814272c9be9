import type { WorkingTimeLimit } from '../../calendar/deadlines.js';
import { centred, field, paragraph } from '../blocks.js';
import type { DocumentBlock, DocumentIssuer } from '../types.js';

/** The body that issues a one-stop form: usually the ward's Public Administrative Service Centre. */
export interface FormIssuer {
  /** Header lines, e.g. committee + `TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG`. */
  issuer: DocumentIssuer;
  /** The body as named in sentences: `Trung tâm Phục vụ hành chính công phường Hải Dương`. */
  name: string;
  /** Place name of the date line, `Hải Dương`. */
  place: string;
}

/** The person or organisation that filed the dossier. */
export interface Applicant {
  name: string;
  /** How the letter addresses them: `Ông`, `Bà`; default `Ông/Bà`. */
  honorific?: string;
  address?: string;
  phone?: string;
  email?: string;
}

/** The dossier a form is about. */
export interface DossierReference {
  /** `H15.50.05.13-261008-0975` */
  code: string;
  /** The administrative procedure's name (tên thủ tục hành chính). */
  procedureName: string;
}

/** The hint printed under a form signer's title. */
export const SIGN_HINT = '(Ký và ghi rõ họ tên)';

/** `Mã hồ sơ: …` centred and bold under the title. */
export function dossierCodeLine(code: string): DocumentBlock {
  return centred([{ text: 'Mã hồ sơ: ' }, { text: code, bold: true }]);
}

/** The applicant's contact lines; absent parts are left out rather than printed blank. */
export function applicantFields(applicant: Applicant): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  if (applicant.address) blocks.push(field('Địa chỉ', applicant.address));
  const contact = [
    applicant.phone ? `Số điện thoại: ${applicant.phone}` : null,
    applicant.email ? `Email: ${applicant.email}` : null,
  ].filter((part): part is string => part !== null);
  if (contact.length > 0) blocks.push(paragraph(contact.join('; '), { align: 'left', indent: false }));
  return blocks;
}

/** `Ông/Bà Nguyễn Văn A` */
export function addressOf(applicant: Applicant): string {
  return `${applicant.honorific ?? 'Ông/Bà'} ${applicant.name}`;
}

/** A time limit as forms state it: `05 ngày làm việc`, `04 giờ làm việc`. */
export function formatTimeLimit(limit: WorkingTimeLimit): string {
  const [amount, unit] = 'days' in limit ? [limit.days, 'ngày'] : [limit.hours, 'giờ'];
  return `${String(amount).padStart(2, '0')} ${unit} làm việc`;
}
