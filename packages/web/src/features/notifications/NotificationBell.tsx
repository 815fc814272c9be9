import { BellOutlined } from '@ant-design/icons';
import { formatShortDate, notificationPath } from '@cchc/domain';
import { Badge, Button, Empty, Flex, List, message, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { groupKey } from '../../i18n/keys';
import { type AppNotification, useMarkRead, useNotifications } from './api';

function NotificationText({ n }: { n: AppNotification }) {
  const { t } = useTranslation();
  const d = n.data;
  const deadline =
    n.kind === 'feedback_deadline' ? t(groupKey('notifications.feedbackDeadlines', n.data.deadline)) : '';
  const text = t(`notifications.kinds.${n.kind}`, {
    ...d,
    days: 'workingDays' in d ? (d.workingDays ?? '') : '',
    due: formatShortDate('dueDate' in d ? d.dueDate : null),
    deadline,
  });
  // Tasks (and a proposed amendment of one) show the task under the text.
  const task = 'content' in d ? d : null;
  return (
    <Flex vertical>
      <Typography.Text strong={!n.read}>
        {text}
        {n.count > 1 ? ` (×${n.count})` : ''}
      </Typography.Text>
      {task?.content ? (
        <Typography.Text type="secondary" ellipsis style={{ maxWidth: 320 }}>
          {task.taskNo ? `${t('notifications.task', { no: task.taskNo })}: ` : ''}
          {task.content}
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
    if (!n.read) markRead.mutate({ ids: [n.id] }, { onError: (e) => void message.error(e.message) });
    setOpen(false);
    navigate(notificationPath(n));
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
        <Button
          size="small"
          loading={markRead.isPending}
          onClick={() => markRead.mutate({ all: true }, { onError: (e) => void message.error(e.message) })}
        >
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
