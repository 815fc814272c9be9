import { Alert, Button, Descriptions, Flex, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { supplyInfo, type TrackedFeedback, trackFeedback } from './api';

function ClosedNotice({ closed }: { closed: NonNullable<TrackedFeedback['closed']> }) {
  const { t } = useTranslation();
  if (closed.agency)
    return <Alert type="info" showIcon title={t('publicFeedback.transferred', { agency: closed.agency })} />;
  const title = closed.reason === 'complaint' ? t('publicFeedback.closedComplaint') : t('publicFeedback.closedOther');
  return <Alert type="warning" showIcon title={title} description={closed.note} />;
}

function SupplyInfo({ tenantCode, found, onSent }: { tenantCode: string; found: TrackedFeedback; onSent: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    try {
      await supplyInfo(tenantCode, found.trackingCode, text);
      onSent();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={8}>
      <Alert type="warning" showIcon title={t('publicFeedback.infoRequested')} description={found.infoRequest} />
      <Input.TextArea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      <Button type="primary" onClick={send} loading={busy} disabled={text.trim().length < 10}>
        {t('publicFeedback.supply')}
      </Button>
    </Flex>
  );
}

/** Looks a feedback up by its tracking code; answers a request for more information. */
export function TrackFeedback({ tenantCode }: { tenantCode: string }) {
  const { t } = useTranslation();
  const [found, setFound] = useState<TrackedFeedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const look = async ({ code }: { code: string }) => {
    setError(null);
    setNotice(null);
    try {
      setFound(await trackFeedback(tenantCode, code));
    } catch (e) {
      setFound(null);
      setError(e instanceof ApiError && e.status === 404 ? t('publicFeedback.notFound') : String(e));
    }
  };
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }}>
      <Form layout="inline" onFinish={look}>
        <Form.Item name="code" label={t('publicFeedback.trackLabel')} rules={[{ required: true }]}>
          <Input placeholder={t('publicFeedback.trackPlaceholder')} style={{ width: 260 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('publicFeedback.trackButton')}
        </Button>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
      {notice && <Alert type="success" showIcon title={notice} />}
      {found && (
        <>
          <Descriptions bordered size="small" column={1}>
            <Descriptions.Item label={t('feedback.fields.trackingCode')}>{found.trackingCode}</Descriptions.Item>
            <Descriptions.Item label={t('feedback.fields.title')}>{found.title}</Descriptions.Item>
            <Descriptions.Item label={t('feedback.fields.status')}>
              <Tag color="blue">{t(`feedback.statuses.${found.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('feedback.fields.unit')}>
              {found.unitName ?? t('feedback.unrouted')}
            </Descriptions.Item>
          </Descriptions>
          {found.closed && <ClosedNotice closed={found.closed} />}
          {found.status === 'info_requested' && (
            <SupplyInfo
              tenantCode={tenantCode}
              found={found}
              onSent={() => {
                setNotice(t('publicFeedback.supplied'));
                void look({ code: found.trackingCode });
              }}
            />
          )}
          {found.answer && (
            <Typography.Paragraph>
              <Typography.Text strong>{t('publicFeedback.answer')}: </Typography.Text>
              {found.answer}
            </Typography.Paragraph>
          )}
        </>
      )}
    </Flex>
  );
}
