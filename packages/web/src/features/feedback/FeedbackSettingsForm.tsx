import { Alert, Button, Form, InputNumber, Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { type FeedbackSettings, useFeedbackSettings, useSaveSettings, useUnits } from './api';

const DAY_FIELDS = ['rejectDays', 'infoRequestDays', 'answerDays', 'publishDays', 'remindBefore'] as const;

/** The ward's working-day deadlines and the unit that receives new feedback. */
export function FeedbackSettingsForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<FeedbackSettings>();
  const settings = useFeedbackSettings();
  const units = useUnits();
  const save = useSaveSettings();
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  if (!settings.data) return <Spin />;
  const submit = (values: FeedbackSettings) =>
    save.mutate(
      { ...values, intakeUnitId: values.intakeUnitId ?? null },
      {
        onSuccess: (r) => setMessage({ type: 'success', text: t('feedback.settings.saved', { count: r.recomputed }) }),
        onError: (e) => {
          const text = showServerErrors(form, e, [...DAY_FIELDS, 'intakeUnitId']);
          setMessage(text ? { type: 'error', text } : null);
        },
      },
    );
  return (
    <Form form={form} layout="vertical" initialValues={settings.data} onFinish={submit} style={{ maxWidth: 480 }}>
      {DAY_FIELDS.map((name) => (
        <Form.Item key={name} name={name} label={t(`feedback.settings.${name}`)} rules={[{ required: true }]}>
          <InputNumber min={name === 'remindBefore' ? 0 : 1} max={90} />
        </Form.Item>
      ))}
      <Form.Item name="intakeUnitId" label={t('feedback.settings.intakeUnitId')}>
        <Select
          allowClear
          placeholder={t('feedback.settings.none')}
          options={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      {message && <Alert type={message.type} showIcon title={message.text} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('feedback.settings.save')}
      </Button>
    </Form>
  );
}
