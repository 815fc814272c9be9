import { LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Dropdown, Grid, Layout, Menu, Space, Typography } from 'antd';
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
  // On a phone the header keeps the bell and shrinks the user button to its icon, so nothing is pushed off screen.
  const phone = !Grid.useBreakpoint().md;
  const selected = items.find((i) => i.path !== '/' && location.pathname.startsWith(i.path))?.key ?? 'home';
  // Ant Design's App (message, notification, modal hooks) only around officers' pages: a citizen's page does not
  // download it (ThemeProvider is in every page's shell).
  return (
    <AntApp>
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
          <Layout.Header
            style={{ background: '#fff', display: 'flex', justifyContent: 'flex-end', paddingInline: phone ? 12 : 24 }}
          >
            <Space size={phone ? 'small' : 'large'}>
              {canPickWard(me) && <WardPicker me={me} />}
              <NotificationBell />
              <LanguageSwitch />
              <Dropdown
                menu={{
                  items: [
                    {
                      key: 'account',
                      icon: <SettingOutlined />,
                      label: t('account.title'),
                      onClick: () => navigate('/tai-khoan'),
                    },
                    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), onClick: () => void logout() },
                  ],
                }}
              >
                <Button icon={<UserOutlined />} data-testid="user-menu" aria-label={me.user.fullName}>
                  {phone ? null : me.user.fullName}
                </Button>
              </Dropdown>
            </Space>
          </Layout.Header>
          <Layout.Content style={{ margin: phone ? 12 : 24, minWidth: 0 }}>
            <Outlet />
          </Layout.Content>
        </Layout>
      </Layout>
    </AntApp>
  );
}
