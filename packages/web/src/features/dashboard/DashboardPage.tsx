import { formatShortDate } from '@cchc/domain';
import { Card, Col, Empty, List, Progress, Result, Row, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../api/session';
import { FeedbackSummaryCard } from '../feedback/FeedbackSummaryCard';
import { InspectionSummaryCard } from '../inspections/InspectionSummaryCard';
import { type TaskBrief, useDashboard } from './api';
import { GroupBars, MonthChart } from './charts';
import { TargetsCard } from './TargetsCard';

function TaskBriefList({
  items,
  testId,
  render,
}: {
  items: TaskBrief[];
  testId: string;
  render: (t: TaskBrief) => React.ReactNode;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.none')} />;
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(task) => (
        <List.Item data-testid={`${testId}-${task.no ?? task.id}`}>
          <Space direction="vertical" size={2}>
            <Link to={`/nhiem-vu/${task.id}`}>{`${task.no ? `${task.no}. ` : ''}${task.content}`}</Link>
            <Space size={6} wrap>
              {render(task)}
              {task.unit ? <Typography.Text type="secondary">{task.unit}</Typography.Text> : null}
            </Space>
          </Space>
        </List.Item>
      )}
    />
  );
}

/**
 * The leadership dashboard: plan completion and on-time rate, by area and by unit, overdue and due-soon tasks,
 * recent completions, tasks per month, and the targets with their status.
 */
export function DashboardPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const query = useDashboard();
  if (query.isError) return <Result status="error" title={t('errors.generic')} />;
  const d = query.data;
  if (!d) return <Spin />;
  if (!d.plan || !d.completion) return <Result status="info" title={t('tasks.noPlan')} />;
  const c = d.completion;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('dashboard.title', { year: d.plan.year })}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic title={t('dashboard.completion')} value={c.completionRate ?? 0} suffix="%" />
            <Progress percent={c.completionRate ?? 0} showInfo={false} />
            <Typography.Text type="secondary">
              {t('dashboard.completionDetail', { done: c.completed, total: c.total })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic
              title={t('dashboard.onTime')}
              value={c.onTimeRate ?? t('dashboard.na')}
              suffix={c.onTimeRate === null ? '' : '%'}
            />
            <Typography.Text type="secondary" data-testid="dashboard-on-time">
              {t('dashboard.onTimeDetail', { done: c.completedOnTime, due: c.dueSoFar })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small">
            <Space size="large" wrap>
              <Statistic
                title={t('dashboard.overdue')}
                value={c.overdue}
                valueStyle={{ color: c.overdue ? '#cf1322' : undefined }}
              />
              <Statistic title={t('dashboard.awaitingReview')} value={d.awaitingReview} />
              <Statistic title={t('dashboard.updateMissing')} value={d.updateMissing} />
            </Space>
          </Card>
        </Col>
      </Row>
      <TargetsCard targets={d.targets} today={d.today} canEnter={me.capabilities.includes('targets.enter')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('dashboard.byArea')}>
            <GroupBars
              rows={d.byArea.map((a) => ({ key: a.code, label: `${a.code}. ${a.title}`, figures: a.figures }))}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('dashboard.byUnit')}>
            <GroupBars rows={d.byUnit.map((u) => ({ key: u.unitId, label: u.name, figures: u.figures }))} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('dashboard.months')}>
        <MonthChart months={d.months} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <FeedbackSummaryCard />
        </Col>
        <Col xs={24} lg={10}>
          <InspectionSummaryCard year={d.plan.year} />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('dashboard.overdueList')}>
            <TaskBriefList
              items={d.overdue}
              testId="overdue"
              render={(task) => <Tag color="red">{t('tasks.flags.overdue', { days: task.workingDays })}</Tag>}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('dashboard.dueSoonList')}>
            <TaskBriefList
              items={d.dueSoon}
              testId="due-soon"
              render={(task) => <Tag color="orange">{formatShortDate(task.dueDate)}</Tag>}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('dashboard.recent')}>
            <TaskBriefList
              items={d.recentCompletions}
              testId="recent"
              render={(task) => {
                const done = d.recentCompletions.find((r) => r.id === task.id);
                return (
                  <Tag color={done?.onTime ? 'green' : 'orange'}>
                    {done?.onTime ? t('tasks.onTime') : t('tasks.late')}
                  </Tag>
                );
              }}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
