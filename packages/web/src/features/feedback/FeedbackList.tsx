import { formatVietnamDateTime } from '@cchc/domain';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Feedback, useFeedbackList } from './api';
import { DeadlineTag, STATUS_COLORS } from './DeadlineTag';

/** The feedback a user works on, newest first, with the next deadline of each. */
export function FeedbackList({ status }: { status: string }) {
  const { t } = useTranslation();
  const query = useFeedbackList(status);
  return (
    <Table<Feedback>
      rowKey="id"
      loading={query.isPending}
      dataSource={query.data ?? []}
      locale={{ emptyText: t('feedback.empty') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        {
          title: t('feedback.fields.title'),
          key: 'title',
          render: (_, f) => (
            <Link to={`/phan-anh/${f.id}`} data-testid={`feedback-${f.trackingCode}`}>
              {f.title}
            </Link>
          ),
        },
        { title: t('feedback.fields.trackingCode'), dataIndex: 'trackingCode', key: 'code' },
        {
          title: t('feedback.fields.category'),
          key: 'category',
          render: (_, f) => t(`feedback.categories.${f.category}`),
        },
        { title: t('feedback.fields.unit'), key: 'unit', render: (_, f) => f.unit?.name ?? t('feedback.unrouted') },
        {
          title: t('feedback.fields.status'),
          key: 'status',
          render: (_, f) => <Tag color={STATUS_COLORS[f.status]}>{t(`feedback.statuses.${f.status}`)}</Tag>,
        },
        {
          title: t('feedback.fields.deadline'),
          key: 'deadline',
          // The earliest pending deadline is the next one: reject (2) comes before information (5) and answer (15).
          render: (_, f) => (f.deadlines[0] ? <DeadlineTag deadline={f.deadlines[0]} /> : null),
        },
        {
          title: t('feedback.fields.submittedAt'),
          key: 'submitted',
          render: (_, f) => formatVietnamDateTime(f.submittedAt),
        },
      ]}
    />
  );
}
