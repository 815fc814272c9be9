import { PlusOutlined } from '@ant-design/icons';
import type { Capability } from '@cchc/domain';
import { Button, Empty, Flex, List, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../api/session';
import { useReminders } from './api';
import { DeadlineTag } from './DeadlineTag';
import { FeedbackIndicatorsPanel } from './FeedbackIndicatorsPanel';
import { FeedbackList } from './FeedbackList';
import { FeedbackSettingsForm } from './FeedbackSettingsForm';
import { IntakeModal } from './IntakeModal';
import { PublishedAnswers } from './PublishedAnswers';

function Reminders() {
  const { t } = useTranslation();
  const query = useReminders();
  if (!query.data?.length) return <Empty description={t('feedback.reminders.empty')} />;
  return (
    <List
      dataSource={query.data}
      renderItem={(r) => (
        <List.Item>
          <Link to={`/phan-anh/${r.feedbackId}`}>
            {r.trackingCode} · {r.title}
          </Link>
          <DeadlineTag deadline={{ kind: r.kind, due: r.due, state: 'due_soon' }} />
        </List.Item>
      )}
    />
  );
}

/**
 * Citizen feedback for officers: the queue (a unit sees its own, the desk every unit's), the published answers,
 * indicators 5.1–5.3, reminders and the ward's deadline settings. The observer sees the published answers and
 * the figures only.
 */
export function FeedbackPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [intake, setIntake] = useState(false);
  const can = (c: Capability) => me.capabilities.includes(c);
  const tabs = [
    ...(can('feedback.view')
      ? [
          { key: 'open', label: t('feedback.tabs.open'), children: <FeedbackList status="open" /> },
          { key: 'all', label: t('feedback.tabs.all'), children: <FeedbackList status="all" /> },
          { key: 'reminders', label: t('feedback.tabs.reminders'), children: <Reminders /> },
        ]
      : []),
    {
      key: 'published',
      label: t('feedback.tabs.published'),
      children: <PublishedAnswers tenantCode={me.tenant.code} />,
    },
    { key: 'indicators', label: t('feedback.tabs.indicators'), children: <FeedbackIndicatorsPanel /> },
    ...(can('feedback.settings')
      ? [{ key: 'settings', label: t('feedback.tabs.settings'), children: <FeedbackSettingsForm /> }]
      : []),
  ];
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('feedback.title')}
        </Typography.Title>
        <Flex gap={8}>
          <Link to={`/gop-y/${me.tenant.code}`}>
            <Button>{t('feedback.publicPage')}</Button>
          </Link>
          {can('feedback.intake') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIntake(true)}>
              {t('feedback.intake')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Tabs items={tabs} />
      <IntakeModal open={intake} onClose={() => setIntake(false)} />
    </Flex>
  );
}
