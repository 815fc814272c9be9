import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { serverDayjs } from '../../api/clock';
import { useFeedbackIndicators } from './api';

/** This month's feedback for the dashboard: received, published, handled on time (5.2), satisfaction (5.3). */
export function FeedbackSummaryCard() {
  const { t } = useTranslation();
  const month = serverDayjs();
  const query = useFeedbackIndicators(
    month.startOf('month').format('YYYY-MM-DD'),
    month.endOf('month').format('YYYY-MM-DD'),
  );
  const total = query.data?.total;
  const rate = (share: { rate: number | null } | undefined) => share?.rate ?? t('feedback.indicators.na');
  return (
    <Card
      size="small"
      title={t('feedback.summary', { month: month.format('MM/YYYY') })}
      extra={<Link to="/phan-anh">{t('feedback.title')}</Link>}
      loading={query.isPending}
      data-testid="feedback-summary"
    >
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title={t('feedback.indicators.received')} value={total?.received ?? 0} />
        </Col>
        <Col span={6}>
          <Statistic title={t('feedback.indicators.published')} value={total?.published ?? 0} />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('feedback.indicators.onTime')}
            value={rate(total?.onTime)}
            suffix={total?.onTime.rate === null ? '' : '%'}
          />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('feedback.indicators.satisfaction')}
            value={rate(total?.satisfaction)}
            suffix={total?.satisfaction.rate === null ? '' : '%'}
          />
        </Col>
      </Row>
    </Card>
  );
}
