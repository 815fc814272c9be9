import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CityImportTab } from './CityImportTab';
import { FeedKeysTab } from './FeedKeysTab';
import { NewWardForm } from './NewWardForm';
import { WardsTable } from './WardsTable';

/** The city admin's wards, communes and special zones: create, the whole city from one sheet, feed keys. */
export function WardsPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3}>{t('wards.title')}</Typography.Title>
      <Tabs
        items={[
          { key: 'list', label: t('wards.list'), children: <WardsTable /> },
          { key: 'new', label: t('wards.new'), children: <NewWardForm /> },
          { key: 'import', label: t('wards.import'), children: <CityImportTab /> },
          { key: 'feed', label: t('wards.feedKeys'), children: <FeedKeysTab /> },
        ]}
      />
    </>
  );
}
