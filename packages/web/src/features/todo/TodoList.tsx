import { formatShortDate } from '@cchc/domain';
import { Alert, Badge, Card, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTodo } from './api';

/** "Việc cần làm": what the person must do now, most urgent first, each with its deadline and a link. */
export function TodoList() {
  const { t } = useTranslation();
  const query = useTodo();
  const items = query.data?.items ?? [];
  return (
    <Card
      title={
        <span data-testid="todo-title">
          {t('todo.title')} <Badge count={items.length} color="#b71c1c" />
        </span>
      }
      style={{ marginBottom: 24 }}
      data-testid="todo-list"
    >
      {query.isError ? <Alert type="error" showIcon message={t('todo.failed')} /> : null}
      {items.length === 0 && !query.isLoading ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('todo.empty')} />
      ) : (
        <List
          loading={query.isLoading}
          dataSource={items}
          renderItem={(item) => (
            <List.Item data-testid="todo-item">
              <List.Item.Meta
                title={
                  <Link to={item.link} style={{ overflowWrap: 'anywhere' }}>
                    {item.title}
                    {item.count > 1 ? ` (×${item.count})` : ''}
                  </Link>
                }
                description={
                  item.deadline ? (
                    <Typography.Text type={item.overdue ? 'danger' : 'secondary'}>
                      {t(item.overdue ? 'todo.overdueSince' : 'todo.deadline', {
                        date: formatShortDate(item.deadline),
                      })}
                    </Typography.Text>
                  ) : null
                }
              />
              {item.overdue ? <Tag color="red">{t('todo.overdue')}</Tag> : null}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
