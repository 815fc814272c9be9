import { vietnamDateOf } from '../../clock.js';
import { field, paragraph } from '../blocks.js';
import { formatMoment } from '../format.js';
import type { DocumentBlock, OfficialDocument } from '../types.js';
import {
  type Applicant,
  applicantFields,
  type DossierReference,
  dossierCodeLine,
  type FormIssuer,
  SIGN_HINT,
} from './common.js';

/** Data of Mẫu 02, the request to supplement a dossier (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ). */
export interface SupplementRequestInput {
  issuer: FormIssuer;
  dossier: DossierReference;
  applicant: Applicant;
  receivedAt: Date;
  /** When the request is made: the form's date, and the moment the clock pauses. */
  requestedAt: Date;
  /** What the applicant must add or correct, one item each. */
  items: readonly string[];
  reason: string;
  /** The officer who guides the applicant and signs. */
  officerName: string;
  officerPhone?: string;
}

function supplementBody(input: SupplementRequestInput): DocumentBlock[] {
  const contact = input.officerPhone ? `${input.officerName}, số điện thoại ${input.officerPhone}` : input.officerName;
  return [
    dossierCodeLine(input.dossier.code),
    field('Hồ sơ của', input.applicant.name),
    ...applicantFields(input.applicant),
    field('Nội dung yêu cầu giải quyết', input.dossier.procedureName),
    field('Thời gian tiếp nhận hồ sơ', formatMoment(input.receivedAt)),
    paragraph('Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:', { indent: false }),
    ...input.items.map((item, index) => paragraph(`${index + 1}. ${item}`)),
    field('Lý do', input.reason),
    paragraph(`Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ với ${contact} để được hướng dẫn./.`),
  ];
}

/**
 * Mẫu 02: the supplement request. The dossier keeps its code (Decree 45/2020 Art. 12) and its clock pauses until
 * the supplement arrives; both are the dossiers module's business, the form only states the request.
 */
export function buildSupplementRequest(input: SupplementRequestInput): OfficialDocument {
  return {
    issuer: input.issuer.issuer,
    numbering: null,
    place: input.issuer.place,
    date: vietnamDateOf(input.requestedAt),
    title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
    subject: null,
    body: supplementBody(input),
    recipients: [],
    signature: { title: 'NGƯỜI HƯỚNG DẪN', hint: SIGN_HINT, name: input.officerName },
  };
}
