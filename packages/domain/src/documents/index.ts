// Official documents in the Decree 30/2020 format (docs/DOMAIN.md §6) as plain data, and the one-stop forms built on
// them. The server renders them to docx, HTML and xlsx.
export { bullet, centred, field, heading, type ParagraphOptions, paragraph } from './blocks.js';
export {
  formatAddressees,
  formatCellValue,
  formatDocumentNumber,
  formatMoment,
  formatPlaceAndDate,
  formatVietnameseDate,
  PLACEHOLDER,
} from './format.js';
export * from './forms/index.js';
export { DOCUMENT_NUMBER_EXAMPLE, parseDocumentNumber } from './number.js';
export type * from './types.js';
