import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Result, Spin, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useNavigate } from 'react-router';
import type { Me } from '../../api/session';
import { AmendmentReview } from './AmendmentReview';
import { type Plan, useCurrentPlan, useMarkInUse } from './api';
import { displayMoment } from './format';
import { ImportWizard } from './import/ImportWizard';
import { PlanOverview } from './PlanOverview';
import { PlanTasks } from './PlanTasks';
import { VersionsCard } from './VersionsCard';

const STATUS_COLORS: Record<Plan['status'], string> = { draft: 'orange', in_use: 'green', closed: 'default' };

function PlanActions({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const markInUse = useMarkInUse();
  const putInUse = async () => {
    try {
      await markInUse.mutateAsync(plan.id);
      message.success(t('plan.inUse.done'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Flex gap={8} wrap>
      {plan.permissions.import && (
        <Button icon={<UploadOutlined />} onClick={() => navigate('/ke-hoach/nhap')}>
          {t('plan.importNewVersion')}
        </Button>
      )}
      {plan.permissions.markInUse && (
        <Popconfirm title={t('plan.inUse.confirm')} onConfirm={() => void putInUse()}>
          <Button type="primary" loading={markInUse.isPending}>
            {t('plan.inUse.action')}
          </Button>
        </Popconfirm>
      )}
      <Button icon={<DownloadOutlined />} href={`/api/v1/plans/${plan.id}/export.xlsx`}>
        {t('plan.export')}
      </Button>
    </Flex>
  );
}

/** The plan of the year: its title and state, any amendment waiting, then tasks, targets and versions. */
function PlanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const inUse = plan.inUseAt
    ? t('plan.inUse.since', { at: displayMoment(plan.inUseAt), name: plan.inUseBy?.name ?? t('plan.versions.system') })
    : null;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="start" gap={16} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="plan-title">
            {plan.title}
          </Typography.Title>
          <Flex gap={4} style={{ marginTop: 8 }} wrap>
            <Tag color={STATUS_COLORS[plan.status]}>{t(`plan.statuses.${plan.status}`)}</Tag>
            <Tag>{t('plan.versionTag', { version: plan.currentVersion })}</Tag>
            {inUse && <Typography.Text type="secondary">{inUse}</Typography.Text>}
          </Flex>
        </div>
        <PlanActions plan={plan} />
      </Flex>
      {plan.pendingAmendment !== null && <AmendmentReview plan={plan} version={plan.pendingAmendment} />}
      <Tabs
        items={[
          {
            key: 'tasks',
            label: t('plan.tabs.tasks', { count: plan.tasks.length }),
            children: <PlanTasks plan={plan} />,
          },
          { key: 'overview', label: t('plan.tabs.overview'), children: <PlanOverview plan={plan} /> },
          { key: 'versions', label: t('plan.tabs.versions'), children: <VersionsCard plan={plan} /> },
        ]}
      />
    </Flex>
  );
}

function PlanPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useCurrentPlan();
  if (!me.capabilities.includes('plan.view')) return <Result status="403" title={t('plan.noRight')} />;
  if (query.isError) return <Result status="error" title={query.error.message || t('errors.generic')} />;
  if (query.isPending) return <Spin />;
  if (!query.data) {
    const canImport = me.capabilities.includes('plan.import');
    return (
      <Result
        status="info"
        title={t('plan.none')}
        extra={
          canImport && (
            <Button type="primary" icon={<UploadOutlined />} onClick={() => navigate('/ke-hoach/nhap')}>
              {t('plan.importFirst')}
            </Button>
          )
        }
      />
    );
  }
  return <PlanView plan={query.data} />;
}

/** `/ke-hoach` (the plan) and `/ke-hoach/nhap` (the import wizard). */
export function PlanSection({ me }: { me: Me }) {
  const canImport = me.capabilities.includes('plan.import');
  return (
    <Routes>
      <Route index element={<PlanPage me={me} />} />
      {canImport && <Route path="nhap" element={<ImportWizard />} />}
      <Route path="*" element={<PlanPage me={me} />} />
    </Routes>
  );
}
