import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';
import { groupKey } from '../../i18n/keys';
import { showServerErrors } from '../../ui/form-errors';
import { useDossierWrite } from './api';

type Settings = ApiBody<'/api/v1/dossiers/settings', 'put'>;

/** The ward's agency code (the prefix of dossier codes) and its rule for a second supplement request. */
export function SettingsForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const settings = useQuery({
    queryKey: ['dossier-settings'],
    queryFn: () => api<ApiResponse<'/api/v1/dossiers/settings'>>('/dossiers/settings'),
  });
  const save = useDossierWrite<Settings>('/dossiers/settings', 'PUT');
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);
  const submit = (values: Settings) =>
    save.mutate(values, {
      onSuccess: () => setMessage({ type: 'success', text: t('dossiers.settings.saved') }),
      onError: (e) => {
        const text = showServerErrors(form, e, ['agencyCode', 'secondSupplement']);
        setMessage(text ? { type: 'error', text } : null);
      },
    });
  return (
    <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 560 }}>
      <Form.Item
        name="agencyCode"
        label={t('dossiers.settings.agencyCode')}
        extra={t('dossiers.settings.agencyCodeHint')}
        rules={[{ required: true, pattern: /^[A-Za-z0-9.]{2,40}$/ }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="secondSupplement" label={t('dossiers.settings.secondSupplement')}>
        <Radio.Group
          options={['allow', 'warn', 'refuse'].map((v) => ({
            value: v,
            label: t(groupKey('dossiers.settings.options', v)),
          }))}
        />
      </Form.Item>
      {message && <Alert type={message.type} showIcon title={message.text} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('dossiers.settings.save')}
      </Button>
    </Form>
  );
}
