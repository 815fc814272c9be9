import { PlusOutlined } from '@ant-design/icons';
import { formatVietnamDate } from '@cchc/domain';
import { Button, Card, Empty, Flex, InputNumber, Progress, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { serverDayjs } from '../../api/clock';
import type { Me } from '../../api/session';
import { type Inspection, useConclusions, useCoverage, usePlans } from './api';
import { NewPlanModal } from './NewPlanModal';

const STATUS_COLORS = { planned: 'blue', self_assessed: 'purple', concluded: 'green', cancelled: 'default' } as const;
const dmy = (date: string) => formatVietnamDate(date);

function InspectionTable({ rows }: { rows: Inspection[] }) {
  const { t } = useTranslation();
  return (
    <Table<Inspection>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        {
          title: t('inspections.fields.unit'),
          key: 'unit',
          render: (_, i) => <Link to={`/kiem-tra/${i.id}`}>{i.unit.name}</Link>,
        },
        {
          title: t('inspections.fields.dates'),
          key: 'dates',
          render: (_, i) => `${dmy(i.plannedFrom)} – ${dmy(i.plannedTo)}`,
        },
        {
          title: t('inspections.fields.status'),
          key: 'status',
          render: (_, i) => <Tag color={STATUS_COLORS[i.status]}>{t(`inspections.statuses.${i.status}`)}</Tag>,
        },
        { title: t('inspections.fields.noticeNumber'), dataIndex: 'noticeNumber', key: 'notice' },
      ]}
    />
  );
}

function CoverageCard({ year }: { year: number }) {
  const { t } = useTranslation();
  const coverage = useCoverage(year).data;
  if (!coverage) return null;
  return (
    <Card size="small" title={t('inspections.coverage')} data-testid="inspection-coverage">
      <Flex gap={24} align="center" wrap>
        <Progress
          type="circle"
          size={72}
          percent={coverage.rate ?? 0}
          status={coverage.rate === 100 ? 'success' : 'normal'}
        />
        <Typography.Text strong>
          {t('inspections.coverageValue', { inspected: coverage.inspected, total: coverage.total })}
        </Typography.Text>
        {coverage.missingUnits.length > 0 && (
          <Typography.Text type="secondary">
            {t('inspections.missing')}: {coverage.missingUnits.map((u) => u.name).join(', ')}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

/** The year's inspection plans with each unit's inspection, target đ, and the conclusions (all the observer sees). */
export function InspectionsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => serverDayjs().year());
  const [creating, setCreating] = useState(false);
  const seesPlans = me.capabilities.includes('inspection.view');
  const plans = usePlans(year, seesPlans);
  const conclusions = useConclusions(year);
  const planTab = {
    key: 'plans',
    label: t('inspections.tabs.plans'),
    children: plans.data?.length ? (
      <Flex vertical gap={16}>
        {plans.data.map((p) => (
          <Card key={p.id} size="small" title={[p.reference, p.title].filter(Boolean).join(' · ')}>
            <Typography.Paragraph type="secondary">{p.scope}</Typography.Paragraph>
            <InspectionTable rows={p.inspections} />
          </Card>
        ))}
      </Flex>
    ) : (
      <Empty description={t('inspections.empty')} />
    ),
  };
  const conclusionTab = {
    key: 'conclusions',
    label: t('inspections.tabs.conclusions'),
    children: <InspectionTable rows={conclusions.data ?? []} />,
  };
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('inspections.title')}
        </Typography.Title>
        <Flex gap={8} align="center">
          <InputNumber
            aria-label={t('inspections.year')}
            value={year}
            min={2000}
            max={2199}
            onChange={(v) => v && setYear(v)}
          />
          {me.capabilities.includes('inspection.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('inspections.newPlan')}
            </Button>
          )}
        </Flex>
      </Flex>
      <CoverageCard year={year} />
      <Tabs items={seesPlans ? [planTab, conclusionTab] : [conclusionTab]} />
      <NewPlanModal year={year} open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
