import { Button, Flex, Layout, Result, Segmented, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type Language, setLanguage } from '../../i18n';
import { usePublicInfo } from './api';
import { PublishedFeedbackList } from './PublishedFeedbackList';
import { SubmitFeedbackForm } from './SubmitFeedbackForm';
import { TrackFeedback } from './TrackFeedback';

/**
 * The ward's public feedback page (`/gop-y/:tenantCode`): no account, reachable logged out. Send feedback, follow
 * it with the tracking code, read and rate the published answers.
 */
export function PublicFeedbackPage() {
  const { t, i18n } = useTranslation();
  const tenantCode = useParams().tenantCode ?? '';
  const info = usePublicInfo(tenantCode);
  if (info.isError) return <Result status="404" title={t('publicFeedback.unknownWard')} />;
  if (!info.data) return <Spin fullscreen />;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ background: '#b71c1c', display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}
      >
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
          {t('publicFeedback.title')} · {info.data.tenant.name}
        </Typography.Title>
        <Flex gap={12} align="center">
          <Segmented
            aria-label={t('app.language')}
            value={i18n.language}
            options={[
              { label: 'Tiếng Việt', value: 'vi' },
              { label: 'English', value: 'en' },
            ]}
            onChange={(v) => setLanguage(v as Language)}
          />
          <Link to="/login">
            <Button>{t('publicFeedback.staffLogin')}</Button>
          </Link>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 960, width: '100%', margin: '0 auto' }}>
        <Typography.Paragraph>{t('publicFeedback.intro')}</Typography.Paragraph>
        <Tabs
          items={[
            {
              key: 'submit',
              label: t('publicFeedback.tabs.submit'),
              children: <SubmitFeedbackForm tenantCode={tenantCode} info={info.data} />,
            },
            {
              key: 'track',
              label: t('publicFeedback.tabs.track'),
              children: <TrackFeedback tenantCode={tenantCode} />,
            },
            {
              key: 'published',
              label: t('publicFeedback.tabs.published'),
              children: <PublishedFeedbackList tenantCode={tenantCode} />,
            },
          ]}
        />
      </Layout.Content>
    </Layout>
  );
}
