import { BellOutlined } from '@ant-design/icons';
import { formatShortDate } from '@cchc/domain';
import { Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { groupKey } from '../../i18n/keys';
import { type AppNotification, useMarkRead, useNotifications } from './api';

/** What a notification's data may hold: a task's figures, or the ids of the feedback, period or dossier. */
interface NotificationData {
  taskNo?: number | null;
  content?: string;
  workingDays?: number | null;
  feedbackId?: string;
  periodCode?: string;
  dossierId?: string;
  amendmentId?: string;
  deadline?: string;
  dueDate?: string;
}

/** The page a notification opens: its task, feedback, period report or dossier; the dashboard otherwise. */
function linkOf(n: AppNotification): string {
  const d = n.data as NotificationData;
  if (n.taskId) return `/nhiem-vu/${n.taskId}`;
  if (d.feedbackId) return `/phan-anh/${d.feedbackId}`;
  if (d.periodCode) return `/bao-cao/${d.periodCode}`;
  if (d.dossierId) return `/ho-so/${d.dossierId}`;
  if (d.amendmentId) return '/nhiem-vu/dieu-chinh';
  return '/thong-ke';
}

function NotificationText({ n }: { n: AppNotification }) {
  const { t } = useTranslation();
  const d = n.data as NotificationData;
  const deadline = d.deadline ? t(groupKey('notifications.feedbackDeadlines', d.deadline)) : '';
  const text = t(`notifications.kinds.${n.kind}`, {
    ...n.data,
    days: d.workingDays ?? '',
    due: formatShortDate(d.dueDate ?? null),
    deadline,
  });
  return (
    <Flex vertical>
      <Typography.Text strong={!n.read}>
        {text}
        {n.count > 1 ? ` (×${n.count})` : ''}
      </Typography.Text>
      {d.content ? (
        <Typography.Text type="secondary" ellipsis style={{ maxWidth: 320 }}>
          {d.taskNo ? `${t('notifications.task', { no: d.taskNo })}: ` : ''}
          {d.content}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** The bell in the header: the unread count, the latest notifications, a click opens what it is about and marks it read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const query = useNotifications();
  const markRead = useMarkRead();
  const unread = query.data?.unread ?? 0;
  const openItem = (n: AppNotification) => {
    if (!n.read) markRead.mutate({ ids: [n.id] });
    setOpen(false);
    navigate(linkOf(n));
  };
  const content = (
    <Flex vertical gap={8} style={{ width: 'min(380px, calc(100vw - 32px))' }}>
      {query.data?.items.length ? (
        <List
          size="small"
          style={{ maxHeight: 420, overflow: 'auto' }}
          dataSource={query.data.items}
          renderItem={(n) => (
            <List.Item style={{ cursor: 'pointer' }} onClick={() => openItem(n)} data-testid="notification-item">
              <NotificationText n={n} />
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      )}
      {unread > 0 ? (
        <Button size="small" onClick={() => markRead.mutate({ all: true })}>
          {t('notifications.markAll')}
        </Button>
      ) : null}
    </Flex>
  );
  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      title={t('notifications.title')}
      content={content}
      placement="bottomRight"
    >
      <Badge count={unread} size="small">
        <Button
          shape="circle"
          icon={<BellOutlined />}
          aria-label={t('notifications.open', { count: unread })}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
