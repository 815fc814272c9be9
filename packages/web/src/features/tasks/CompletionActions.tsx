import { App, Button, Card, DatePicker, Form, Input, Modal, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TaskDetail, useTaskAction } from './api';

type Dialog = 'submit' | 'return' | null;

function SubmitDialog({ task, today, onClose }: { task: TaskDetail; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment?: string; completedOn: Dayjs }>();
  const submit = useTaskAction<{ comment?: string; completedOn: string }>(task.id, 'submit');
  const ok = async () => {
    const { comment, completedOn } = await form.validateFields();
    submit.mutate(
      { ...(comment ? { comment } : {}), completedOn: completedOn.format('YYYY-MM-DD') },
      { onSuccess: onClose, onError: (e) => message.error(e.message) },
    );
  };
  return (
    <Modal
      open
      title={t('tasks.actions.submit')}
      okText={t('tasks.actions.submit')}
      onOk={ok}
      onCancel={onClose}
      confirmLoading={submit.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ completedOn: dayjs(today) }}>
        <Form.Item name="completedOn" label={t('tasks.actions.completedOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(dayjs(today), 'day')} />
        </Form.Item>
        <Form.Item name="comment" label={t('tasks.actions.comment')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReturnDialog({ task, onClose }: { task: TaskDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment: string }>();
  const back = useTaskAction<{ comment: string }>(task.id, 'return');
  const ok = async () => {
    const values = await form.validateFields();
    back.mutate(values, { onSuccess: onClose, onError: (e) => message.error(e.message) });
  };
  return (
    <Modal
      open
      title={t('tasks.actions.return')}
      okText={t('tasks.actions.return')}
      okButtonProps={{ danger: true }}
      onOk={ok}
      onCancel={onClose}
      confirmLoading={back.isPending}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="comment"
          label={t('tasks.actions.returnComment')}
          rules={[{ required: true, whitespace: true, message: t('tasks.actions.required') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The completion's path: the unit marks the task done with its evidence; the unit head approves an officer's
 * submission when the ward asks for it; the coordinator (or the chairman) accepts or returns it.
 */
export function CompletionActions({ task, today }: { task: TaskDetail; today: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const approve = useTaskAction<object>(task.id, 'unit-approval');
  const accept = useTaskAction<object>(task.id, 'accept');
  // Approving and accepting take an optional comment; returning asks for the reason in its dialog.
  const [comment, setComment] = useState('');
  const { can } = task;
  if (!can.submit && !can.approveForUnit && !can.review) return null;
  const onError = (e: Error) => message.error(e.message);
  const body = comment.trim() ? { comment: comment.trim() } : {};
  return (
    <Card size="small">
      <Space wrap>
        {can.approveForUnit || can.review ? (
          <Input
            aria-label={t('tasks.actions.approvalComment')}
            placeholder={t('tasks.actions.approvalComment')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            style={{ width: 260 }}
          />
        ) : null}
        {can.submit ? (
          <Space direction="vertical" size={2}>
            <Button type="primary" onClick={() => setDialog('submit')} data-testid="submit-completion">
              {t('tasks.actions.submit')}
            </Button>
            {task.evidence.length === 0 ? (
              <Typography.Text type="secondary">{t('tasks.actions.submitHint')}</Typography.Text>
            ) : null}
          </Space>
        ) : null}
        {can.approveForUnit ? (
          <Button type="primary" loading={approve.isPending} onClick={() => approve.mutate(body, { onError })}>
            {t('tasks.actions.approve')}
          </Button>
        ) : null}
        {can.review ? (
          <Button
            type="primary"
            loading={accept.isPending}
            onClick={() => accept.mutate(body, { onError })}
            data-testid="accept-completion"
          >
            {t('tasks.actions.accept')}
          </Button>
        ) : null}
        {can.review || can.approveForUnit ? (
          <Button danger onClick={() => setDialog('return')}>
            {t('tasks.actions.return')}
          </Button>
        ) : null}
      </Space>
      {dialog === 'submit' ? <SubmitDialog task={task} today={today} onClose={() => setDialog(null)} /> : null}
      {dialog === 'return' ? <ReturnDialog task={task} onClose={() => setDialog(null)} /> : null}
    </Card>
  );
}
