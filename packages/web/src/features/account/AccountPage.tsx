import { Alert, App as AntApp, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Me, useLogout } from '../../api/session';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { ChangePasswordForm } from './ChangePasswordForm';
import { MailSettingsCard } from './MailSettingsCard';
import { SessionsCard } from './SessionsCard';

/** "Tài khoản": change one's password and see or end one's sessions. */
export function AccountPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3}>{t('account.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {me.user.fullName} ({me.user.username})
      </Typography.Paragraph>
      <ChangePasswordForm />
      <MailSettingsCard />
      <SessionsCard />
    </>
  );
}

/**
 * The only page of a user whose password is temporary: outside the app's frame, since every other route (the
 * bell's notifications too) answers 403 until the password is changed.
 */
export function ForcedPasswordPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <AntApp>
      <Layout style={{ minHeight: '100vh', padding: 24, alignItems: 'center' }}>
        <div style={{ width: '100%', maxWidth: 520 }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 16 }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('account.title')}
            </Typography.Title>
            <LanguageSwitch />
          </div>
          <Alert
            type="warning"
            showIcon
            message={t('account.mustChange', { name: me.user.fullName })}
            style={{ marginBottom: 16 }}
          />
          <ChangePasswordForm onChanged={() => navigate('/', { replace: true })} />
          <Typography.Link onClick={() => void logout()}>{t('auth.logout')}</Typography.Link>
        </div>
      </Layout>
    </AntApp>
  );
}
