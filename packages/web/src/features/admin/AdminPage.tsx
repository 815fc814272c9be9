import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitsTab } from './UnitsTab';
import { UsersTab } from './UsersTab';

/** The ward admin's page: the ward's units (with the aliases plan imports use) and its accounts. */
export function AdminPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3}>{t('admin.title')}</Typography.Title>
      <Tabs
        items={[
          { key: 'users', label: t('admin.users'), children: <UsersTab /> },
          { key: 'units', label: t('admin.units'), children: <UnitsTab /> },
        ]}
      />
    </>
  );
}
