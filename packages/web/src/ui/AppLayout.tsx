import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { type Me, useLogout } from '../api/session';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';
import { navItemsFor } from './nav-items';
import { canPickWard, WardPicker } from './WardPicker';

/** The frame of every logged-in page: navigation on the left, tenant, language and user on top. */
export function AppLayout({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const logout = useLogout();
  const items = navItemsFor(me.capabilities);
  const selected = items.find((i) => i.path !== '/' && location.pathname.startsWith(i.path))?.key ?? 'home';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={220}>
        <div style={{ padding: 16 }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#b71c1c' }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{me.tenant.name}</Typography.Text>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[selected]}
          items={items.map((i) => ({ key: i.key, label: t(i.labelKey) }))}
          onClick={({ key }) => navigate(items.find((i) => i.key === key)?.path ?? '/')}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', display: 'flex', justifyContent: 'flex-end', paddingInline: 24 }}>
          <Space size="large">
            {canPickWard(me) && <WardPicker me={me} />}
            <NotificationBell />
            <LanguageSwitch />
            <Dropdown
              menu={{
                items: [
                  { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), onClick: () => void logout() },
                ],
              }}
            >
              <Button icon={<UserOutlined />} data-testid="user-menu">
                {me.user.fullName}
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
