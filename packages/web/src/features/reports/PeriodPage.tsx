import { ArrowLeftOutlined } from '@ant-design/icons';
import { formatShortDate } from '@cchc/domain';
import { Button, Flex, Result, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Me } from '../../api/session';
import { usePeriods } from './api';
import { ConsolidatedReport } from './ConsolidatedReport';
import { UnitReportForm } from './UnitReportForm';
import { UnitReportsTable } from './UnitReportsTable';

/**
 * One report period: the caller's unit's report, and for those who see every unit, where each unit's report
 * stands and the consolidated report.
 */
export function PeriodPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const query = usePeriods();
  if (query.isError) return <Result status="error" title={t('errors.generic')} />;
  if (!query.data) return <Spin />;
  const period = query.data.periods.find((p) => p.code === code);
  if (!period) return <Result status="404" title={t('errors.notFound')} />;
  const unitId = period.myUnit && me.user.unit ? me.user.unit.id : null;
  const items = [
    ...(unitId
      ? [{ key: 'mine', label: t('reports.tabs.mine'), children: <UnitReportForm code={code} unitId={unitId} /> }]
      : []),
    ...(query.data.canSeeAll
      ? [
          { key: 'units', label: t('reports.tabs.units'), children: <UnitReportsTable code={code} /> },
          { key: 'consolidated', label: t('reports.tabs.consolidated'), children: <ConsolidatedReport code={code} /> },
        ]
      : []),
  ];
  return (
    <Flex vertical gap={12}>
      <Link to="/bao-cao">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ padding: 0 }}>
          {t('reports.period.back')}
        </Button>
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('reports.period.heading', { name: period.name })}
      </Typography.Title>
      <Typography.Text type="secondary">
        {t('reports.period.due', { date: formatShortDate(period.due) })} ·{' '}
        {t('reports.period.window', { start: formatShortDate(period.start), end: formatShortDate(period.end) })}
      </Typography.Text>
      {items.length > 0 ? (
        <Tabs items={items} destroyOnHidden />
      ) : (
        <Result status="info" title={t('reports.nothingHere')} />
      )}
    </Flex>
  );
}
