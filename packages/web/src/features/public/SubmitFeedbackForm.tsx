import { UploadOutlined } from '@ant-design/icons';
import type { FeedbackCategory } from '@cchc/domain';
import { Alert, Button, Form, Input, Result, Select, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { type PublicInfo, submitPublicFeedback } from './api';

interface Values {
  category: FeedbackCategory;
  title: string;
  text: string;
  dossierCode?: string;
  legalDocumentId?: string;
  relatedTrackingCode?: string;
  name?: string;
  phone?: string;
  email?: string;
  address?: string;
  website?: string;
}

const FIELDS = [
  'category',
  'title',
  'text',
  'dossierCode',
  'legalDocumentId',
  'relatedTrackingCode',
  'name',
  'phone',
  'email',
  'address',
];

// Off-screen rather than display:none: some bots skip hidden inputs, none of them skip an ordinary-looking one.
const HONEYPOT_STYLE = { position: 'absolute', left: -10_000, width: 1, height: 1, overflow: 'hidden' } as const;

function Submitted({ code, complaint, onAgain }: { code: string; complaint: boolean; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      title={t('publicFeedback.successTitle')}
      subTitle={t('publicFeedback.successHint')}
      extra={[
        <Button key="again" onClick={onAgain}>
          {t('publicFeedback.another')}
        </Button>,
      ]}
    >
      <Typography.Paragraph style={{ textAlign: 'center' }}>
        {t('publicFeedback.successCode')}:{' '}
        <Typography.Text strong copyable data-testid="tracking-code" style={{ fontSize: 20 }}>
          {code}
        </Typography.Text>
      </Typography.Paragraph>
      {complaint && <Alert type="warning" showIcon title={t('publicFeedback.complaintWarning')} />}
    </Result>
  );
}

/** The public form: category, text, optional contact and files, and a honeypot field people never see. */
export function SubmitFeedbackForm({ tenantCode, info }: { tenantCode: string; info: PublicInfo }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [sent, setSent] = useState<{ code: string; complaint: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const category = Form.useWatch('category', form);
  const { limits } = info;

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const raw = files.flatMap((f) => (f.originFileObj ? [f.originFileObj] : []));
      const result = await submitPublicFeedback(tenantCode, { ...values }, raw, i18n.language);
      setSent({ code: result.trackingCode, complaint: result.complaintKinds.length > 0 });
      form.resetFields();
      setFiles([]);
    } catch (e) {
      setError(showServerErrors(form, e, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  if (sent) return <Submitted code={sent.code} complaint={sent.complaint} onAgain={() => setSent(null)} />;
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      style={{ maxWidth: 720 }}
      initialValues={{ category: 'procedure' }}
    >
      <Form.Item name="category" label={t('feedback.fields.category')} rules={[{ required: true }]}>
        <Select options={info.categories.map((c) => ({ value: c, label: t(`feedback.categories.${c}`) }))} />
      </Form.Item>
      {category === 'dossier' && (
        <Form.Item name="dossierCode" label={t('feedback.fields.dossierCode')} rules={[{ required: true }]}>
          <Input placeholder="H15.50.05.13-261008-0975" />
        </Form.Item>
      )}
      {category === 'regulation' && info.documents.length > 0 && (
        <Form.Item name="legalDocumentId" label={t('publicFeedback.document')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={info.documents.map((d) => ({ value: d.id, label: `${d.numberSymbol} · ${d.title}` }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={t('feedback.fields.title')}
        rules={[{ required: true, min: 5, max: limits.titleMax }]}
      >
        <Input maxLength={limits.titleMax} />
      </Form.Item>
      <Form.Item
        name="text"
        label={t('feedback.fields.text')}
        rules={[{ required: true, min: limits.textMin, max: limits.textMax }]}
      >
        <Input.TextArea rows={6} maxLength={limits.textMax} showCount />
      </Form.Item>
      <Form.Item name="relatedTrackingCode" label={t('feedback.fields.relatedCode')}>
        <Input placeholder={t('publicFeedback.trackPlaceholder')} />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('publicFeedback.contactHint')}</Typography.Paragraph>
      <Form.Item name="name" label={t('feedback.fields.name')}>
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item name="phone" label={t('feedback.fields.phone')}>
        <Input autoComplete="tel" />
      </Form.Item>
      <Form.Item name="email" label={t('feedback.fields.email')}>
        <Input autoComplete="email" />
      </Form.Item>
      <div style={HONEYPOT_STYLE} aria-hidden="true">
        <Form.Item name="website" label={t('publicFeedback.honeypot')}>
          <Input tabIndex={-1} autoComplete="off" />
        </Form.Item>
      </div>
      <Form.Item
        label={t('publicFeedback.attachments', {
          count: limits.attachmentsMax,
          size: limits.attachmentBytesMax / 1024 / 1024,
        })}
      >
        <Upload
          accept={limits.accept}
          multiple
          fileList={files}
          maxCount={limits.attachmentsMax}
          beforeUpload={() => false}
          onChange={({ fileList }) => setFiles(fileList.slice(0, limits.attachmentsMax))}
        >
          <Button icon={<UploadOutlined />}>{t('publicFeedback.addFile')}</Button>
        </Upload>
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('publicFeedback.submit')}
      </Button>
    </Form>
  );
}
