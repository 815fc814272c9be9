import { PlusOutlined } from '@ant-design/icons';
import { formatVietnamDate } from '@cchc/domain';
import {
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Result,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { serverDayjs } from '../../api/clock';
import type { Me } from '../../api/session';
import {
  type LegalDocument,
  type LegalStatus,
  useExpiredList,
  useLegalDocuments,
  useLegalWrite,
  useReviewPlans,
} from './api';
import { DocumentFormModal } from './DocumentFormModal';

/** The colour of a status tag: blue not yet in force, green in force, orange amended, grey ended. */
export const STATUS_COLORS: Record<LegalStatus, string> = {
  not_yet_effective: 'blue',
  in_force: 'green',
  amended: 'orange',
  expired: 'default',
  replaced: 'default',
  repealed: 'default',
};
const dmy = (date: string | null) => (date ? formatVietnamDate(date) : '—');

function DocumentTable({ rows, reason = false }: { rows: (LegalDocument & { reason?: string })[]; reason?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<LegalDocument & { reason?: string }>
      rowKey="id"
      size="small"
      dataSource={rows}
      locale={{ emptyText: t('legal.none') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        {
          title: t('legal.fields.numberSymbol'),
          key: 'number',
          render: (_, d) => <Link to={`/van-ban/${d.id}`}>{d.numberSymbol}</Link>,
        },
        { title: t('legal.fields.title'), dataIndex: 'title', key: 'title' },
        { title: t('legal.fields.signedOn'), key: 'signed', render: (_, d) => dmy(d.signedOn) },
        {
          title: t('legal.fields.status'),
          key: 'status',
          render: (_, d) => <Tag color={STATUS_COLORS[d.status]}>{t(`legal.statuses.${d.status}`)}</Tag>,
        },
        ...(reason
          ? [
              {
                title: t('legal.fields.reason'),
                key: 'reason',
                render: (_: unknown, d: { reason?: string }) => d.reason,
              },
            ]
          : []),
      ]}
    />
  );
}

function ExpiredTab() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => serverDayjs().year());
  const list = useExpiredList(year).data;
  return (
    <Flex vertical gap={16}>
      <Space>
        <InputNumber
          aria-label={t('legal.fields.year')}
          value={year}
          min={2000}
          max={2199}
          onChange={(v) => v && setYear(v)}
        />
        <a href={`/api/v1/legal-documents/expired/${year}/decision.docx`}>{t('legal.decisionWord')}</a>
        <a href={`/api/v1/legal-documents/expired/${year}/decision.html`} target="_blank" rel="noreferrer">
          {t('legal.decisionHtml')}
        </a>
      </Space>
      <Typography.Title level={5}>{t('legal.whole')}</Typography.Title>
      <DocumentTable rows={list?.whole ?? []} reason />
      <Typography.Title level={5}>{t('legal.partial')}</Typography.Title>
      <DocumentTable rows={list?.partial ?? []} reason />
    </Flex>
  );
}

function ReviewsTab({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const plans = useReviewPlans().data ?? [];
  const create = useLegalWrite((body: object) => ({ path: '/legal-reviews', method: 'POST', body }));
  return (
    <Flex vertical gap={16}>
      {canManage && (
        <Form
          layout="inline"
          onFinish={(v: { year: number; title: string }) =>
            create.mutate(v, { onError: (e) => message.error(e.message) })
          }
          initialValues={{ year: serverDayjs().year() }}
        >
          <Form.Item name="year" rules={[{ required: true }]}>
            <InputNumber min={2000} max={2199} />
          </Form.Item>
          <Form.Item name="title" rules={[{ required: true, min: 5 }]}>
            <Input placeholder={t('legal.newReview')} style={{ width: 320 }} />
          </Form.Item>
          <Button htmlType="submit">{t('legal.newReview')}</Button>
        </Form>
      )}
      {plans.map((p) => (
        <Card key={p.id} size="small" title={`${p.year} · ${p.title}`}>
          <List
            dataSource={p.results}
            locale={{ emptyText: t('legal.none') }}
            renderItem={(r) => (
              <List.Item>
                <Link to={`/van-ban/${r.document.id}`}>{r.document.numberSymbol}</Link>
                <Tag>{t(`legal.conclusions.${r.conclusion}`)}</Tag>
                {r.note}
              </List.Item>
            )}
          />
        </Card>
      ))}
    </Flex>
  );
}

/** The ward's legal documents, the yearly expired list with its draft decision, and the review plans. */
export function LegalDocumentsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const docs = useLegalDocuments();
  const canManage = me.capabilities.includes('legal.manage');
  if (!me.capabilities.includes('legal.view')) return <Result status="403" title={t('legal.title')} />;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('legal.title')}
        </Typography.Title>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('legal.add')}
          </Button>
        )}
      </Flex>
      <Tabs
        items={[
          { key: 'documents', label: t('legal.tabs.documents'), children: <DocumentTable rows={docs.data ?? []} /> },
          { key: 'expired', label: t('legal.tabs.expired'), children: <ExpiredTab /> },
          { key: 'reviews', label: t('legal.tabs.reviews'), children: <ReviewsTab canManage={canManage} /> },
        ]}
      />
      <DocumentFormModal open={adding} onClose={() => setAdding(false)} />
    </Flex>
  );
}
