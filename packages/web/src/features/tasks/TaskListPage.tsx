import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { formatShortDate, TASK_STATUSES, type TimeframeKind } from '@cchc/domain';
import { Button, Checkbox, Flex, Progress, Result, Segmented, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Me } from '../../api/session';
import { leadLabel, queryString, type Task, type TaskFilters, useTasks, useTaskUnits } from './api';
import { FlagTags, StatusTag } from './TaskTags';

const KINDS: TimeframeKind[] = ['before', 'date', 'month', 'quarter', 'range', 'year', 'recurring', 'event'];
const AREAS = ['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7'];

function Filters({ value, onChange }: { value: TaskFilters; onChange: (f: TaskFilters) => void }) {
  const { t } = useTranslation();
  const units = useTaskUnits();
  const set = (patch: TaskFilters) => onChange({ ...value, ...patch });
  return (
    <Flex gap={8} wrap align="center">
      <Select
        allowClear
        placeholder={t('tasks.filters.area')}
        style={{ width: 120 }}
        value={value.area}
        options={AREAS.map((a) => ({ value: a, label: a }))}
        onChange={(area) => set({ area })}
      />
      <Select
        allowClear
        placeholder={t('tasks.filters.unit')}
        style={{ width: 220 }}
        value={value.unit}
        options={(units.data ?? []).map((u) => ({ value: u.id, label: u.shortName }))}
        onChange={(unit) => set({ unit })}
      />
      <Select
        allowClear
        placeholder={t('tasks.filters.status')}
        style={{ width: 180 }}
        value={value.status}
        options={TASK_STATUSES.map((s) => ({ value: s, label: t(`tasks.status.${s}`) }))}
        onChange={(status) => set({ status })}
      />
      <Select
        allowClear
        placeholder={t('tasks.filters.kind')}
        style={{ width: 190 }}
        value={value.kind}
        options={KINDS.map((k) => ({ value: k, label: t(`tasks.kind.${k}`) }))}
        onChange={(kind) => set({ kind })}
      />
      <Checkbox
        checked={value.overdue === 'true'}
        onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })}
      >
        {t('tasks.filters.overdue')}
      </Checkbox>
    </Flex>
  );
}

/**
 * The plan's tasks: an officer starts on its unit's, the coordinator and the chairman on all of them, with
 * filters by area, unit, status, timeframe kind and overdue.
 */
export function TaskListPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const unitRole = me.user.roles.some((r) => r === 'officer' || r === 'unit_head');
  const [filters, setFilters] = useState<TaskFilters>(unitRole && me.user.unit ? { mine: 'true' } : {});
  const query = useTasks(filters);
  if (query.isError) return <Result status="error" title={t('errors.generic')} />;
  const data = query.data;
  if (data && !data.plan) return <Result status="info" title={t('tasks.noPlan')} />;
  const columns = [
    { title: t('tasks.columns.no'), dataIndex: 'no', width: 56 },
    {
      title: t('tasks.columns.content'),
      render: (_: unknown, task: Task) => <Link to={`/nhiem-vu/${task.id}`}>{task.content}</Link>,
    },
    { title: t('tasks.columns.lead'), width: 180, render: (_: unknown, task: Task) => leadLabel(task) },
    {
      title: t('tasks.columns.due'),
      width: 140,
      render: (_: unknown, task: Task) => (task.dueDate ? formatShortDate(task.dueDate) : task.timeframe.text),
    },
    { title: t('tasks.columns.status'), width: 170, render: (_: unknown, task: Task) => <StatusTag task={task} /> },
    {
      title: t('tasks.columns.progress'),
      width: 120,
      render: (_: unknown, task: Task) => <Progress percent={task.progress} size="small" />,
    },
    { title: t('tasks.columns.flags'), width: 200, render: (_: unknown, task: Task) => <FlagTags task={task} /> },
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('tasks.title', { year: data?.plan?.year ?? '' })}
        </Typography.Title>
        <Space wrap>
          {me.capabilities.includes('tasks.assign') ? (
            <Button icon={<PlusOutlined />} onClick={() => navigate('/nhiem-vu/them')}>
              {t('tasks.newTask')}
            </Button>
          ) : null}
          <Button onClick={() => navigate('/nhiem-vu/dieu-chinh')}>{t('tasks.amend.title')}</Button>
          {me.capabilities.includes('tasks.settings') || me.capabilities.includes('audit.read') ? (
            <Button onClick={() => navigate('/nhiem-vu/cai-dat')}>{t('tasks.settings.title')}</Button>
          ) : null}
          {me.capabilities.includes('tasks.export') ? (
            <Button icon={<DownloadOutlined />} href={`/api/v1/tasks/export.xlsx${queryString(filters)}`}>
              {t('tasks.export')}
            </Button>
          ) : null}
        </Space>
      </Flex>
      <Segmented
        value={filters.mine ? 'mine' : 'all'}
        options={[
          ...(me.user.unit ? [{ value: 'mine', label: t('tasks.views.mine') }] : []),
          { value: 'all', label: t('tasks.views.all') },
          { value: 'gantt', label: t('tasks.views.gantt') },
        ]}
        onChange={(v) =>
          v === 'gantt'
            ? navigate('/nhiem-vu/tien-do')
            : setFilters({ ...filters, mine: v === 'mine' ? 'true' : undefined })
        }
      />
      <Filters value={filters} onChange={setFilters} />
      <Table<Task>
        rowKey="id"
        size="middle"
        loading={query.isFetching}
        dataSource={data?.tasks ?? []}
        columns={columns}
        pagination={{ pageSize: 50, showTotal: (count) => t('tasks.count', { count }) }}
        onRow={(task) => ({ 'data-testid': `task-row-${task.no ?? task.id}` }) as React.HTMLAttributes<HTMLElement>}
      />
    </Space>
  );
}
