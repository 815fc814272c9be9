import { App, Button, Card, DatePicker, Form, Input, InputNumber, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { type TaskDetail, useTaskAction } from './api';

interface Values {
  documentNumber: string;
  documentDate: Dayjs;
  documentTitle?: string;
  dueDate?: Dayjs;
  workingDays?: number;
}

interface Body {
  documentNumber: string;
  documentDate: string;
  documentTitle?: string;
  dueDate?: string;
  workingDays?: number;
}

/** An event task ("Theo yêu cầu của thành phố") receives the instruction that sets its due date. */
export function TriggerForm({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useTaskAction<Body>(task.id, 'trigger');
  const submit = async ({ documentDate, dueDate, workingDays, ...rest }: Values) => {
    const body: Body = { ...rest, documentDate: documentDate.format('YYYY-MM-DD') };
    if (dueDate) body.dueDate = dueDate.format('YYYY-MM-DD');
    else if (workingDays) body.workingDays = workingDays;
    try {
      await record.mutateAsync(body);
      message.success(t('tasks.actions.saved'));
    } catch (e) {
      const general = showServerErrors(form, e, ['documentNumber', 'documentDate', 'dueDate', 'workingDays']);
      if (general) message.error(general);
    }
  };
  const required = [{ required: true, message: t('tasks.actions.required') }];
  return (
    <Card size="small" title={t('tasks.actions.trigger')}>
      <Typography.Paragraph type="secondary">{t('tasks.actions.triggerHint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="documentNumber" label={t('tasks.actions.docNumber')} rules={required}>
          <Input maxLength={100} placeholder="45/UBND-VP" />
        </Form.Item>
        <Form.Item name="documentDate" label={t('tasks.actions.docDate')} rules={required}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="documentTitle" label={t('tasks.actions.docTitle')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="dueDate" label={t('tasks.actions.dueDate')}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="workingDays" label={t('tasks.actions.workingDays')}>
          <InputNumber min={1} max={365} />
        </Form.Item>
        <Button htmlType="submit" loading={record.isPending}>
          {t('tasks.actions.trigger')}
        </Button>
      </Form>
    </Card>
  );
}
