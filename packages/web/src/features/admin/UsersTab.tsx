import { ROLES, type Role } from '@cchc/domain';
import { App, Button, Card, Form, Input, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { AccountsSheet } from './AccountsSheet';
import { type NewUser, type User, useCreateUser, useUnits, useUsers } from './api';
import { UserActions } from './UserActions';

// The ward admin creates ward accounts; city-wide roles are the city's to give.
const WARD_ROLES = ROLES.filter((r) => r !== 'city_admin');

/** The ward's accounts and a form for a new one (the server checks the same rules and answers field by field). */
export function UsersTab() {
  const { t } = useTranslation();
  const users = useUsers();
  const units = useUnits();
  const unitName = (id: string | null) => units.data?.find((u) => u.id === id)?.shortName ?? '';
  return (
    <>
      <NewUserForm />
      <AccountsSheet />
      <Table<User>
        rowKey="id"
        loading={users.isPending}
        dataSource={users.data ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('admin.username'), dataIndex: 'username' },
          { title: t('admin.fullName'), dataIndex: 'fullName' },
          { title: t('admin.unit'), render: (_: unknown, u: User) => unitName(u.unitId) },
          {
            title: t('admin.roles'),
            render: (_: unknown, u: User) => u.roles.map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>),
          },
          {
            title: t('admin.active'),
            render: (_: unknown, u: User) =>
              u.active ? <Tag color="green">{t('admin.active')}</Tag> : <Tag color="red">{t('admin.locked')}</Tag>,
          },
          { title: t('admin.actions'), render: (_: unknown, u: User) => <UserActions user={u} /> },
        ]}
      />
    </>
  );
}

function NewUserForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewUser>();
  const units = useUnits();
  const create = useCreateUser();
  const submit = async (values: NewUser) => {
    try {
      await create.mutateAsync({ ...values, email: values.email || undefined });
      void message.success(t('admin.created', { username: values.username }));
      form.resetFields();
    } catch (e) {
      const text = showServerErrors(form, e);
      if (text) void message.error(text);
    }
  };
  const required = { required: true, message: t('admin.required') };
  return (
    <Card title={t('admin.newUser')} style={{ marginBottom: 16 }}>
      <Form<NewUser> form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 560 }}>
        <Form.Item
          name="username"
          label={t('admin.username')}
          extra={t('admin.usernameRule')}
          rules={[required, { pattern: /^[a-z0-9._-]{3,60}$/, message: t('admin.usernameRule') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="fullName" label={t('admin.fullName')} rules={[required]}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="email" label={t('admin.email')}>
          <Input type="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('admin.password')}
          rules={[required, { min: 10, message: t('admin.passwordRule') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="roles" label={t('admin.roles')} rules={[required]}>
          <Select<Role[]> mode="multiple" options={WARD_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item name="unitId" label={t('admin.unit')}>
          <Select allowClear options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('admin.newUser')}
        </Button>
      </Form>
    </Card>
  );
}
