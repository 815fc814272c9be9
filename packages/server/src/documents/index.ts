// Renderers of the domain's OfficialDocument: Word (.docx), printable HTML, and Excel (.xlsx) for appendix tables.

export { escapeHtml } from './html-blocks.js';
export { mmToTwips } from './page.js';
export { renderDocx } from './render-docx.js';
export { renderHtml } from './render-html.js';
export { renderXlsx } from './render-xlsx.js';
