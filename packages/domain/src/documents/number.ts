/**
 * The number and symbol of an administrative document (số, ký hiệu, Decree 30 art. 15): a registry number, the
 * year for legal documents, then the type and issuer codes: `20/TB-UBND`, `45/QĐ-UBND`, `05/2026/QĐ-UBND`,
 * `7/UBND-VP`. Officers often type the "Số:" label or spaces around the slashes: both are dropped.
 */
const DOCUMENT_NUMBER = /^\d{1,6}(?:\/\d{4})?\/[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u;

/** The number as stored (`20/TB-UBND`); null when left empty, undefined when it is not a document number. */
export function parseDocumentNumber(typed: string | null | undefined): string | null | undefined {
  const text = (typed ?? '')
    .trim()
    .replace(/^số\s*[:.]?\s*/iu, '')
    .replace(/\s*([/-])\s*/gu, '$1')
    .toLocaleUpperCase('vi');
  if (text === '') return null;
  return DOCUMENT_NUMBER.test(text) ? text : undefined;
}

/** An example of the form, for the message that explains a refusal. */
export const DOCUMENT_NUMBER_EXAMPLE = '20/TB-UBND';
