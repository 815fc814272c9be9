import { formatMonthVi, formatNumberVi } from '@cchc/domain';
import { Flex, Result, Select, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { serverNow } from '../../api/clock';
import { PublicLayout } from '../../ui/PublicLayout';
import { usePublicInfo } from '../public/api';
import { formatMoment } from '../tasks/TaskTags';
import { type PublicResults, percent, usePublicResults } from './api';
import { thisMonth } from './PeriodPicker';

function months(): string[] {
  const now = serverNow();
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(now.getFullYear(), now.getMonth() - i, 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
}

function Results({ data }: { data: PublicResults }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Flex gap={32} wrap>
        <Statistic title={t('indicators.total')} value={data.total === null ? 'N/A' : formatNumberVi(data.total)} />
        <Statistic title={t('indicators.band')} value={data.bandName ?? 'N/A'} />
        {data.provisional && <Tag color="orange">{t('indicators.public.provisional')}</Tag>}
        {data.revision !== null && data.publishedAt && (
          <Tag>{t('indicators.public.revision', { revision: data.revision, at: formatMoment(data.publishedAt) })}</Tag>
        )}
      </Flex>
      {data.revisions.length > 1 && (
        <Typography.Text type="secondary">{t('indicators.public.revisionsNote')}</Typography.Text>
      )}
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={data.indicators}
        columns={[
          { title: t('indicators.code'), dataIndex: 'code', width: 70, responsive: ['md'] },
          { title: t('indicators.name'), dataIndex: 'name' },
          {
            title: t('indicators.public.figures'),
            key: 'figures',
            render: (_, r) => (r.numerator === null ? 'N/A' : `${r.numerator} / ${r.denominator}`),
          },
          { title: t('indicators.rate'), key: 'rate', render: (_, r) => percent(r.rate) },
          {
            title: t('indicators.points'),
            key: 'points',
            render: (_, r) =>
              `${r.points === null ? 'N/A' : formatNumberVi(r.points)} / ${formatNumberVi(r.maxPoints)}`,
          },
        ]}
        expandable={{
          // Every published figure shows how it is calculated and the clause it comes from.
          expandedRowRender: (r) => (
            <Flex vertical gap={4}>
              <Typography.Text>
                <b>{t('indicators.public.numerator')}:</b> {r.formula.numerator}
              </Typography.Text>
              <Typography.Text>
                <b>{t('indicators.public.denominator')}:</b> {r.formula.denominator}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('indicators.public.clause')}: {r.clause}
              </Typography.Text>
            </Flex>
          ),
        }}
      />
      <Typography.Title level={5}>{t('indicators.public.units')}</Typography.Title>
      <Table
        size="small"
        rowKey="rank"
        pagination={false}
        dataSource={data.units}
        columns={[
          { title: t('indicators.public.rank'), dataIndex: 'rank', width: 56 },
          { title: t('indicators.processing.unit'), dataIndex: 'name' },
          {
            title: t('indicators.total'),
            dataIndex: 'total',
            render: (v: number | null) => (v === null ? 'N/A' : formatNumberVi(v)),
          },
          { title: t('indicators.band'), dataIndex: 'bandName', responsive: ['sm'] },
        ]}
      />
    </Flex>
  );
}

/** The ward's monthly Decision 766 results, public (`/cong-khai/:tenantCode`), reachable logged out. */
export function PublicResultsPage() {
  const { t } = useTranslation();
  const tenantCode = useParams().tenantCode ?? '';
  // `?thang=2026-03` opens a given month, so a published month can be linked to.
  const [params, setParams] = useSearchParams();
  const month = params.get('thang') ?? thisMonth();
  const setMonth = (value: string) => setParams({ thang: value });
  const results = usePublicResults(tenantCode, month);
  // An unknown ward code is told apart from a month without results: the ward's public page answers 404 too.
  const ward = usePublicInfo(tenantCode);
  const title = `${t('indicators.public.title')}${ward.data ? ` · ${ward.data.tenant.name}` : ''}`;
  if (ward.isError) return <Result status="404" title={t('publicFeedback.unknownWard')} data-testid="unknown-ward" />;
  return (
    <PublicLayout title={title} maxWidth={1040}>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        {t('indicators.public.month')}
        <Select
          value={month}
          onChange={setMonth}
          style={{ width: 160 }}
          options={months().map((m) => ({ value: m, label: formatMonthVi(m) }))}
          data-testid="public-month"
        />
      </Flex>
      {results.isPending ? (
        <Spin />
      ) : results.data ? (
        <Results data={results.data} />
      ) : (
        <Result status="404" title={t('indicators.public.noData')} />
      )}
    </PublicLayout>
  );
}
