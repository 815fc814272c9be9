import type { TimeframeKind } from '@cchc/domain';
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AmendmentInput, useProposeAmendment } from './amendments-api';
import type { TaskDetail } from './api';
import { useTaskUnits } from './api';
import { DueDateField } from './DueDateField';

interface Values {
  content: string;
  timeframeText?: string;
  timeframeKind: TimeframeKind;
  dueDate?: Dayjs;
  leadUnitIds: string[];
  reason: string;
}

const KINDS: TimeframeKind[] = ['before', 'date', 'month', 'quarter', 'range', 'year', 'recurring', 'event'];

/** The form of a proposal: a task's new content, lead units and timeframe, and why; the chairman decides. */
function ProposalDialog({ task, onClose }: { task: TaskDetail | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const units = useTaskUnits();
  const propose = useProposeAmendment();
  const kind = Form.useWatch('timeframeKind', form);
  const ok = async () => {
    const { dueDate, reason, ...v } = await form.validateFields();
    const fields = {
      ...v,
      coordinatorUnitIds: task?.coordinators.units.map((u) => u.id) ?? [],
      ...(task?.coordinators.group ? { coordinatorsGroup: task.coordinators.group } : {}),
      ...(task?.lead.group ? { leadGroup: task.lead.group } : {}),
      ...(task?.product ? { product: task.product } : {}),
      ...(dueDate ? { dueDate: dueDate.format('YYYY-MM-DD') } : {}),
    };
    const body: AmendmentInput = task
      ? { action: 'change', taskId: task.id, fields, reason }
      : { action: 'add', fields, reason };
    propose.mutate(body, {
      onSuccess: () => {
        message.success(t('tasks.amend.sent'));
        onClose();
      },
      onError: (e) => message.error(e.message),
    });
  };
  const required = [{ required: true, whitespace: true, message: t('tasks.actions.required') }];
  return (
    <Modal
      open
      title={task ? t('tasks.amend.propose') : t('tasks.amend.proposeAdd')}
      onOk={ok}
      onCancel={onClose}
      confirmLoading={propose.isPending}
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          content: task?.content,
          timeframeText: task?.timeframe.text,
          timeframeKind: task?.timeframe.kind ?? 'date',
          dueDate: task?.timeframe.due ? dayjs(task.timeframe.due) : undefined,
          leadUnitIds: task?.lead.units.map((u) => u.id) ?? [],
        }}
      >
        <Form.Item name="content" label={t('tasks.assign.content')} rules={required}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="leadUnitIds" label={t('tasks.assign.lead')}>
          <Select mode="multiple" options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="timeframeKind" label={t('tasks.assign.kind')}>
            <Select style={{ width: 200 }} options={KINDS.map((k) => ({ value: k, label: t(`tasks.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="timeframeText" label={t('tasks.detail.timeframe')}>
            <Input maxLength={200} />
          </Form.Item>
          <DueDateField kind={kind} />
        </Space>
        <Form.Item name="reason" label={t('tasks.amend.reason')} rules={required}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DropDialog({ task, onClose }: { task: TaskDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const propose = useProposeAmendment();
  const ok = async () => {
    const { reason } = await form.validateFields();
    propose.mutate(
      { action: 'drop', taskId: task.id, reason },
      {
        onSuccess: () => {
          message.success(t('tasks.amend.sent'));
          onClose();
        },
        onError: (e) => message.error(e.message),
      },
    );
  };
  return (
    <Modal
      open
      title={t('tasks.amend.proposeDrop')}
      onOk={ok}
      onCancel={onClose}
      confirmLoading={propose.isPending}
      okButtonProps={{ danger: true }}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('tasks.amend.reason')}
          rules={[{ required: true, whitespace: true, message: t('tasks.actions.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Buttons that propose to change or drop a task (on its page), or to add one (task = null). */
export function ProposeAmendment({ task }: { task: TaskDetail | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'change' | 'drop' | null>(null);
  return (
    <>
      <Space wrap>
        <Button onClick={() => setOpen('change')}>
          {task ? t('tasks.amend.propose') : t('tasks.amend.proposeAdd')}
        </Button>
        {task ? (
          <Button danger onClick={() => setOpen('drop')}>
            {t('tasks.amend.proposeDrop')}
          </Button>
        ) : null}
      </Space>
      {open === 'change' ? <ProposalDialog task={task} onClose={() => setOpen(null)} /> : null}
      {open === 'drop' && task ? <DropDialog task={task} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
