import { messagesOf } from '../../i18n/messages.js';

/** Problems of the ward lifecycle and the feed beyond the shape the zod schemas check. */
export type TenantRule =
  | 'code_taken'
  | 'agency_code_taken'
  | 'admin_unit_code_taken'
  | 'username_taken'
  | 'block_mismatch'
  | 'no_template'
  | 'no_such_unit'
  | 'not_a_ward'
  | 'tenant_inactive'
  | 'no_such_tenant'
  | 'merger_self'
  | 'unit_codes_twice'
  | 'kind_change_by_file'
  | 'former_name_recorded'
  | 'sheet_unreadable'
  | 'sheet_no_header'
  | 'sheet_empty'
  | 'sheet_row'
  | 'sheet_no_rows'
  | 'row_created'
  | 'row_updated'
  | 'row_unchanged'
  | 'feed_key_missing'
  | 'feed_key_invalid'
  | 'feed_period';

export const tenantMessage = messagesOf<TenantRule>({
  code_taken: { vi: 'Mã {code} đã được dùng cho đơn vị khác', en: 'Code {code} is already used' },
  agency_code_taken: {
    vi: 'Mã đơn vị một cửa {code} đã được {holder} sử dụng',
    en: 'One-stop agency code {code} is already used by {holder}',
  },
  admin_unit_code_taken: {
    vi: 'Mã đơn vị hành chính {code} đã được {holder} sử dụng',
    en: 'Administrative-unit code {code} is already used by {holder}',
  },
  username_taken: { vi: 'Tên đăng nhập {username} đã được sử dụng', en: 'Username {username} is already taken' },
  block_mismatch: {
    vi: 'Khối {block} không khớp loại đơn vị {kind} (phường thuộc khối phường; xã, đặc khu thuộc khối xã)',
    en: 'Block {block} does not match kind {kind} (wards are in the ward block; communes and special zones in the commune block)',
  },
  no_template: { vi: 'Không có phường/xã mẫu với mã {code}', en: 'No template ward with code {code}' },
  no_such_unit: { vi: 'Không có đơn vị với mã {code}', en: 'No unit with code {code}' },
  not_a_ward: {
    vi: 'Thao tác này chỉ áp dụng cho phường, xã, đặc khu',
    en: 'This applies to wards, communes and special zones only',
  },
  tenant_inactive: {
    vi: '{name} đã ngừng hoạt động: dữ liệu chỉ được xem, không được thay đổi.',
    en: '{name} is deactivated: its data can be read, not changed.',
  },
  no_such_tenant: { vi: 'Không có phường/xã với mã {code}', en: 'No ward or commune with code {code}' },
  merger_self: { vi: 'Một đơn vị không thể sáp nhập vào chính nó', en: 'A unit cannot merge into itself' },
  kind_change_by_file: {
    vi: '{from} → {to}: không đổi loại đơn vị qua tệp',
    en: '{from} → {to}: the kind of a unit is not changed by a file',
  },
  unit_codes_twice: { vi: '{codes}: mã đơn vị bị trùng', en: '{codes}: unit codes given twice' },
  former_name_recorded: { vi: '{name}: đã ghi nhận', en: '{name}: already recorded' },
  sheet_unreadable: { vi: 'Không đọc được tệp .xlsx: {reason}', en: 'The .xlsx file cannot be read: {reason}' },
  sheet_row: { vi: 'dòng {row}, {field}: {problem}', en: 'row {row}, {field}: {problem}' },
  sheet_empty: { vi: 'Không đọc được tệp .xlsx: tệp rỗng', en: 'The .xlsx file cannot be read: it is empty' },
  sheet_no_header: {
    vi: 'Không tìm thấy dòng tiêu đề có các cột {columns}',
    en: 'No header row with the columns {columns} was found',
  },
  sheet_no_rows: { vi: 'Tệp không có dòng dữ liệu nào dưới tiêu đề', en: 'The file has no data row under its header' },
  row_created: { vi: 'Đã tạo', en: 'Created' },
  row_updated: { vi: 'Đã cập nhật: {fields}', en: 'Updated: {fields}' },
  row_unchanged: { vi: 'Không thay đổi', en: 'Unchanged' },
  feed_key_missing: {
    vi: 'Thiếu khóa API: gửi tiêu đề Authorization: Bearer <khóa>',
    en: 'API key missing: send Authorization: Bearer <key>',
  },
  feed_key_invalid: { vi: 'Khóa API không hợp lệ hoặc đã bị thu hồi', en: 'The API key is invalid or revoked' },
  feed_period: { vi: 'Kỳ phải có dạng YYYY-MM', en: 'The period must be YYYY-MM' },
});
