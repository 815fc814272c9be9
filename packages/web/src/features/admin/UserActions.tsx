import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type User, useResetPassword, useSetUserActive } from './api';

// No look-alike characters (0/O, 1/l/I): the password is read out or copied by hand.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random temporary password of 12 characters from the browser's cryptographic generator. */
export function temporaryPassword(length = 12): string {
  const bytes = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}

/** "Đặt lại mật khẩu" (the temporary password shown once) and "Khoá tài khoản" / "Mở khoá" of one account. */
export function UserActions({ user }: { user: User }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const reset = useResetPassword();
  const setActive = useSetUserActive();
  const fail = (e: unknown) => void message.error(e instanceof Error ? e.message : t('errors.generic'));
  const doReset = async () => {
    const password = temporaryPassword();
    try {
      await reset.mutateAsync({ id: user.id, password });
      modal.info({
        title: t('admin.resetDone', { username: user.username }),
        content: (
          <>
            <Typography.Paragraph copyable={{ text: password }} strong>
              <code data-testid="temporary-password">{password}</code>
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary">{t('admin.resetOnce')}</Typography.Paragraph>
          </>
        ),
      });
    } catch (e) {
      fail(e);
    }
  };
  const toggle = async (active: boolean) => {
    try {
      await setActive.mutateAsync({ id: user.id, active });
    } catch (e) {
      fail(e);
    }
  };
  return (
    <Space size="small" wrap>
      <Popconfirm
        okText={t('account.yes')}
        cancelText={t('account.no')}
        title={t('admin.resetConfirm', { username: user.username })}
        onConfirm={doReset}
      >
        <Button size="small" loading={reset.isPending}>
          {t('admin.resetPassword')}
        </Button>
      </Popconfirm>
      {user.active ? (
        <Popconfirm
          okText={t('account.yes')}
          cancelText={t('account.no')}
          title={t('admin.lockConfirm', { username: user.username })}
          onConfirm={() => toggle(false)}
        >
          <Button size="small" danger loading={setActive.isPending}>
            {t('admin.lock')}
          </Button>
        </Popconfirm>
      ) : (
        <Button size="small" loading={setActive.isPending} onClick={() => toggle(true)}>
          {t('admin.unlock')}
        </Button>
      )}
    </Space>
  );
}
