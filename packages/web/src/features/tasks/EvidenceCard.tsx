import { FileOutlined, UploadOutlined } from '@ant-design/icons';
import { EVIDENCE_ACCEPT, formatShortDate } from '@cchc/domain';
import { App, Button, Card, DatePicker, Empty, Flex, Form, Input, List, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { type Evidence, type TaskDetail, useTaskAction, useUploadEvidence } from './api';
import { formatMoment } from './TaskTags';

function EvidenceItem({ e }: { e: Evidence }) {
  const { t } = useTranslation();
  const name =
    e.kind === 'file' ? (
      <a href={e.url ?? undefined} target="_blank" rel="noreferrer">
        {e.fileName}
      </a>
    ) : (
      <span>
        {t('tasks.detail.document', { number: e.document?.number, date: formatShortDate(e.document?.date ?? null) })}
        {e.document?.title ? ` — ${e.document.title}` : ''}
      </span>
    );
  return (
    <List.Item data-testid="evidence-item">
      <List.Item.Meta
        avatar={<FileOutlined />}
        title={name}
        description={`${e.addedBy ?? ''}${e.unit ? `, ${e.unit}` : ''} · ${formatMoment(e.addedAt)}`}
      />
    </List.Item>
  );
}

interface DocValues {
  number: string;
  date: Dayjs;
  title?: string;
}

function DocumentForm({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DocValues>();
  const add = useTaskAction<{ number: string; date: string; title?: string }>(task.id, 'evidence/documents');
  const submit = async ({ date, ...values }: DocValues) => {
    try {
      await add.mutateAsync({ ...values, date: date.format('YYYY-MM-DD') });
      form.resetFields();
    } catch (e) {
      const general = showServerErrors(form, e, ['number', 'date', 'title']);
      if (general) message.error(general);
    }
  };
  const required = [{ required: true, message: t('tasks.actions.required') }];
  return (
    <Form<DocValues> form={form} layout="inline" onFinish={submit} style={{ rowGap: 8 }}>
      <Form.Item name="number" rules={required}>
        <Input placeholder={t('tasks.actions.docNumber')} maxLength={100} />
      </Form.Item>
      <Form.Item name="date" rules={required}>
        <DatePicker format="DD/MM/YYYY" placeholder={t('tasks.actions.docDate')} />
      </Form.Item>
      <Form.Item name="title">
        <Input placeholder={t('tasks.actions.docTitle')} maxLength={500} />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending}>
        {t('tasks.actions.addDocument')}
      </Button>
    </Form>
  );
}

/** The task's evidence: files (kept by content hash, opened through the API) and official documents. */
export function EvidenceCard({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadEvidence(task.id);
  const send = (file: File) => {
    upload.mutate(file, { onError: (e) => message.error(e.message) });
    return false; // the mutation sends it; antd's own request stays unused
  };
  return (
    <Card size="small" title={t('tasks.detail.evidence')}>
      {task.evidence.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.detail.noEvidence')} />
      ) : (
        <List size="small" dataSource={task.evidence} renderItem={(e) => <EvidenceItem e={e} />} />
      )}
      {task.can.addEvidence ? (
        <Flex vertical gap={12} style={{ marginTop: 12 }}>
          <Upload accept={EVIDENCE_ACCEPT} beforeUpload={send} showUploadList={false}>
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="evidence-upload">
              {t('tasks.actions.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('tasks.actions.uploadHint')}</Typography.Text>
          <DocumentForm task={task} />
        </Flex>
      ) : null}
    </Card>
  );
}
