import { Button, Card, Collapse, Empty, Flex, List, Result, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { groupKey } from '../../i18n/keys';
import { PublicLayout } from '../../ui/PublicLayout';
import { useWardPortal, type WardPortal } from './api';

const STATUS_COLOURS: Record<string, string> = { completed: 'green', completed_late: 'orange', not_done: 'red' };

function PlanSection({ plan }: { plan: WardPortal['plan'] }) {
  const { t } = useTranslation();
  if (!plan) return <Empty description={t('portal.noPlan')} />;
  return (
    <>
      <Typography.Paragraph>
        {plan.plan.title}: {t('portal.planSummary', plan.completion)}
      </Typography.Paragraph>
      <Collapse
        items={plan.areas.map((a) => ({
          key: a.code || 'other',
          label: `${a.title} (${a.figures.completed}/${a.figures.total})`,
          children: (
            <List
              size="small"
              dataSource={a.tasks}
              renderItem={(task) => (
                <List.Item>
                  <Flex vertical gap={4} style={{ width: '100%' }}>
                    <Typography.Text>{task.no ? `${task.no}. ${task.content}` : task.content}</Typography.Text>
                    <Flex gap={8} wrap>
                      <Tag color={STATUS_COLOURS[task.status] ?? 'blue'}>
                        {t(groupKey('tasks.status', task.status))}
                      </Tag>
                      {task.dueDate && (
                        <Typography.Text type="secondary">
                          {t('portal.due')} {task.dueDate}
                        </Typography.Text>
                      )}
                    </Flex>
                    {task.evidence.length > 0 && (
                      <Typography.Text type="secondary">
                        {t('portal.evidence')}: {task.evidence.join('; ')}
                      </Typography.Text>
                    )}
                  </Flex>
                </List.Item>
              )}
            />
          ),
        }))}
      />
    </>
  );
}

function ProceduresSection({ procedures }: { procedures: WardPortal['procedures'] }) {
  const { t } = useTranslation();
  const limit = (p: WardPortal['procedures'][number]) =>
    p.limitDays !== null
      ? t('portal.days', { n: p.limitDays })
      : p.limitHours !== null
        ? t('portal.hours', { n: p.limitHours })
        : '';
  return (
    <Table
      size="small"
      rowKey="code"
      scroll={{ x: true }}
      pagination={{ pageSize: 10 }}
      dataSource={procedures}
      columns={[
        { title: t('portal.procedure'), key: 'name', render: (_, p) => `${p.name} (${p.code})` },
        {
          title: t('portal.fee'),
          key: 'fee',
          render: (_, p) => (p.fee ? `${p.fee.toLocaleString('vi-VN')} đ` : t('portal.free')),
        },
        { title: t('portal.limit'), key: 'limit', render: (_, p) => limit(p) },
        { title: t('portal.online'), key: 'online', render: (_, p) => t(`portal.onlineLevels.${p.onlineLevel}`) },
      ]}
    />
  );
}

function Portal({ data }: { data: WardPortal }) {
  const { t } = useTranslation();
  const card = data.scorecard;
  return (
    <Flex vertical gap={16}>
      <Card title={t('portal.scorecard', { month: card.month })} data-testid="portal-scorecard">
        <Flex gap={24} wrap align="center">
          <Statistic title={t('portal.total')} value={card.total ?? 'N/A'} />
          <Statistic title={t('portal.band')} value={card.bandName ?? 'N/A'} />
          <Link to={`/cong-thong-tin/${data.ward.code}/in-a3`}>
            <Button>{t('portal.printA3')}</Button>
          </Link>
        </Flex>
      </Card>
      <Card title={t('portal.links')}>
        <Flex gap={8} wrap>
          <Link to={data.links.lookup}>
            <Button type="primary">{t('portal.lookup')}</Button>
          </Link>
          <Link to={data.links.rating}>
            <Button>{t('portal.rating')}</Button>
          </Link>
          <Link to={data.links.feedback}>
            <Button>{t('portal.sendFeedback')}</Button>
          </Link>
        </Flex>
      </Card>
      <Card title={t('portal.plan')}>
        <PlanSection plan={data.plan} />
      </Card>
      <Card title={t('portal.feedback')}>
        {data.feedback.items.length === 0 ? (
          <Empty description={t('portal.noFeedback')} />
        ) : (
          <List
            dataSource={data.feedback.items}
            renderItem={(f) => (
              <List.Item>
                <List.Item.Meta title={f.title} description={f.answer ?? f.unitName} />
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card title={t('portal.procedures')}>
        <ProceduresSection procedures={data.procedures} />
      </Card>
      <Card title={t('portal.openData')}>
        <Flex gap={8} wrap>
          <a href={data.links.openDataCsv}>CSV</a>
          <a href={data.links.openDataJson}>JSON</a>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {data.licence}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}

/** A ward's public portal (`/cong-thong-tin/:tenantCode`): no login, one column on a phone. */
export function WardPortalPage() {
  const { t } = useTranslation();
  const code = useParams().tenantCode ?? '';
  const portal = useWardPortal(code);
  return (
    <PublicLayout title={portal.data?.ward.name ?? t('portal.title')} maxWidth={960}>
      {portal.isPending ? <Spin /> : portal.data ? <Portal data={portal.data} /> : <Result status="404" />}
    </PublicLayout>
  );
}
