import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Ant Design with the Vietnamese (or English) locale following the UI language; dates as dd/MM/yyyy. Its App (the
 * message and modal hooks) wraps the officers' frame only (AppLayout, the forced password change).
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const vi = i18n.language !== 'en';
  dayjs.locale(vi ? 'vi' : 'en');
  return (
    <ConfigProvider locale={vi ? viVN : enUS} theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 6 } }}>
      {children}
    </ConfigProvider>
  );
}
