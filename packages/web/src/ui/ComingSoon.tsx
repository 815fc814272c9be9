import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown for a navigation entry whose module has not landed yet. */
export function ComingSoon({ labelKey }: { labelKey: string }) {
  const { t } = useTranslation();
  return <Result status="info" title={t('comingSoon.title')} subTitle={t('comingSoon.text', { name: t(labelKey) })} />;
}
