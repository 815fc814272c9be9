import { Button, Card, Drawer, Flex, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Plan, usePlanVersion, type VersionSummary } from './api';
import { ChangesView } from './ChangesView';
import { displayMoment } from './format';
import { ParsedTasks } from './import/ParsedTasks';

const STATUS_COLORS: Record<VersionSummary['status'], string> = {
  draft: 'default',
  confirmed: 'blue',
  proposed: 'orange',
  approved: 'green',
  rejected: 'red',
};

/** A version as it was recorded: its tasks and what it changed. Earlier versions stay readable here. */
function VersionDrawer({ planId, version, onClose }: { planId: string; version: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const query = usePlanVersion(planId, version);
  return (
    <Drawer open={version !== null} onClose={onClose} size="large" title={t('plan.versions.view', { version })}>
      {!query.data ? (
        <Spin />
      ) : (
        <Flex vertical gap={16}>
          {query.data.changes && <ChangesView changes={query.data.changes} />}
          <ParsedTasks plan={query.data.document} />
        </Flex>
      )}
    </Drawer>
  );
}

/** Every version of the plan: imports, amendments proposed, approved or rejected, who and when. */
export function VersionsCard({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const columns = [
    { title: t('plan.versions.version'), dataIndex: 'version', width: 80 },
    {
      title: t('plan.versions.kind'),
      key: 'kind',
      render: (_: unknown, v: VersionSummary) => (
        <>
          <Tag>{t(`plan.versionKinds.${v.kind}`)}</Tag>
          <Tag color={STATUS_COLORS[v.status]}>{t(`plan.versionStatuses.${v.status}`)}</Tag>
        </>
      ),
    },
    { title: t('plan.versions.file'), dataIndex: 'sourceFileName' },
    {
      title: t('plan.versions.created'),
      key: 'created',
      render: (_: unknown, v: VersionSummary) =>
        `${v.createdBy?.name ?? t('plan.versions.system')}, ${displayMoment(v.createdAt)}`,
    },
    {
      title: t('plan.versions.decided'),
      key: 'decided',
      render: (_: unknown, v: VersionSummary) =>
        v.decidedAt ? `${v.decidedBy?.name ?? ''}, ${displayMoment(v.decidedAt)}` : '',
    },
    {
      title: t('plan.versions.summary'),
      key: 'summary',
      render: (_: unknown, v: VersionSummary) => (v.summary ? t('plan.versions.summaryText', v.summary) : ''),
    },
    {
      key: 'open',
      render: (_: unknown, v: VersionSummary) => (
        <Button size="small" onClick={() => setOpen(v.version)}>
          {t('plan.versions.open')}
        </Button>
      ),
    },
  ];
  return (
    <Card size="small" title={t('plan.versions.title')}>
      <Typography.Paragraph type="secondary">{t('plan.versions.help')}</Typography.Paragraph>
      <Table<VersionSummary>
        rowKey="version"
        size="small"
        pagination={false}
        dataSource={plan.versions}
        columns={columns}
      />
      <VersionDrawer planId={plan.id} version={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
