import { ArrowLeftOutlined } from '@ant-design/icons';
import { formatShortDate } from '@cchc/domain';
import { Button, Col, Descriptions, Flex, Progress, Result, Row, Space, Spin, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { serverToday } from '../../api/clock';
import { leadLabel, type TaskDetail, useTask } from './api';
import { CompletionActions } from './CompletionActions';
import { EvidenceCard } from './EvidenceCard';
import { MilestoneList } from './MilestoneList';
import { ContributionForm, ProgressForm } from './ProgressForm';
import { ProposeAmendment } from './ProposeAmendment';
import { RegisterCard } from './RegisterCard';
import { FlagTags, StatusTag } from './TaskTags';
import { TaskTimeline } from './TaskTimeline';
import { TriggerForm } from './TriggerForm';

function doc(t: TFunction, d: { number: string; date: string | null } | null) {
  return d ? t('tasks.detail.document', { number: d.number, date: formatShortDate(d.date) }) : '';
}

function Details({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const items = [
    { key: 'lead', label: t('tasks.detail.lead'), children: leadLabel(task) },
    { key: 'coordinators', label: t('tasks.detail.coordinators'), children: task.coordinators.text || '—' },
    {
      key: 'timeframe',
      label: t('tasks.detail.timeframe'),
      children: (
        <>
          {`${task.timeframe.text} (${t(`tasks.kind.${task.timeframe.kind}`)})`}
          <MilestoneList task={task} />
        </>
      ),
    },
    {
      key: 'due',
      label: t('tasks.detail.dueDate'),
      children: (
        <span data-testid="task-due">{task.dueDate ? formatShortDate(task.dueDate) : t('tasks.detail.noDueDate')}</span>
      ),
    },
    { key: 'product', label: t('tasks.detail.product'), children: task.product || '—' },
    {
      key: 'source',
      label: t('tasks.detail.source'),
      children: `${t(`tasks.source.${task.source}`)}${task.sourceDocument ? ` — ${doc(t, task.sourceDocument)}` : task.sourceRef ? ` — ${task.sourceRef}` : ''}`,
    },
    ...(task.trigger ? [{ key: 'trigger', label: t('tasks.detail.trigger'), children: doc(t, task.trigger) }] : []),
    {
      key: 'status',
      label: t('tasks.detail.status'),
      children: (
        <Space wrap data-testid="task-status">
          <StatusTag task={task} />
          {task.onTime !== null ? (
            <Tag color={task.onTime ? 'green' : 'orange'}>{task.onTime ? t('tasks.onTime') : t('tasks.late')}</Tag>
          ) : null}
          <FlagTags task={task} />
        </Space>
      ),
    },
    {
      key: 'progress',
      label: t('tasks.detail.progress'),
      children: <Progress percent={task.progress} style={{ maxWidth: 240 }} />,
    },
    ...(task.completedOn
      ? [{ key: 'completedOn', label: t('tasks.detail.completedOn'), children: formatShortDate(task.completedOn) }]
      : []),
    ...(task.notDoneReason
      ? [{ key: 'reason', label: t('tasks.detail.notDoneReason'), children: task.notDoneReason }]
      : []),
  ];
  return <Descriptions bordered size="small" column={1} items={items} />;
}

/** A task's page: what the plan says, where it stands, what the user may do, the evidence and the timeline. */
export function TaskPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useTask(id);
  if (query.isError) return <Result status="404" title={t('errors.notFound')} />;
  const task = query.data;
  if (!task) return <Spin />;
  // Today on the server's clock (learnt from the task's own answer), the one the completion day is judged on; not
  // the whole task list's `today`, which cost this page the list.
  const today = serverToday();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/nhiem-vu">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('tasks.detail.back')}
        </Button>
      </Link>
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">
          {task.no ? t('tasks.detail.task', { no: task.no }) : t('tasks.detail.extraTask')}
        </Typography.Text>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="task-title">
          {task.content}
        </Typography.Title>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Details task={task} />
            <CompletionActions task={task} today={today} />
            <EvidenceCard task={task} />
            <RegisterCard taskId={task.id} />
            <TaskTimeline entries={task.timeline} />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            {task.can.update ? <ProgressForm key={task.lastUpdateAt ?? ''} task={task} /> : null}
            {task.can.contribute && !task.can.update ? <ContributionForm task={task} /> : null}
            {task.can.trigger ? <TriggerForm task={task} /> : null}
            {task.can.proposeAmendment ? <ProposeAmendment task={task} /> : null}
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
