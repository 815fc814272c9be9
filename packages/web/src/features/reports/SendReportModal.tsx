import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type Consolidated, splitLines, useSendReport } from './api';

interface SendValues {
  number: string;
  date: string;
  recipients: string;
}

/** "Mark as sent": the registry number, date and recipients of the version that goes out, which freezes it. */
export function SendReportModal({
  code,
  report,
  open,
  onClose,
}: {
  code: string;
  report: Consolidated;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SendValues>();
  const send = useSendReport(code);
  const current = report.current;
  if (!current) return null;
  const submit = async (values: SendValues) => {
    try {
      await send.mutateAsync({
        version: current.version,
        number: values.number,
        date: values.date,
        recipients: splitLines(values.recipients),
      });
      void message.success(t('reports.consolidated.sentDone'));
      onClose();
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : t('errors.generic'));
    }
  };
  return (
    <Modal
      open={open}
      title={t('reports.consolidated.sendTitle', { version: current.version })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={send.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ date: current.meta.date, recipients: current.meta.recipients.join('\n') }}
      >
        <Form.Item
          name="number"
          label={t('reports.consolidated.number')}
          extra={t('reports.consolidated.numberHint')}
          rules={[{ required: true }]}
        >
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="date" label={t('reports.consolidated.sentDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="recipients" label={t('reports.consolidated.sendRecipients')} rules={[{ required: true }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
