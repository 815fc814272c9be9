import { Button, Flex, Grid, Layout, Typography } from 'antd';
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
  // Most citizens come on a phone (360–414 px): the title wraps instead of pushing the page sideways and the
  // staff login shrinks to a small link out of the way.
  const phone = !Grid.useBreakpoint().md;
  return (
    <Layout style={{ minHeight: '100vh', overflowX: 'hidden' }}>
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
          lineHeight: 1.3,
          paddingBlock: 8,
          paddingInline: phone ? 12 : 24,
        }}
      >
        <Typography.Title
          level={phone ? 5 : 4}
          style={{ color: '#fff', margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}
          data-testid="public-title"
        >
          {title}
        </Typography.Title>
        <Flex gap={phone ? 4 : 12} align="center" style={{ flexShrink: 0 }}>
          <LanguageSwitch />
          <Link to="/login">
            <Button
              size={phone ? 'small' : 'middle'}
              type={phone ? 'text' : 'default'}
              style={phone ? { color: '#fff' } : {}}
            >
              {t('publicFeedback.staffLogin')}
            </Button>
          </Link>
        </Flex>
      </Layout.Header>
      <Layout.Content
        style={{ padding: 'clamp(12px, 4vw, 24px)', maxWidth, width: '100%', margin: '0 auto', minWidth: 0 }}
      >
        {children}
      </Layout.Content>
    </Layout>
  );
}
