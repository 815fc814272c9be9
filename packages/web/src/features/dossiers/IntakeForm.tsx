import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { groupKey } from '../../i18n/keys';
import { showServerErrors } from '../../ui/form-errors';
import { type DossierDetail, useDossierWrite, useProcedures, useUnits } from './api';

const FIELDS = ['procedureId', 'channel', 'stage', 'unitId'];

/** The counter's intake form: the procedure, the applicant, the papers received; opens the new dossier. */
export function IntakeForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const navigate = useNavigate();
  const procedures = useProcedures();
  const units = useUnits();
  const intake = useDossierWrite<DossierDetail>('/dossiers');
  const [error, setError] = useState<string | null>(null);
  const channel = Form.useWatch('channel', form);
  const onProcedure = (id: string) => {
    // The procedure's usual papers are offered; the officer ticks the ones handed in with their file.
    const papers = procedures.data?.find((p) => p.id === id)?.components ?? [];
    form.setFieldValue(
      'components',
      papers.map((name) => ({ name, hasFile: false })),
    );
  };
  const submit = (values: Record<string, unknown>) => {
    setError(null);
    intake.mutate(values, {
      onSuccess: (created) => navigate(`/ho-so/${created.id}`),
      onError: (e) => setError(showServerErrors(form, e, FIELDS)),
    });
  };
  const active = (procedures.data ?? []).filter((p) => p.active);
  return (
    <Card title={t('dossiers.intake.title')}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ channel: 1, stage: 'accepted', components: [] }}
      >
        <Form.Item name="procedureId" label={t('dossiers.intake.procedure')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            onChange={onProcedure}
            options={active.map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
          />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="channel" label={t('dossiers.fields.channel')}>
            <Radio.Group options={[1, 2, 3].map((c) => ({ value: c, label: t(groupKey('dossiers.channels', c)) }))} />
          </Form.Item>
          {channel === 2 && (
            <Form.Item name="stage" label={t('dossiers.intake.stage')}>
              <Radio.Group
                options={['accepted', 'registered'].map((s) => ({
                  value: s,
                  label: t(groupKey('dossiers.intake.stages', s)),
                }))}
              />
            </Form.Item>
          )}
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item
            name={['applicant', 'name']}
            label={t('dossiers.intake.name')}
            rules={[{ required: true, min: 2 }]}
            style={{ flex: 2, minWidth: 240 }}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name={['applicant', 'phone']}
            label={t('dossiers.intake.phone')}
            rules={[{ required: true, pattern: /^\+?[0-9 .-]{8,20}$/ }]}
            style={{ flex: 1, minWidth: 160 }}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name={['applicant', 'email']}
            label={t('dossiers.intake.email')}
            rules={[{ type: 'email' }]}
            style={{ flex: 1, minWidth: 200 }}
          >
            <Input />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item
            name={['applicant', 'address']}
            label={t('dossiers.intake.address')}
            rules={[{ required: true, min: 2 }]}
            style={{ flex: 2, minWidth: 240 }}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name={['applicant', 'idNumber']}
            label={t('dossiers.intake.idNumber')}
            rules={[{ pattern: /^\d{9,12}$/ }]}
            style={{ flex: 1, minWidth: 160 }}
          >
            <Input />
          </Form.Item>
        </Flex>
        <Form.Item name="unitId" label={t('dossiers.intake.unit')}>
          <Select
            allowClear
            options={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.List name="components">
          {(fields, { add, remove }) => (
            <Form.Item label={t('dossiers.intake.components')}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline">
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true }]} style={{ flex: 1 }}>
                    <Input placeholder={t('dossiers.intake.componentName')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'hasFile']} valuePropName="checked">
                    <Checkbox>{t('dossiers.intake.hasFile')}</Checkbox>
                  </Form.Item>
                  <MinusCircleOutlined
                    aria-label={t('dossiers.intake.removeComponent')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', hasFile: false })}>
                {t('dossiers.intake.addComponent')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={intake.isPending}>
          {t('dossiers.intake.submit')}
        </Button>
      </Form>
    </Card>
  );
}
