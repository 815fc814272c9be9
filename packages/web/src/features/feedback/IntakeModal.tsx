import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { useIntake, useUnits } from './api';
import { CATEGORIES } from './enums';

const FIELDS = ['channel', 'category', 'title', 'text', 'dossierCode', 'name', 'phone', 'email', 'address', 'unitId'];
const CHANNELS = ['counter', 'phone', 'letter'] as const;

/** Records feedback received at the counter, by phone or by letter; shows the tracking code to hand over. */
export function IntakeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const intake = useIntake();
  const units = useUnits();
  const [error, setError] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const category = Form.useWatch('category', form);
  const submit = async () => {
    const values = await form.validateFields();
    setError(null);
    intake.mutate(values, {
      onSuccess: (created) => {
        setCode(created.trackingCode);
        form.resetFields();
      },
      onError: (e) => setError(showServerErrors(form, e, FIELDS)),
    });
  };
  const close = () => {
    setCode(null);
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('feedback.intake')}
      onCancel={close}
      onOk={code ? close : submit}
      confirmLoading={intake.isPending}
      destroyOnHidden
      width={720}
    >
      {code ? (
        <Alert type="success" showIcon title={`${t('feedback.fields.trackingCode')}: ${code}`} />
      ) : (
        <Form form={form} layout="vertical" initialValues={{ channel: 'counter', category: 'procedure' }}>
          <Form.Item name="channel" label={t('feedback.fields.channel')} rules={[{ required: true }]}>
            <Select options={CHANNELS.map((c) => ({ value: c, label: t(`feedback.channels.${c}`) }))} />
          </Form.Item>
          <Form.Item name="category" label={t('feedback.fields.category')} rules={[{ required: true }]}>
            <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`feedback.categories.${c}`) }))} />
          </Form.Item>
          {category === 'dossier' && (
            <Form.Item name="dossierCode" label={t('feedback.fields.dossierCode')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          )}
          <Form.Item name="title" label={t('feedback.fields.title')} rules={[{ required: true, min: 5 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="text" label={t('feedback.fields.text')} rules={[{ required: true, min: 10 }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="unitId" label={t('feedback.fields.unit')}>
            <Select
              allowClear
              options={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
          <Form.Item name="name" label={t('feedback.fields.name')}>
            <Input />
          </Form.Item>
          <Form.Item name="phone" label={t('feedback.fields.phone')}>
            <Input />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} />}
        </Form>
      )}
    </Modal>
  );
}
