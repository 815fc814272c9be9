/** The main navigation; each later module replaces its "coming soon" page with its own. */
export interface NavItem {
  key: string;
  path: string;
  labelKey: `nav.${string}`;
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
];
