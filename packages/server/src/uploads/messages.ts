import { type MessageTable, messagesOf } from '../i18n/messages.js';
import type { ParseProblem } from './parse-worker.js';

export type UploadRule = ParseProblem | 'parse_timeout' | 'parse_memory' | 'busy';

/** Why an uploaded document was refused, with the limit when there is one. */
export const uploadMessage = messagesOf<UploadRule>({
  archive_unreadable: {
    vi: 'Tệp không phải là gói ZIP (.docx/.xlsx) đọc được.',
    en: 'The file is not a readable ZIP package.',
  },
  archive_too_large: {
    vi: 'Nội dung tệp khi giải nén vượt quá {max} MB.',
    en: 'The file expands to more than {max} MB.',
  },
  archive_too_many_entries: {
    vi: 'Tệp chứa quá nhiều thành phần (tối đa {max}).',
    en: 'The file holds too many parts (at most {max}).',
  },
  archive_ratio: {
    vi: 'Tệp nén bất thường (tỉ lệ giải nén vượt {max} lần): có thể là tệp độc hại.',
    en: 'The file expands abnormally (more than {max} times): it may be hostile.',
  },
  archive_size_mismatch: {
    vi: 'Kích thước khai báo trong tệp nén không khớp nội dung: có thể là tệp độc hại.',
    en: 'The sizes declared inside the package do not match its content: it may be hostile.',
  },
  document_unreadable: { vi: 'Không đọc được nội dung tệp.', en: 'The document cannot be read.' },
  too_many_rows: { vi: 'Tệp có quá nhiều dòng (tối đa {max}).', en: 'The file has too many rows (at most {max}).' },
  too_many_cells: {
    vi: 'Tệp có quá nhiều ô dữ liệu (tối đa {max}).',
    en: 'The file has too many cells (at most {max}).',
  },
  parse_timeout: {
    vi: 'Đọc tệp quá {max} giây: tệp quá phức tạp hoặc hỏng.',
    en: 'Reading the file took more than {max} seconds: it is too complex or damaged.',
  },
  parse_memory: {
    vi: 'Đọc tệp cần quá nhiều bộ nhớ: hãy chia nhỏ tệp.',
    en: 'Reading the file needs too much memory: split it into smaller files.',
  },
  busy: {
    vi: 'Máy chủ đang đọc nhiều tệp khác, vui lòng thử lại sau ít phút.',
    en: 'The server is reading other files; try again in a few minutes.',
  },
} satisfies MessageTable<UploadRule>);
