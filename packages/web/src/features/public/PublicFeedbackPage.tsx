import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFoundPage, PublicLayout } from '../../ui/citizen/PublicLayout';
import { Loading } from '../../ui/citizen/parts';
import { Tabs } from '../../ui/citizen/Tabs';
import { usePublicInfo } from './api';
import { PublishedFeedbackList } from './PublishedFeedbackList';
import { SubmitFeedbackForm } from './SubmitFeedbackForm';
import { TrackFeedback } from './TrackFeedback';

/**
 * The ward's public feedback page (`/gop-y/:tenantCode`): no account, reachable logged out. Send feedback, follow
 * it with the tracking code, read and rate the published answers.
 */
export function PublicFeedbackPage() {
  const { t } = useTranslation();
  const tenantCode = useParams().tenantCode ?? '';
  const info = usePublicInfo(tenantCode);
  if (info.isError) return <NotFoundPage title={t('publicFeedback.title')} message={t('publicFeedback.unknownWard')} />;
  if (!info.data) return <Loading />;
  return (
    <PublicLayout title={`${t('publicFeedback.title')} · ${info.data.tenant.name}`} maxWidth={960}>
      <p>{t('publicFeedback.intro')}</p>
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
    </PublicLayout>
  );
}
