import { formatVietnamDateTime } from '@cchc/domain';
import { App, Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type OwnSession, useOwnSessions, useRevokeSession } from './api';

/** The user's own sessions; any but the current one can be ended (a phone left logged in). */
export function SessionsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const sessions = useOwnSessions(true);
  const revoke = useRevokeSession();
  const end = async (id: string) => {
    try {
      await revoke.mutateAsync(id);
      void message.success(t('account.sessionEnded'));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : t('errors.generic'));
    }
  };
  return (
    <Card title={t('account.sessions')}>
      <Table<OwnSession>
        rowKey="id"
        loading={sessions.isPending}
        dataSource={sessions.data ?? []}
        pagination={false}
        columns={[
          { title: t('account.device'), render: (_: unknown, s: OwnSession) => s.userAgent ?? '' },
          { title: t('account.address'), dataIndex: 'ip' },
          { title: t('account.since'), render: (_: unknown, s: OwnSession) => formatVietnamDateTime(s.createdAt) },
          { title: t('account.lastSeen'), render: (_: unknown, s: OwnSession) => formatVietnamDateTime(s.lastSeenAt) },
          {
            title: '',
            render: (_: unknown, s: OwnSession) =>
              s.current ? (
                <Tag color="green">{t('account.current')}</Tag>
              ) : (
                <Popconfirm
                  okText={t('account.yes')}
                  cancelText={t('account.no')}
                  title={t('account.endSessionConfirm')}
                  onConfirm={() => end(s.id)}
                >
                  <Button size="small" danger>
                    {t('account.endSession')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
}
