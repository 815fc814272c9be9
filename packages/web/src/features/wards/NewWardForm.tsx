import { Alert, App, Button, Card, Form, Input, Select, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { fileUpload, type NewWard, useCreateWard, useWards } from './api';

interface Values {
  code: string;
  name: string;
  kind: NewWard['kind'];
  agencyCode?: string;
  adminUnitCode?: string;
  templateCode?: string;
  adminUsername?: string;
  adminFullName?: string;
}

/** A new ward, commune or special zone: its block follows its kind; units, settings and first admin with it. */
export function NewWardForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const wards = useWards();
  const create = useCreateWard();
  const [unitsFile, setUnitsFile] = useState<File | null>(null);
  // The outcome stays on the form, not in a toast: a toast sits over the header's ward picker, the next thing
  // the admin reaches for, and stays while the pointer rests on it.
  const [done, setDone] = useState<{ name: string; password?: { username: string; password: string } } | null>(null);
  const submit = async (v: Values) => {
    try {
      const created = await create.mutateAsync({
        code: v.code,
        name: v.name,
        kind: v.kind,
        agencyCode: v.agencyCode || undefined,
        adminUnitCode: v.adminUnitCode || undefined,
        templateCode: v.templateCode || undefined,
        unitsFile: unitsFile ? await fileUpload(unitsFile) : undefined,
        firstAdmin: v.adminUsername
          ? { username: v.adminUsername, fullName: v.adminFullName || v.adminUsername }
          : undefined,
      });
      const admin = created.firstAdmin;
      setDone({
        name: created.name,
        password: admin?.password ? { username: admin.username, password: admin.password } : undefined,
      });
      form.resetFields();
      setUnitsFile(null);
    } catch (e) {
      const text = showServerErrors(form, e);
      if (text) void message.error(text);
    }
  };
  const required = { required: true, message: t('admin.required') };
  return (
    <Card>
      {done && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('wards.created', { name: done.name })}
          description={
            done.password && <span data-testid="first-admin-password">{t('wards.passwordOnce', done.password)}</span>
          }
          data-testid="ward-created"
        />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 560 }}>
        <Form.Item name="code" label={t('wards.code')} rules={[required]} extra={t('wards.codeHelp')}>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('wards.name')} rules={[required]}>
          <Input placeholder="Phường Lê Chân" />
        </Form.Item>
        <Form.Item name="kind" label={t('wards.kind')} rules={[required]} extra={t('wards.blockHelp')}>
          <Select
            options={(['ward', 'commune', 'special_zone'] as const).map((k) => ({
              value: k,
              label: t(`wards.kinds.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="adminUnitCode" label={t('wards.adminUnitCode')}>
          <Input />
        </Form.Item>
        <Form.Item name="agencyCode" label={t('wards.agencyCode')} extra={t('wards.agencyHelp')}>
          <Input />
        </Form.Item>
        <Form.Item name="templateCode" label={t('wards.template')} extra={t('wards.templateHelp')}>
          <Select allowClear options={(wards.data ?? []).map((w) => ({ value: w.code, label: w.name }))} />
        </Form.Item>
        <Form.Item label={t('wards.unitsFile')} extra={t('wards.unitsHelp')}>
          <Upload
            accept=".xlsx"
            maxCount={1}
            beforeUpload={(file) => {
              setUnitsFile(file);
              return false;
            }}
            onRemove={() => setUnitsFile(null)}
          >
            <Button>{t('wards.chooseFile')}</Button>
          </Upload>
        </Form.Item>
        <Form.Item name="adminUsername" label={t('wards.adminUsername')}>
          <Input />
        </Form.Item>
        <Form.Item name="adminFullName" label={t('wards.adminFullName')}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('wards.create')}
        </Button>
      </Form>
    </Card>
  );
}
