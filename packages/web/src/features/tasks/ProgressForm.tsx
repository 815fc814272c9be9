import { UNIT_SETTABLE_STATUSES, type UnitSettableStatus } from '@cchc/domain';
import { App, Button, Card, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { type TaskDetail, useTaskAction } from './api';

interface Values {
  progress?: number;
  status?: UnitSettableStatus;
  notDoneReason?: string;
  comment?: string;
}

const FIELDS = ['progress', 'status', 'notDoneReason', 'comment'] as const;

/** A dated update of the unit: progress %, status (with the reason when not done) and what was done. */
export function ProgressForm({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useTaskAction<Values>(task.id, 'updates');
  const status = Form.useWatch('status', form);
  const settable = (UNIT_SETTABLE_STATUSES as readonly string[]).includes(task.status);

  // Progress above 0 means the work has started: an untouched "Chưa triển khai" follows, so the form never
  // offers what the server refuses; a status picked by hand is kept and the server says why.
  const onValuesChange = (changed: Partial<Values>, all: Values) => {
    if (changed.progress && changed.progress > 0 && all.status === 'not_started' && !form.isFieldTouched('status')) {
      form.setFieldValue('status', 'in_progress');
    }
  };
  const submit = async (values: Values) => {
    try {
      // Only what changed is sent, so an update that changes nothing is the server's to refuse, clearly.
      const body = { ...values, status: values.status === task.status ? undefined : values.status };
      await save.mutateAsync(body);
      message.success(t('tasks.actions.saved'));
      form.resetFields(['comment']);
    } catch (e) {
      const general = showServerErrors(form, e, FIELDS);
      if (general) message.error(general);
    }
  };

  return (
    <Card size="small" title={t('tasks.actions.update')}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={onValuesChange}
        initialValues={{ progress: task.progress, status: settable ? task.status : undefined }}
      >
        <Form.Item name="progress" label={t('tasks.actions.progress')}>
          <InputNumber min={0} max={100} style={{ width: 120 }} data-testid="progress-input" />
        </Form.Item>
        <Form.Item name="status" label={t('tasks.actions.status')}>
          <Select options={UNIT_SETTABLE_STATUSES.map((s) => ({ value: s, label: t(`tasks.status.${s}`) }))} />
        </Form.Item>
        {status === 'not_done' ? (
          <Form.Item
            name="notDoneReason"
            label={t('tasks.actions.reason')}
            rules={[{ required: true, whitespace: true, message: t('tasks.actions.required') }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        ) : null}
        <Form.Item name="comment" label={t('tasks.actions.comment')}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="progress-comment" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="progress-save">
          {t('tasks.actions.save')}
        </Button>
      </Form>
    </Card>
  );
}

/** A coordinating unit's report of its part in the task. */
export function ContributionForm({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment: string }>();
  const send = useTaskAction<{ comment: string }>(task.id, 'contributions');
  const submit = async (values: { comment: string }) => {
    try {
      await send.mutateAsync(values);
      message.success(t('tasks.actions.saved'));
      form.resetFields();
    } catch (e) {
      const general = showServerErrors(form, e, ['comment']);
      if (general) message.error(general);
    }
  };
  return (
    <Card size="small" title={t('tasks.actions.contribute')}>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="comment"
          label={t('tasks.actions.contribution')}
          rules={[{ required: true, whitespace: true, message: t('tasks.actions.required') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Button htmlType="submit" loading={send.isPending}>
          {t('tasks.actions.send')}
        </Button>
      </Form>
    </Card>
  );
}
