import type { Capability } from '@cchc/domain';

/** The main navigation; an entry with a capability shows only to users who hold it. */
export interface NavItem {
  key: string;
  path: string;
  labelKey: `nav.${string}`;
  capability?: Capability;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', path: '/', labelKey: 'nav.home' },
  { key: 'plan', path: '/ke-hoach', labelKey: 'nav.plan' },
  { key: 'tasks', path: '/nhiem-vu', labelKey: 'nav.tasks' },
  { key: 'reports', path: '/bao-cao', labelKey: 'nav.reports' },
  { key: 'dossiers', path: '/ho-so', labelKey: 'nav.dossiers' },
  { key: 'feedback', path: '/phan-anh', labelKey: 'nav.feedback' },
  { key: 'inspections', path: '/kiem-tra', labelKey: 'nav.inspections' },
  { key: 'legalDocuments', path: '/van-ban', labelKey: 'nav.legalDocuments' },
  { key: 'statistics', path: '/thong-ke', labelKey: 'nav.statistics' },
  { key: 'calendar', path: '/lich-lam-viec', labelKey: 'nav.calendar' },
  { key: 'admin', path: '/quan-tri', labelKey: 'nav.admin', capability: 'org.manage_users' },
  { key: 'wards', path: '/phuong-xa', labelKey: 'nav.wards', capability: 'city.manage_tenants' },
];

/** The entries a user with these capabilities sees. */
export const navItemsFor = (capabilities: readonly Capability[]) =>
  NAV_ITEMS.filter((i) => !i.capability || capabilities.includes(i.capability));
