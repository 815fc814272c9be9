import { DislikeOutlined, LikeOutlined } from '@ant-design/icons';
import { formatVietnamDate } from '@cchc/domain';
import { Card, Empty, Flex, Pagination, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePublished } from '../public/api';

/**
 * The published answers read inside the app (staff, the Fatherland Front's observer), newest first, with their
 * ratings shown, not given; the citizens rate them on the public page (features/public/PublishedFeedbackList).
 */
export function PublishedAnswers({ tenantCode }: { tenantCode: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = usePublished(tenantCode, page, true);
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
          <Space>
            <Tag icon={<LikeOutlined />}>{item.likes}</Tag>
            <Tag icon={<DislikeOutlined />}>{item.dislikes}</Tag>
          </Space>
        </Card>
      ))}
      <Pagination current={page} total={query.data.total} pageSize={10} onChange={setPage} hideOnSinglePage />
    </Flex>
  );
}
