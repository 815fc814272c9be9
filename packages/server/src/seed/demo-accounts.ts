import type { Role } from '@cchc/domain';

/** The password of every demo account; listed in the README and the first-start log. */
export const DEMO_PASSWORD = 'HaiDuong@2026';

export interface DemoAccount {
  username: string;
  fullName: string;
  roles: Role[];
  /** Unit code inside the ward (DEFAULT_UNITS), or null for the city and ward-wide roles. */
  unitCode: string | null;
  /** 'city' for the city's own account, 'ward' for Phường Hải Dương. */
  scope: 'city' | 'ward';
}

/** One demo account per role, so that every home page can be tried at once. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'thanhpho.admin', fullName: 'Quản trị Thành phố', roles: ['city_admin'], unitCode: null, scope: 'city' },
  { username: 'haiduong.admin', fullName: 'Quản trị Phường', roles: ['ward_admin'], unitCode: null, scope: 'ward' },
  { username: 'haiduong.chutich', fullName: 'Phạm Thị Thanh Vân', roles: ['chairman'], unitCode: null, scope: 'ward' },
  {
    username: 'haiduong.vhxh',
    fullName: 'Cán bộ đầu mối CCHC',
    roles: ['coordinator'],
    unitCode: 'VHXH',
    scope: 'ward',
  },
  {
    username: 'haiduong.truongphong',
    fullName: 'Trưởng Trung tâm Phục vụ HCC',
    roles: ['unit_head'],
    unitCode: 'TTPVHCC',
    scope: 'ward',
  },
  {
    username: 'haiduong.canbo',
    fullName: 'Công chức Trung tâm',
    roles: ['officer'],
    unitCode: 'TTPVHCC',
    scope: 'ward',
  },
  {
    username: 'haiduong.motcua',
    fullName: 'Công chức Bộ phận một cửa',
    roles: ['one_stop_officer'],
    unitCode: 'TTPVHCC',
    scope: 'ward',
  },
  { username: 'haiduong.mattran', fullName: 'Ủy ban MTTQ phường', roles: ['observer'], unitCode: null, scope: 'ward' },
];
