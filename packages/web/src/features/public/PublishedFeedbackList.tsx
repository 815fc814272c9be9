import { DislikeOutlined, LikeOutlined } from '@ant-design/icons';
import { formatVietnamDate } from '@cchc/domain';
import { Button, Card, Empty, Flex, Input, Pagination, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PublishedFeedback, usePublished, useReact } from './api';

function Ratings({ tenantCode, item }: { tenantCode: string; item: PublishedFeedback }) {
  const { t } = useTranslation();
  const react = useReact(tenantCode);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [thanked, setThanked] = useState(false);
  const send = (reaction: 'like' | 'dislike', why?: string) =>
    react.mutate(
      { id: item.id, reaction, reason: why },
      {
        onSuccess: () => {
          setAsking(false);
          setThanked(true);
        },
      },
    );
  return (
    <Flex vertical gap={8}>
      <Space>
        <Button icon={<LikeOutlined />} onClick={() => send('like')} aria-label={t('publicFeedback.helpful')}>
          {t('publicFeedback.helpful')} ({item.likes})
        </Button>
        <Button icon={<DislikeOutlined />} onClick={() => setAsking(true)} aria-label={t('publicFeedback.notHelpful')}>
          {t('publicFeedback.notHelpful')} ({item.dislikes})
        </Button>
      </Space>
      {asking && (
        <Flex gap={8}>
          <Input
            placeholder={t('publicFeedback.notSatisfiedReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={1000}
          />
          <Button type="primary" loading={react.isPending} onClick={() => send('dislike', reason)}>
            {t('publicFeedback.send')}
          </Button>
        </Flex>
      )}
      {thanked && <Typography.Text type="success">{t('publicFeedback.thanks')}</Typography.Text>}
    </Flex>
  );
}

/**
 * The published answers, newest first, with their ratings; the citizen's name and contact never appear here.
 * `inApp` reads them inside the app (staff, the Fatherland Front's observer), where they are shown, not rated.
 */
export function PublishedFeedbackList({ tenantCode, inApp = false }: { tenantCode: string; inApp?: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = usePublished(tenantCode, page, inApp);
  if (!query.data) return <Spin />;
  if (query.data.items.length === 0) return <Empty description={t('publicFeedback.empty')} />;
  return (
    <Flex vertical gap={16} data-testid="published-feedback">
      {query.data.items.map((item) => (
        <Card key={item.id} title={item.title} extra={<Tag>{t(`feedback.categories.${item.category}`)}</Tag>}>
          <Typography.Paragraph>
            <Typography.Text strong>{t('publicFeedback.question')}: </Typography.Text>
            {item.text}
          </Typography.Paragraph>
          <Typography.Paragraph>
            <Typography.Text strong>{t('publicFeedback.answer')}: </Typography.Text>
            {item.answer}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {t('publicFeedback.answeredBy')}: {item.unitName ?? '—'} · {t('publicFeedback.publishedOn')}:{' '}
            {formatVietnamDate(item.publishedAt)}
          </Typography.Paragraph>
          {inApp ? (
            <Space>
              <Tag icon={<LikeOutlined />}>{item.likes}</Tag>
              <Tag icon={<DislikeOutlined />}>{item.dislikes}</Tag>
            </Space>
          ) : (
            <Ratings tenantCode={tenantCode} item={item} />
          )}
        </Card>
      ))}
      <Pagination current={page} total={query.data.total} pageSize={10} onChange={setPage} hideOnSinglePage />
    </Flex>
  );
}
