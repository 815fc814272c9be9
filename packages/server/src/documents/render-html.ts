import {
  formatAddressees,
  formatDocumentNumber,
  formatPlaceAndDate,
  type OfficialDocument,
  type Signature,
} from '@cchc/domain';
import { blocksHtml, escapeHtml } from './html-blocks.js';
import { DOCUMENT_CSS } from './html-style.js';
import { MOTTO, NATIONAL_TITLE } from './page.js';

const line = (text: string, className = '') =>
  `<span class="line${className ? ` ${className}` : ''}">${escapeHtml(text)}</span>`;

function issuerHtml(doc: OfficialDocument): string {
  const { parent, name, unit } = doc.issuer;
  const committee = unit ? '' : 'bold';
  const unitLine = unit ? line(unit, 'bold') : '';
  return `${line(parent, committee)}${line(name, committee)}${unitLine}<hr class="rule issuer-rule">`;
}

function headerHtml(doc: OfficialDocument): string {
  const number = doc.numbering ? line(formatDocumentNumber(doc.numbering), 'number') : '';
  const letterSubject = doc.title === null && doc.subject ? line(doc.subject) : '';
  const national = `${line(NATIONAL_TITLE, 'national-title')}${line(MOTTO, 'motto')}<hr class="rule motto-rule">`;
  return `<table class="layout header"><tr><td class="issuer">${issuerHtml(doc)}</td><td class="national">${national}</td></tr>
<tr><td class="issuer">${number}${letterSubject}</td><td>${line(formatPlaceAndDate(doc.place, doc.date), 'date')}</td></tr></table>`;
}

function titleHtml(doc: OfficialDocument): string {
  const parts: string[] = [];
  if (doc.title) {
    parts.push(`<h1 class="title">${escapeHtml(doc.title)}</h1>`);
    if (doc.subject) parts.push(`<p class="subject">${escapeHtml(doc.subject)}</p><hr class="rule subject-rule">`);
  }
  for (const text of formatAddressees(doc.addressees ?? []))
    parts.push(`<p class="center flush">${escapeHtml(text)}</p>`);
  return parts.join('\n');
}

function signatureHtml(signature: Signature | null | undefined): string {
  if (!signature) return '';
  const authority = signature.authority ? line(signature.authority, 'bold') : '';
  const hint = signature.hint ? line(signature.hint, 'hint') : '';
  return `${authority}${line(signature.title, 'bold')}${hint}${line(signature.name ?? '', 'sign-name')}`;
}

function closingHtml(doc: OfficialDocument): string {
  const recipients = doc.recipients.length
    ? `${line('Nơi nhận:', 'recipients-label')}${doc.recipients.map((text) => line(text, 'recipient')).join('')}`
    : '';
  const left = doc.counterSignature ? signatureHtml(doc.counterSignature) : recipients;
  const right = signatureHtml(doc.signature);
  if (!left && !right) return '';
  const leftClass = doc.counterSignature ? '' : ' class="recipients"';
  return `<table class="layout closing"><tr><td${leftClass}>${left}</td><td>${right}</td></tr></table>`;
}

/**
 * Renders an official document as one printable HTML page with the docx's layout (header table, title, body,
 * closing table, page numbers from page 2 when printed). Every text is escaped.
 */
export function renderHtml(doc: OfficialDocument): string {
  const title = escapeHtml([doc.title, doc.subject].filter(Boolean).join(' - ') || 'Văn bản');
  const appendix = doc.appendix?.length ? `<div class="appendix">${blocksHtml(doc.appendix)}</div>` : '';
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>${title}</title><style>${DOCUMENT_CSS}</style></head>
<body><main class="page">
${headerHtml(doc)}
${titleHtml(doc)}
${blocksHtml(doc.body)}
${closingHtml(doc)}
${appendix}
</main></body>
</html>
`;
}
