import { App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { type PasswordChange, useChangePassword } from './api';

interface Values extends PasswordChange {
  confirm: string;
}

/** Current, new and confirmed password; the server's field messages land next to their fields. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const submit = async ({ currentPassword, newPassword }: Values) => {
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      void message.success(t('account.changed'));
      form.resetFields();
      onChanged?.();
    } catch (e) {
      const text = showServerErrors(form, e);
      if (text) void message.error(text);
    }
  };
  const required = { required: true, message: t('admin.required') };
  return (
    <Card title={t('account.changePassword')} style={{ marginBottom: 16 }}>
      <Form<Values> form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 420 }}>
        <Form.Item name="currentPassword" label={t('account.currentPassword')} rules={[required]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {/* The length rule is the server's; it answers field by field when it is not met. */}
        <Form.Item
          name="newPassword"
          label={t('account.newPassword')}
          extra={t('admin.passwordRule')}
          rules={[required]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('account.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('account.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('account.submit')}
        </Button>
      </Form>
    </Card>
  );
}
