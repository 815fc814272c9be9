import { ArrowLeftOutlined } from '@ant-design/icons';
import { formatVietnamDate } from '@cchc/domain';
import { App, Button, Card, Descriptions, Flex, List, Result, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type InspectionDetail, useInspection, useInspectionWrite } from './api';
import { ConcludeForm, FindingForm, FollowUpForm, SelfAssessmentForm } from './InspectionForms';

const TIMING_COLORS = { done: 'green', open: 'blue', overdue: 'red' } as const;
const dmy = (date: string | null) => (date ? formatVietnamDate(date) : '—');

function FollowUps({ inspection }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const done = useInspectionWrite(
    (v: { followUpId: string }) => `/inspections/${inspection.id}/follow-ups/${v.followUpId}/done`,
  );
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={inspection.followUps}
      columns={[
        { title: t('inspections.fields.action'), dataIndex: 'action', key: 'action' },
        { title: t('inspections.fields.owner'), key: 'owner', render: (_, f) => f.ownerName ?? f.owner.name },
        { title: t('inspections.fields.dueOn'), key: 'due', render: (_, f) => dmy(f.dueOn) },
        {
          title: t('inspections.fields.status'),
          key: 'timing',
          render: (_, f) =>
            f.status === 'open' && (inspection.permissions.manage || inspection.permissions.selfAssess) ? (
              <Space>
                <Tag color={TIMING_COLORS[f.timing]}>{t(`inspections.timing.${f.timing}`)}</Tag>
                <Button
                  size="small"
                  onClick={() =>
                    done.mutate({ followUpId: f.id, body: {} }, { onError: (e) => message.error(e.message) })
                  }
                >
                  {t('inspections.markDone')}
                </Button>
              </Space>
            ) : (
              <Tag color={TIMING_COLORS[f.timing]}>{t(`inspections.timing.${f.timing}`)}</Tag>
            ),
        },
      ]}
    />
  );
}

/** One unit's inspection: the plan, the unit's form, findings, follow-ups, the conclusion and its notice. */
export function InspectionDetailPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const query = useInspection(id);
  if (query.isError) return <Result status="404" title={t('errors.notFound')} />;
  if (!query.data) return <Spin />;
  const i = query.data;
  const open = i.status === 'planned' || i.status === 'self_assessed';
  const { manage, selfAssess } = i.permissions;
  return (
    <Flex vertical gap={16}>
      <Link to="/kiem-tra">
        <ArrowLeftOutlined /> {t('inspections.back')}
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {i.unit.name} · {t(`inspections.statuses.${i.status}`)}
      </Typography.Title>
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={t('inspections.fields.title')}>
          {[i.plan.reference, i.plan.title].filter(Boolean).join(' · ')}
        </Descriptions.Item>
        <Descriptions.Item
          label={t('inspections.fields.dates')}
        >{`${dmy(i.plannedFrom)} – ${dmy(i.plannedTo)}`}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.fields.scope')}>{i.plan.scope}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.fields.teamMembers')}>{i.plan.team.join('; ')}</Descriptions.Item>
      </Descriptions>
      <Card title={t('inspections.selfAssessment')} size="small">
        {open && (manage || selfAssess) ? (
          <SelfAssessmentForm inspection={i} />
        ) : (
          <List
            dataSource={i.selfAssessment}
            renderItem={(item) => (
              <List.Item>
                {t(`inspections.areas.${item.area}`)}: <Tag>{t(`inspections.results.${item.result}`)}</Tag> {item.note}
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card title={t('inspections.findings')} size="small">
        <List
          dataSource={i.findings}
          renderItem={(f) => (
            <List.Item>
              <Tag color={f.severity === 'serious' ? 'red' : f.severity === 'moderate' ? 'orange' : 'default'}>
                {t(`inspections.severities.${f.severity}`)}
              </Tag>
              {f.text}
            </List.Item>
          )}
        />
        {open && manage && <FindingForm inspection={i} />}
      </Card>
      <Card title={t('inspections.followUps')} size="small">
        <FollowUps inspection={i} />
        {open && manage && <FollowUpForm inspection={i} />}
      </Card>
      <Card title={t('inspections.notice')} size="small">
        {i.status === 'concluded' ? (
          <Flex vertical gap={8}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{i.conclusion}</Typography.Paragraph>
            <Space>
              <a href={`/api/v1/inspections/${i.id}/notice.docx`}>{t('inspections.noticeWord')}</a>
              <a href={`/api/v1/inspections/${i.id}/notice.html`} target="_blank" rel="noreferrer">
                {t('inspections.noticeHtml')}
              </a>
            </Space>
          </Flex>
        ) : (
          open && manage && <ConcludeForm inspection={i} />
        )}
      </Card>
    </Flex>
  );
}
