import { Button, Flex, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the citizens' pages (no login): the title, the language switch and the staff login link. */
export function PublicLayout({
  title,
  maxWidth,
  children,
}: {
  title: ReactNode;
  maxWidth: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: '#b71c1c',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          // On a phone the title and the buttons wrap instead of pushing the page wider than the screen.
          flexWrap: 'wrap',
          gap: 8,
          height: 'auto',
          minHeight: 64,
          paddingInline: 16,
        }}
      >
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
          {title}
        </Typography.Title>
        <Flex gap={12} align="center">
          <LanguageSwitch />
          <Link to="/login">
            <Button>{t('publicFeedback.staffLogin')}</Button>
          </Link>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 'clamp(12px, 4vw, 24px)', maxWidth, width: '100%', margin: '0 auto' }}>
        {children}
      </Layout.Content>
    </Layout>
  );
}
