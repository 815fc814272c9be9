import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import type { ApiResponse } from '../../api/types';

interface Credentials {
  username: string;
  password: string;
}

// Why a login through the province's provider came back without a session (the server's redirect says).
const OIDC_ERRORS = { failed: 'auth.oidcFailed', unknown: 'auth.oidcUnknown' } as const;

function oidcErrorKey(): (typeof OIDC_ERRORS)[keyof typeof OIDC_ERRORS] | null {
  const reason = new URLSearchParams(window.location.search).get('oidc');
  return reason === 'failed' || reason === 'unknown' ? OIDC_ERRORS[reason] : null;
}

/**
 * Password login; the server's message (wrong password, too many attempts) is shown as it comes. The province's
 * single sign-on button shows only when the server has it configured.
 */
export function LoginPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const oidc = useQuery({
    queryKey: ['auth-oidc'],
    queryFn: () => api<ApiResponse<'/api/v1/auth/oidc'>>('/auth/oidc'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const oidcError = oidcErrorKey();
  const [error, setError] = useState<string | null>(oidcError ? t(oidcError) : null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Credentials) => {
    setBusy(true);
    setError(null);
    try {
      await api('/auth/login', { method: 'POST', body: values, lang: i18n.language });
      await client.invalidateQueries({ queryKey: ['me'] });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ marginBottom: 0 }}>
          {t('auth.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('auth.subtitle')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, message: t('auth.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('auth.submit')}
          </Button>
        </Form>
        {oidc.data?.enabled && (
          <>
            <Divider plain />
            <Button block href="/api/v1/auth/oidc/start">
              {t('auth.oidc')}
            </Button>
          </>
        )}
      </Card>
    </div>
  );
}
