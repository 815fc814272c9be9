import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Language, setLanguage } from '../i18n';

/** Tiếng Việt / English, on every page with or without a login. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented
      aria-label={t('app.language')}
      value={i18n.language}
      options={[
        { label: 'Tiếng Việt', value: 'vi' },
        { label: 'English', value: 'en' },
      ]}
      onChange={(v) => void setLanguage(v as Language)}
    />
  );
}
