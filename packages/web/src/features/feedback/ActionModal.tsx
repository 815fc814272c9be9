import type { FeedbackAction } from '@cchc/domain';
import { Alert, Checkbox, Form, Input, Modal, Select, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { showServerErrors } from '../../ui/form-errors';
import { type FeedbackDetail, useFeedbackAction, useUnits } from './api';
import { REJECT_REASONS } from './enums';

type T = TFunction;

const text = (name: string, label: string, rows = 4, required = true) => (
  <Form.Item key={name} name={name} label={label} rules={[{ required, min: required ? 3 : 0 }]}>
    <Input.TextArea rows={rows} />
  </Form.Item>
);

function UnitField({ exclude }: { exclude: string | null }) {
  const { t } = useTranslation();
  const units = useUnits();
  const options = (units.data ?? [])
    .filter((u) => u.active && u.id !== exclude)
    .map((u) => ({ value: u.id, label: u.name }));
  return (
    <Form.Item name="unitId" label={t('feedback.fields.unit')} rules={[{ required: true }]}>
      <Select options={options} showSearch optionFilterProp="label" />
    </Form.Item>
  );
}

const publicFields = (t: T) => (
  <>
    <Typography.Paragraph type="secondary">{t('feedback.publicDraftHint')}</Typography.Paragraph>
    <Form.Item name="publicTitle" label={t('feedback.fields.publicTitle')} rules={[{ required: true }]}>
      <Input />
    </Form.Item>
    {text('publicText', t('feedback.fields.publicText'), 4)}
    {text('publicAnswer', t('feedback.fields.publicAnswer'), 6)}
  </>
);

/** The fields of each action's form. */
const FORMS: Record<FeedbackAction, (t: T, f: FeedbackDetail) => ReactNode> = {
  route: (t, f) => [
    <UnitField key="u" exclude={f.unit?.id ?? null} />,
    text('note', t('feedback.fields.note'), 2, false),
  ],
  transfer: (t, f) => [
    <UnitField key="u" exclude={f.unit?.id ?? null} />,
    text('note', t('feedback.fields.note'), 2, false),
  ],
  transfer_out: (t) => [
    <Form.Item key="a" name="agency" label={t('feedback.fields.agency')} rules={[{ required: true, min: 3 }]}>
      <Input />
    </Form.Item>,
    text('note', t('feedback.fields.note'), 2, false),
  ],
  request_info: (t) => text('text', t('feedback.fields.infoText')),
  supply_info: (t) => text('text', t('feedback.fields.suppliedText')),
  reject: (t) => [
    <Form.Item key="r" name="reason" label={t('feedback.fields.reason')} rules={[{ required: true }]}>
      <Select options={REJECT_REASONS.map((r) => ({ value: r, label: t(`feedback.rejectReasons.${r}`) }))} />
    </Form.Item>,
    text('note', t('feedback.fields.note'), 3),
  ],
  submit_answer: (t) => text('answer', t('feedback.fields.answer'), 8),
  return_answer: (t) => text('note', t('feedback.fields.returnNote'), 3),
  approve: (t) => (
    <>
      <Form.Item name="publish" valuePropName="checked">
        <Checkbox>{t('feedback.fields.publishNow')}</Checkbox>
      </Form.Item>
      {publicFields(t)}
    </>
  ),
  publish: (t) => publicFields(t),
};

function initialValues(action: FeedbackAction, f: FeedbackDetail): object {
  const draft = {
    publicTitle: f.publicDraft.title,
    publicText: f.publicDraft.text,
    publicAnswer: f.publicDraft.answer,
  };
  if (action === 'approve') return { publish: true, ...draft };
  if (action === 'publish') return draft;
  if (action === 'submit_answer') return { answer: f.answer ?? '' };
  return {};
}

/** The form of one action on a feedback, in a modal; a transfer out of the user's sight returns to the list. */
export function ActionModal({
  action,
  feedback,
  onClose,
}: {
  action: FeedbackAction;
  feedback: FeedbackDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const mutation = useFeedbackAction(feedback.id);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const values = await form.validateFields();
    setError(null);
    mutation.mutate(
      { action, body: values },
      {
        onSuccess: (after) => {
          onClose();
          if (!after) navigate('/phan-anh');
        },
        onError: (e) => setError(showServerErrors(form, e, Object.keys(values))),
      },
    );
  };
  return (
    <Modal
      open
      title={t(`feedback.actions.${action}`)}
      okText={t(`feedback.actions.${action}`)}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      width={action === 'approve' || action === 'publish' ? 800 : 560}
    >
      <Form form={form} layout="vertical" initialValues={initialValues(action, feedback)}>
        {FORMS[action](t, feedback)}
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
