import { ArrowLeftOutlined, UploadOutlined } from '@ant-design/icons';
import { formatVietnamDate, formatVietnamDateTime, LEGAL_OPEN_STATUSES } from '@cchc/domain';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Result,
  Select,
  Spin,
  Tag,
  Timeline,
  Upload,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { serverDayjs } from '../../api/clock';
import { groupKey } from '../../i18n/keys';
import { showServerErrors } from '../../ui/form-errors';
import {
  type LegalDocumentDetail,
  uploadLegalFile,
  useLegalDocument,
  useLegalDocuments,
  useLegalWrite,
  useReviewPlans,
} from './api';
import { STATUS_COLORS } from './LegalDocumentsPage';

const dmy = (date: string | null) => (date ? formatVietnamDate(date) : '—');
const NEW_STATUSES = ['repealed', 'replaced', 'amended', 'expired'] as const;

interface StatusValues {
  status: (typeof NEW_STATUSES)[number];
  byDocumentId?: string;
  effectiveOn: Dayjs;
  note?: string;
}

/** Marks the document expired, amended, replaced or repealed by another document of the ward. */
function StatusModal({ doc, onClose }: { doc: LegalDocumentDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<StatusValues>();
  const others = (useLegalDocuments().data ?? []).filter((d) => d.id !== doc.id);
  const write = useLegalWrite((body: object) => ({ path: `/legal-documents/${doc.id}/status`, method: 'POST', body }));
  const [error, setError] = useState<string | null>(null);
  const status = Form.useWatch('status', form);
  const submit = async () => {
    const v = await form.validateFields();
    write.mutate(
      { ...v, effectiveOn: v.effectiveOn.format('YYYY-MM-DD') },
      {
        onSuccess: onClose,
        onError: (e) => setError(showServerErrors(form, e, ['byDocumentId', 'effectiveOn', 'status'])),
      },
    );
  };
  return (
    <Modal
      open
      title={t('legal.changeStatus')}
      okText={t('legal.changeStatus')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={write.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ status: 'repealed', effectiveOn: serverDayjs() }}>
        <Form.Item name="status" label={t('legal.newStatus')} rules={[{ required: true }]}>
          <Select options={NEW_STATUSES.map((s) => ({ value: s, label: t(`legal.statuses.${s}`) }))} />
        </Form.Item>
        <Form.Item
          name="byDocumentId"
          label={t('legal.fields.byDocument')}
          rules={[{ required: status !== 'expired' }]}
        >
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={others.map((d) => ({ value: d.id, label: `${d.numberSymbol} · ${d.title}` }))}
          />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('legal.fields.endedOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="note" label={t('legal.fields.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}

function Links({ doc }: { doc: LegalDocumentDetail }) {
  const { t } = useTranslation();
  const line = (l: LegalDocumentDetail['acts'][number]) => (
    <List.Item>
      <Tag>{t(`legal.relations.${l.relation}`)}</Tag>
      <Link to={`/van-ban/${l.document.id}`}>{l.document.numberSymbol}</Link> · {l.document.title} ·{' '}
      {dmy(l.effectiveOn)}
    </List.Item>
  );
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('legal.actedOnBy')}>
        <List
          dataSource={doc.actedOnBy}
          renderItem={line}
          locale={{ emptyText: t('legal.none') }}
          data-testid="acted-on-by"
        />
      </Card>
      <Card size="small" title={t('legal.acts')}>
        <List dataSource={doc.acts} renderItem={line} locale={{ emptyText: t('legal.none') }} data-testid="acts" />
      </Card>
    </Flex>
  );
}

function ReviewResult({ doc }: { doc: LegalDocumentDetail }) {
  const { t } = useTranslation();
  const plans = useReviewPlans().data ?? [];
  const save = useLegalWrite((v: { planId: string; conclusion: string; note?: string }) => ({
    path: `/legal-reviews/${v.planId}/results/${doc.id}`,
    method: 'PUT',
    body: { conclusion: v.conclusion, note: v.note },
  }));
  if (plans.length === 0) return null;
  return (
    <Form layout="inline" onFinish={(v) => save.mutate(v)} initialValues={{ planId: plans[0]?.id, conclusion: 'keep' }}>
      <Form.Item name="planId">
        <Select style={{ width: 220 }} options={plans.map((p) => ({ value: p.id, label: `${p.year} · ${p.title}` }))} />
      </Form.Item>
      <Form.Item name="conclusion">
        <Select
          style={{ width: 180 }}
          options={(['keep', 'amend', 'replace', 'repeal', 'expired'] as const).map((c) => ({
            value: c,
            label: t(`legal.conclusions.${c}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="note">
        <Input placeholder={t('legal.fields.note')} />
      </Form.Item>
      <Button htmlType="submit">{t('legal.addResult')}</Button>
    </Form>
  );
}

/** One document: its details and file, the documents it acts on and those acting on it, history, reviews, feedback. */
export function LegalDocumentDetailPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const query = useLegalDocument(id);
  const [changing, setChanging] = useState(false);
  if (query.isError) return <Result status="404" title={t('errors.notFound')} />;
  if (!query.data) return <Spin />;
  const d = query.data;
  // The server refuses to end a document already ended (by hand or by its own term).
  const inForce = LEGAL_OPEN_STATUSES.includes(d.status);
  return (
    <Flex vertical gap={16}>
      <Link to="/van-ban">
        <ArrowLeftOutlined /> {t('legal.back')}
      </Link>
      <Descriptions bordered size="small" column={1} title={`${t(`legal.types.${d.docType}`)} ${d.numberSymbol}`}>
        <Descriptions.Item label={t('legal.fields.title')}>{d.title}</Descriptions.Item>
        <Descriptions.Item label={t('legal.fields.issuer')}>{d.issuer}</Descriptions.Item>
        <Descriptions.Item label={t('legal.fields.signedOn')}>{dmy(d.signedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('legal.fields.effectiveOn')}>{dmy(d.effectiveOn)}</Descriptions.Item>
        <Descriptions.Item label={t('legal.fields.status')}>
          <Tag color={STATUS_COLORS[d.status]} data-testid="legal-status">
            {t(`legal.statuses.${d.status}`)}
          </Tag>
          {d.endedOn && `${t('legal.fields.endedOn')} ${dmy(d.endedOn)}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('legal.fields.file')}>
          <Flex gap={8} align="center">
            {d.file && <a href={`/api/v1/legal-documents/${d.id}/file`}>{d.file.name}</a>}
            {d.canManage && (
              <Upload
                accept=".pdf,.doc,.docx"
                showUploadList={false}
                customRequest={({ file, onSuccess, onError }) =>
                  uploadLegalFile(d.id, file as File)
                    .then(() => {
                      onSuccess?.(null);
                      void query.refetch();
                    })
                    .catch((e: Error) => onError?.(e))
                }
              >
                <Button size="small" icon={<UploadOutlined />}>
                  {t('legal.upload')}
                </Button>
              </Upload>
            )}
          </Flex>
        </Descriptions.Item>
      </Descriptions>
      {d.canManage && inForce && (
        <Button onClick={() => setChanging(true)} style={{ alignSelf: 'flex-start' }}>
          {t('legal.changeStatus')}
        </Button>
      )}
      <Links doc={d} />
      <Card size="small" title={t('legal.history')}>
        <Timeline
          items={d.history.map((h, i) => ({
            key: i,
            title: formatVietnamDateTime(h.changedAt),
            content: `${t(groupKey('legal.statuses', h.to))}${h.byDocument ? ` · ${h.byDocument.numberSymbol}` : ''}${h.note ? ` · ${h.note}` : ''}`,
          }))}
        />
      </Card>
      <Card size="small" title={t('legal.reviews')}>
        <List
          dataSource={d.reviews}
          locale={{ emptyText: t('legal.none') }}
          renderItem={(r) => (
            <List.Item>
              <Tag>{t(`legal.conclusions.${r.conclusion}`)}</Tag> {r.note}
            </List.Item>
          )}
        />
        {d.canManage && <ReviewResult doc={d} />}
      </Card>
      <Card size="small" title={t('legal.feedback')}>
        <List
          dataSource={d.feedback}
          locale={{ emptyText: t('legal.none') }}
          renderItem={(f) => (
            <List.Item>
              <Link to={`/phan-anh/${f.id}`}>{f.trackingCode}</Link> · {f.title} ·{' '}
              {t(groupKey('feedback.statuses', f.status))}
            </List.Item>
          )}
        />
      </Card>
      {changing && <StatusModal doc={d} onClose={() => setChanging(false)} />}
    </Flex>
  );
}
