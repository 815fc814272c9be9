import { DatePicker, Flex, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverDayjs } from '../../api/clock';
import { type FeedbackValues, useFeedbackIndicators } from './api';
import { CATEGORIES } from './enums';

interface Row {
  key: string;
  name: string;
  values: FeedbackValues;
}

/** A share as the index shows it: 2 decimals, N/A on a zero denominator. */
function Share({ share }: { share: FeedbackValues['onTime'] }) {
  const { t } = useTranslation();
  if (share.rate === null) return <>{t('feedback.indicators.na')}</>;
  return (
    <span data-share>
      {share.rate.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}% ({share.numerator}/
      {share.denominator})
    </span>
  );
}

/** Decision 766 indicators 5.1–5.3 for a month, for the ward and each unit. */
export function FeedbackIndicatorsPanel() {
  const { t } = useTranslation();
  const [month, setMonth] = useState<Dayjs>(() => serverDayjs().startOf('month'));
  const from = month.startOf('month').format('YYYY-MM-DD');
  const to = month.endOf('month').format('YYYY-MM-DD');
  const query = useFeedbackIndicators(from, to);
  const rows: Row[] = query.data
    ? [
        { key: 'total', name: t('feedback.indicators.total'), values: query.data.total },
        ...query.data.units.map((u) => ({
          key: u.unitId ?? 'none',
          name: u.unitName ?? t('feedback.indicators.unrouted'),
          values: u.values,
        })),
      ]
    : [];
  return (
    <Flex vertical gap={16}>
      <DatePicker picker="month" value={month} onChange={(v) => v && setMonth(v)} allowClear={false} format="MM/YYYY" />
      <Table<Row>
        rowKey="key"
        loading={query.isPending}
        dataSource={rows}
        pagination={false}
        data-testid="feedback-indicators"
        columns={[
          { title: t('feedback.indicators.unit'), dataIndex: 'name', key: 'name' },
          { title: t('feedback.indicators.received'), key: 'received', render: (_, r) => r.values.received },
          ...CATEGORIES.map((c) => ({
            title: `${t('feedback.indicators.byCategory')}: ${t(`feedback.categories.${c}`)}`,
            key: c,
            render: (_: unknown, r: Row) => r.values.byCategory[c],
          })),
          { title: t('feedback.indicators.inCompetence'), key: 'competence', render: (_, r) => r.values.inCompetence },
          { title: t('feedback.indicators.published'), key: 'published', render: (_, r) => r.values.published },
          {
            title: t('feedback.indicators.onTime'),
            key: 'onTime',
            render: (_, r) => <Share share={r.values.onTime} />,
          },
          { title: t('feedback.indicators.late'), key: 'late', render: (_, r) => r.values.late },
          {
            title: t('feedback.indicators.satisfaction'),
            key: 'satisfaction',
            render: (_, r) => <Share share={r.values.satisfaction} />,
          },
        ]}
      />
    </Flex>
  );
}
