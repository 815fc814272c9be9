import { App, Button, Card, Form, Input, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { type MailSettings, useMailSettings, useSaveMailSettings } from './api';

interface Values {
  email: string;
  emailNotifications: boolean;
}

/** The user's choice to receive their to-do and notification items by e-mail too (off unless they turn it on). */
export function MailSettingsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const current = useMailSettings();
  const save = useSaveMailSettings();
  if (!current.data) return null;
  const submit = async (values: Values) => {
    const body: MailSettings = { email: values.email?.trim() || null, emailNotifications: values.emailNotifications };
    try {
      await save.mutateAsync(body);
      void message.success(t('account.mailSaved'));
    } catch (e) {
      const text = showServerErrors(form, e, ['email', 'emailNotifications']);
      if (text) void message.error(text);
    }
  };
  return (
    <Card title={t('account.mailTitle')} style={{ marginBottom: 16 }} data-testid="mail-settings">
      <Typography.Paragraph type="secondary">{t('account.mailHint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        style={{ maxWidth: 420 }}
        initialValues={{ email: current.data.email ?? '', emailNotifications: current.data.emailNotifications }}
      >
        <Form.Item name="email" label={t('account.mailAddress')}>
          <Input type="email" autoComplete="email" maxLength={200} />
        </Form.Item>
        <Form.Item name="emailNotifications" label={t('account.mailOn')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Button htmlType="submit" loading={save.isPending}>
          {t('account.mailSave')}
        </Button>
      </Form>
    </Card>
  );
}
