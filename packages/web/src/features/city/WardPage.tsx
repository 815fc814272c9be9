import { Alert, Card, Col, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PeriodPicker, thisMonth } from '../indicators/PeriodPicker';
import { WardParLine } from '../par/WardParLine';
import { OVERVIEW_MEASURES, useWardDetail, useWardSeries, type WardDetail } from './api';
import { LineChart } from './LineChart';

const pct = (rate: number | null) => (rate === null ? 'N/A' : `${(rate * 100).toFixed(2)}%`);

function IndicatorsCard({ detail }: { detail: WardDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={`${t('city.indicators')}: ${detail.indicators.total ?? 'N/A'}`}>
      <Table
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={detail.indicators.indicators}
        columns={[
          { title: t('city.indicator'), key: 'name', render: (_, r) => `${r.code} ${r.name}` },
          { title: t('city.rate'), key: 'rate', render: (_, r) => pct(r.rate) },
          { title: t('city.points'), key: 'points', render: (_, r) => `${r.points ?? '-'}/${r.maxPoints}` },
        ]}
      />
    </Card>
  );
}

function PlanCard({ detail }: { detail: WardDetail }) {
  const { t } = useTranslation();
  if (!detail.plan) return <Card title={t('city.planByArea')}>{t('city.noPlan')}</Card>;
  return (
    <Card title={`${t('city.planByArea')}: ${detail.plan.plan.title}`}>
      <Table
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={detail.plan.areas}
        columns={[
          { title: t('city.area'), dataIndex: 'title' },
          { title: t('city.tasks'), key: 'total', render: (_, r) => r.figures.total },
          { title: t('city.completed'), key: 'completed', render: (_, r) => r.figures.completed },
          { title: t('city.onTimeRate'), key: 'onTime', render: (_, r) => r.figures.onTimeRate ?? 'N/A' },
        ]}
      />
    </Card>
  );
}

function ReportsCard({ detail }: { detail: WardDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('city.reportList')}>
      <Table
        rowKey="period"
        size="small"
        pagination={false}
        dataSource={detail.reportList}
        columns={[
          { title: t('city.reportPeriod'), dataIndex: 'period' },
          { title: t('city.dueDate'), dataIndex: 'due_date' },
          { title: t('city.sentOn'), key: 'sent', render: (_, r) => r.sent_on ?? t('city.notSent') },
        ]}
      />
    </Card>
  );
}

/** One ward seen from the city, read only: its 766 indicators, plan by area, reports and charts over the year. */
export function WardPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const period = search.get('period') ?? thisMonth();
  const detail = useWardDetail(code, period);
  const series = useWardSeries(code, Number(period.slice(0, 4)));
  return (
    <>
      <Link to="/thanh-pho">{t('city.back')}</Link>
      <Typography.Title level={3} data-testid="city-ward-title">
        {detail.data?.ward.name ?? code}
      </Typography.Title>
      <Alert type="info" showIcon message={t('city.readOnly')} style={{ marginBottom: 16 }} />
      <PeriodPicker value={period} onChange={(p) => setSearch({ period: p })} />
      <WardParLine code={code} year={Number(period.slice(0, 4))} />
      {detail.error && <Alert type="error" message={detail.error.message} />}
      <Typography.Title level={4} style={{ marginTop: 16 }}>
        {t('city.charts', { year: period.slice(0, 4) })}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {OVERVIEW_MEASURES.map((m) => (
          <Col key={m} xs={24} md={12} lg={8}>
            <Card size="small" title={m === '766' ? t('city.total766') : t(`city.${m}`)}>
              <LineChart
                label={m}
                max={100}
                points={(series.data?.months ?? []).map((row) => ({ month: row.month, value: row[m] }))}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {detail.data && (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} lg={12}>
            <IndicatorsCard detail={detail.data} />
          </Col>
          <Col xs={24} lg={12}>
            <PlanCard detail={detail.data} />
            <div style={{ height: 16 }} />
            <ReportsCard detail={detail.data} />
          </Col>
        </Row>
      )}
    </>
  );
}
