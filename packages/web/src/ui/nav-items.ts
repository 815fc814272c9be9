import type { Capability } from '@cchc/domain';
import type { TextKey } from '../i18n/keys';

/** The main navigation; an entry with a capability shows only to users who hold it. */
export interface NavItem {
  key: string;
  path: string;
  labelKey: TextKey & `nav.${string}`;
  capability?: Capability;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', path: '/', labelKey: 'nav.home' },
  // The city's own pages; ward pages are for ward roles (a city admin's menu used to lead to error pages).
  { key: 'city', path: '/thanh-pho', labelKey: 'nav.city', capability: 'city.view' },
  { key: 'cityPar', path: '/thanh-pho/chi-so-cchc', labelKey: 'nav.cityPar', capability: 'city.view' },
  { key: 'plan', path: '/ke-hoach', labelKey: 'nav.plan', capability: 'plan.view' },
  { key: 'tasks', path: '/nhiem-vu', labelKey: 'nav.tasks', capability: 'tasks.view' },
  { key: 'reports', path: '/bao-cao', labelKey: 'nav.reports', capability: 'reports.view' },
  { key: 'dossiers', path: '/ho-so', labelKey: 'nav.dossiers', capability: 'dossiers.view' },
  { key: 'feedback', path: '/phan-anh', labelKey: 'nav.feedback', capability: 'feedback.view_published' },
  {
    key: 'inspections',
    path: '/kiem-tra',
    labelKey: 'nav.inspections',
    capability: 'inspection.view_conclusions',
  },
  { key: 'legalDocuments', path: '/van-ban', labelKey: 'nav.legalDocuments', capability: 'legal.view' },
  { key: 'par', path: '/chi-so-cchc', labelKey: 'nav.par', capability: 'par.view' },
  { key: 'statistics', path: '/thong-ke', labelKey: 'nav.statistics', capability: 'dashboard.view' },
  { key: 'calendar', path: '/lich-lam-viec', labelKey: 'nav.calendar' },
  { key: 'admin', path: '/quan-tri', labelKey: 'nav.admin', capability: 'org.manage_users' },
  { key: 'wards', path: '/phuong-xa', labelKey: 'nav.wards', capability: 'city.manage_tenants' },
];

/** The entries a user with these capabilities sees. */
export const navItemsFor = (capabilities: readonly Capability[]) =>
  NAV_ITEMS.filter((i) => !i.capability || capabilities.includes(i.capability));
