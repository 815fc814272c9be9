import { Card, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCoverage } from './api';

/** Target đ for the dashboard: units whose self-inspection is concluded this year. */
export function InspectionSummaryCard({ year }: { year: number }) {
  const { t } = useTranslation();
  const coverage = useCoverage(year).data;
  return (
    <Card
      size="small"
      title={t('inspections.coverage')}
      extra={<Link to="/kiem-tra">{t('inspections.tabs.conclusions')}</Link>}
      loading={!coverage}
    >
      {coverage && (
        <>
          <Progress percent={coverage.rate ?? 0} status={coverage.rate === 100 ? 'success' : 'normal'} />
          <Typography.Text>
            {t('inspections.coverageValue', { inspected: coverage.inspected, total: coverage.total })}
          </Typography.Text>
        </>
      )}
    </Card>
  );
}
