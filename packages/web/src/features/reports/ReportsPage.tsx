import { SettingOutlined } from '@ant-design/icons';
import { formatShortDate } from '@cchc/domain';
import { Alert, Button, Flex, Result, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../api/session';
import { type PeriodSummary, usePeriods, useReminders } from './api';
import { SubmissionStatusTag, TimingTag } from './tags';

/** Today's reminders of the caller's unit (or of every unit for the PAR focal point). */
function Reminders({ periods }: { periods: PeriodSummary[] }) {
  const { t } = useTranslation();
  const reminders = useReminders().data ?? [];
  if (reminders.length === 0) return null;
  const kinds = [...new Set(reminders.map((r) => `${r.kind}|${r.period}|${r.due}`))];
  return (
    <Flex vertical gap={8}>
      {kinds.map((key) => {
        const [kind, period, due] = key.split('|') as ['due_soon' | 'overdue', string, string];
        const name = periods.find((p) => p.period === period)?.name ?? period;
        return (
          <Alert
            key={key}
            type={kind === 'overdue' ? 'error' : 'warning'}
            showIcon
            message={t(`reports.reminders.${kind}`, { period: name, due: formatShortDate(due) })}
          />
        );
      })}
    </Flex>
  );
}

function ConsolidatedState({ report }: { report: PeriodSummary['report'] }) {
  const { t } = useTranslation();
  if (!report) return <Tag>{t('reports.consolidatedState.none')}</Tag>;
  if (report.sent) return <Tag color="success">{t('reports.consolidatedState.sent')}</Tag>;
  return <Tag color="processing">{t('reports.consolidatedState.draft', { version: report.latestVersion })}</Tag>;
}

/**
 * The report periods of this year's plan: due dates and data windows, the caller's unit's report in each, and for
 * the PAR focal point and the leadership, how many units have reported and the consolidated report's state.
 */
export function ReportsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const query = usePeriods();
  if (query.isError) return <Result status="error" title={t('errors.generic')} />;
  const data = query.data;
  if (!data) return <Spin />;
  if (!data.plan) return <Result status="info" title={t('reports.noPlan')} />;
  const columns = [
    {
      title: t('reports.columns.period'),
      key: 'period',
      // Period names are written for the middle of a sentence ("quý I năm 2026"); a table cell starts a line.
      render: (p: PeriodSummary) => <Link to={`/bao-cao/${p.code}`}>{capitalise(p.name)}</Link>,
    },
    { title: t('reports.columns.due'), key: 'due', render: (p: PeriodSummary) => formatShortDate(p.due) },
    {
      title: t('reports.columns.window'),
      key: 'window',
      render: (p: PeriodSummary) =>
        t('reports.windowText', { start: formatShortDate(p.start), end: formatShortDate(p.end) }),
    },
    {
      title: t('reports.columns.myUnit'),
      key: 'mine',
      render: (p: PeriodSummary) =>
        p.myUnit ? (
          <Space size={4}>
            <SubmissionStatusTag status={p.myUnit.status} testId={`my-status-${p.code}`} />
            {p.myUnit.late && <TimingTag timing={p.myUnit.timing} />}
          </Space>
        ) : (
          '—'
        ),
    },
    ...(data.canSeeAll
      ? [
          {
            title: t('reports.columns.units'),
            key: 'units',
            render: (p: PeriodSummary) => (
              <Space size={4}>
                {t('reports.unitsProgress', { done: p.units.submitted + p.units.accepted, total: p.units.total })}
                {p.units.late > 0 && <Tag color="red">{t('reports.lateCount', { count: p.units.late })}</Tag>}
              </Space>
            ),
          },
          {
            title: t('reports.columns.consolidated'),
            key: 'report',
            render: (p: PeriodSummary) => <ConsolidatedState report={p.report} />,
          },
        ]
      : []),
  ];
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('reports.title', { year: data.plan.year })}
        </Typography.Title>
        {me.capabilities.includes('reports.settings') && (
          <Link to="/bao-cao/cai-dat">
            <Button icon={<SettingOutlined />}>{t('reports.settings.title')}</Button>
          </Link>
        )}
      </Flex>
      <Typography.Text type="secondary">
        {data.plan.title} · {data.windowMode && t(`reports.windowModes.${data.windowMode}`)}
      </Typography.Text>
      <Reminders periods={data.periods} />
      <Table rowKey="code" columns={columns} dataSource={data.periods} pagination={false} size="middle" />
    </Flex>
  );
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
