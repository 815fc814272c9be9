import { type Lang, type MessageTable, messagesOf } from '../../i18n/messages.js';

/** Rules of accounts and grants beyond what the zod schemas check. */
export type OrgRule =
  | 'role_above_own'
  | 'city_role_outside_city'
  | 'ward_role_in_city'
  | 'other_tenant'
  | 'user_above_own'
  | 'no_such_tenant'
  | 'no_such_unit'
  | 'username_taken'
  | 'own_account';

const TABLE: MessageTable<OrgRule> = {
  role_above_own: {
    vi: 'Không thể cấp vai trò {role}: cao hơn vai trò của bạn.',
    en: 'Cannot grant {role}: it is above your own role.',
  },
  city_role_outside_city: {
    vi: 'Vai trò {role} chỉ dành cho tài khoản của Thành phố.',
    en: 'The role {role} exists only in the city.',
  },
  ward_role_in_city: {
    vi: 'Vai trò {role} chỉ dành cho tài khoản của phường/xã.',
    en: 'The role {role} exists only in a ward or commune.',
  },
  other_tenant: {
    vi: 'Bạn chỉ được quản lý tài khoản của đơn vị mình.',
    en: 'You may only manage accounts of your own tenant.',
  },
  user_above_own: {
    vi: 'Không thể sửa tài khoản có vai trò cao hơn vai trò của bạn.',
    en: 'Cannot change an account ranked above your own.',
  },
  no_such_tenant: { vi: 'Không có phường/xã với mã này.', en: 'No ward with this code.' },
  no_such_unit: { vi: 'Đơn vị không tồn tại trong phường này.', en: 'No such unit in this ward.' },
  username_taken: { vi: 'Tên đăng nhập đã được sử dụng.', en: 'The username is taken.' },
  own_account: {
    vi: 'Không thể tự khoá hoặc tự đổi vai trò của chính mình.',
    en: 'You cannot deactivate your own account or change your own roles.',
  },
};

export const orgMessage = messagesOf(TABLE);
export type { Lang };
