import { ArrowLeftOutlined, DislikeOutlined, LikeOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { FeedbackAction } from '@cchc/domain';
import { formatVietnamDateTime } from '@cchc/domain';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Result,
  Row,
  Space,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { groupKey } from '../../i18n/keys';
import { ActionModal } from './ActionModal';
import { type FeedbackDetail, useFeedback } from './api';
import { DeadlineTag, STATUS_COLORS } from './DeadlineTag';

const when = (iso: string) => formatVietnamDateTime(iso);

function Submitter({ f }: { f: FeedbackDetail }) {
  const { t } = useTranslation();
  const parts = [f.submitter.name, f.submitter.phone, f.submitter.email, f.submitter.address].filter(Boolean);
  return <>{parts.length ? parts.join(' · ') : t('feedback.anonymous')}</>;
}

function Summary({ f }: { f: FeedbackDetail }) {
  const { t } = useTranslation();
  const items = [
    { key: 'code', label: t('feedback.fields.trackingCode'), children: f.trackingCode },
    {
      key: 'status',
      label: t('feedback.fields.status'),
      children: <Tag color={STATUS_COLORS[f.status]}>{t(`feedback.statuses.${f.status}`)}</Tag>,
    },
    { key: 'category', label: t('feedback.fields.category'), children: t(`feedback.categories.${f.category}`) },
    { key: 'channel', label: t('feedback.fields.channel'), children: t(`feedback.channels.${f.channel}`) },
    { key: 'unit', label: t('feedback.fields.unit'), children: f.unit?.name ?? t('feedback.unrouted') },
    { key: 'submitted', label: t('feedback.fields.submittedAt'), children: when(f.submittedAt) },
    { key: 'submitter', label: t('feedback.fields.submitter'), children: <Submitter f={f} /> },
    ...(f.dossierCode ? [{ key: 'dossier', label: t('feedback.fields.dossierCode'), children: f.dossierCode }] : []),
    ...(f.related
      ? [
          {
            key: 'related',
            label: t('feedback.fields.related'),
            children: <Link to={`/phan-anh/${f.related.id}`}>{f.related.trackingCode}</Link>,
          },
        ]
      : []),
    {
      key: 'timing',
      label: t('feedback.fields.timing'),
      children: (
        <Tag color={f.timing.onTime ? 'green' : 'red'}>
          {t(f.timing.onTime ? 'feedback.timing.onTime' : 'feedback.timing.late')}
        </Tag>
      ),
    },
  ];
  return <Descriptions bordered size="small" column={1} items={items} />;
}

function Content({ f }: { f: FeedbackDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={f.title}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{f.text}</Typography.Paragraph>
      {f.infoRequest && (
        <Alert
          type="info"
          title={`${t('feedback.fields.infoText')}: ${f.infoRequest.text}`}
          description={
            f.infoRequest.supplied ? `${t('feedback.fields.suppliedText')}: ${f.infoRequest.supplied}` : null
          }
        />
      )}
      {f.returnNote && f.status === 'received' && (
        <Alert type="warning" title={`${t('feedback.fields.returnNote')}: ${f.returnNote}`} />
      )}
      {f.answer && (
        <Typography.Paragraph style={{ marginTop: 16, whiteSpace: 'pre-wrap' }}>
          <Typography.Text strong>{t('feedback.fields.answer')}: </Typography.Text>
          {f.answer}
        </Typography.Paragraph>
      )}
      {f.closed && (
        <Alert
          type="warning"
          title={f.closed.agency ?? t(groupKey('feedback.rejectReasons', f.closed.reason ?? 'other'))}
          description={f.closed.note}
        />
      )}
    </Card>
  );
}

function History({ f }: { f: FeedbackDetail }) {
  const { t } = useTranslation();
  const items = f.events.map((e, i) => {
    const moved = [e.fromUnit, e.toUnit ?? e.agency].filter(Boolean).join(' → ');
    return {
      key: i,
      title: when(e.at),
      content: (
        <>
          <Typography.Text strong>{t(`feedback.events.${e.action}`, { defaultValue: e.action })}</Typography.Text>
          {e.actor && ` · ${e.actor}`}
          {moved && <div>{moved}</div>}
          {e.note && <Typography.Text type="secondary">{e.note}</Typography.Text>}
        </>
      ),
    };
  });
  return (
    <Card title={t('feedback.history')}>
      <Timeline items={items} />
    </Card>
  );
}

function Side({ f }: { f: FeedbackDetail }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      {f.deadlines.length > 0 && (
        <Flex gap={8} wrap>
          {f.deadlines.map((d) => (
            <DeadlineTag key={d.kind} deadline={d} />
          ))}
        </Flex>
      )}
      {f.attachments.length > 0 && (
        <Card title={t('feedback.attachments')} size="small">
          {f.attachments.map((a) => (
            <div key={a.id}>
              <a href={`/api/v1/feedback/${f.id}/attachments/${a.id}`}>
                <PaperClipOutlined /> {a.fileName}
              </a>
            </div>
          ))}
        </Card>
      )}
      {f.status === 'published' && (
        <Card title={t('feedback.reactions')} size="small">
          <Space>
            <Tag icon={<LikeOutlined />}>{t('feedback.likes', { count: f.reactions.likes })}</Tag>
            <Tag icon={<DislikeOutlined />}>{t('feedback.dislikes', { count: f.reactions.dislikes })}</Tag>
          </Space>
          {f.reactions.reasons.map((r) => (
            <Typography.Paragraph key={r} type="secondary">
              “{r}”
            </Typography.Paragraph>
          ))}
        </Card>
      )}
      {f.repeats.length > 0 && (
        <Card title={t('feedback.repeats')} size="small">
          {f.repeats.map((r) => (
            <Link key={r.id} to={`/phan-anh/${r.id}`}>
              {r.trackingCode}{' '}
            </Link>
          ))}
        </Card>
      )}
    </Flex>
  );
}

/** One feedback: content, submitter, deadlines, history, files, ratings, and the buttons of what the user may do. */
export function FeedbackDetailPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const query = useFeedback(id);
  const [action, setAction] = useState<FeedbackAction | null>(null);
  if (query.isError) return <Result status="404" title={t('errors.notFound')} />;
  if (!query.data) return <Spin />;
  const f = query.data;
  return (
    <Flex vertical gap={16}>
      <Link to="/phan-anh">
        <ArrowLeftOutlined /> {t('feedback.back')}
      </Link>
      {f.complaintKinds.length > 0 && <Alert type="warning" showIcon title={t('feedback.complaintWarning')} />}
      <Flex gap={8} wrap data-testid="feedback-actions">
        {f.actions.map((a) => (
          <Button
            key={a}
            type={a === 'approve' || a === 'submit_answer' ? 'primary' : 'default'}
            onClick={() => setAction(a)}
          >
            {t(`feedback.actions.${a}`)}
          </Button>
        ))}
        {f.actions.length === 0 && <Typography.Text type="secondary">{t('feedback.noActions')}</Typography.Text>}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <Content f={f} />
            <History f={f} />
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <Summary f={f} />
            <Side f={f} />
          </Flex>
        </Col>
      </Row>
      {action && <ActionModal action={action} feedback={f} onClose={() => setAction(null)} />}
    </Flex>
  );
}
