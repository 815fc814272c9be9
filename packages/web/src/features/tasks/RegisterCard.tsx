import { formatShortDate } from '@cchc/domain';
import { App, Button, Card, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type RegisterRecord, useLinkRecord, useTaskRegisters } from './register-api';

/** How far the recorded work has gone, in the register's own count. */
function useFigure() {
  const { t } = useTranslation();
  return (r: RegisterRecord): string | null => {
    if (r.done === null) return null;
    if (r.total !== null) return t('tasks.registers.concluded', { done: r.done, total: r.total });
    return t(r.kind === 'expired_list' ? 'tasks.registers.listed' : 'tasks.registers.reviewed', { done: r.done });
  };
}

function RecordLine({ r, action }: { r: RegisterRecord; action?: React.ReactNode }) {
  const { t } = useTranslation();
  const figure = useFigure()(r);
  const dated = [r.number, r.date ? formatShortDate(r.date) : null].filter(Boolean).join(' · ');
  return (
    <List.Item data-testid="register-record" actions={action ? [action] : []} style={{ flexWrap: 'wrap' }}>
      <List.Item.Meta
        title={
          <span style={{ overflowWrap: 'anywhere' }}>
            <Tag>{t(`tasks.registers.kinds.${r.kind}`)}</Tag>
            <Link to={r.url}>{r.title}</Link>
          </span>
        }
        description={[dated, figure].filter(Boolean).join(' — ')}
      />
    </List.Item>
  );
}

/**
 * The register work this task shows as evidence (legal reviews and documents, the expired list, self-inspections)
 * and the records of the plan's year it may serve, for the officer to link.
 */
export function RegisterCard({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const registers = useTaskRegisters(taskId);
  const link = useLinkRecord(taskId);
  const data = registers.data;
  if (!data || (data.linked.length === 0 && (!data.canLink || data.suggestions.length === 0))) return null;
  const add = (r: RegisterRecord) =>
    link.mutate(
      { kind: r.kind, recordId: r.id },
      { onSuccess: () => message.success(t('tasks.registers.linked')), onError: (e) => message.error(e.message) },
    );
  return (
    <Card size="small" title={t('tasks.registers.title')} data-testid="register-card">
      <Typography.Paragraph type="secondary">{t('tasks.registers.hint')}</Typography.Paragraph>
      {data.linked.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.registers.none')} />
      ) : (
        <List size="small" dataSource={data.linked} renderItem={(r) => <RecordLine r={r} />} />
      )}
      {data.canLink && data.suggestions.length > 0 ? (
        <>
          <Typography.Text strong>{t('tasks.registers.suggested')}</Typography.Text>
          <List
            size="small"
            dataSource={data.suggestions}
            renderItem={(r) => (
              <RecordLine
                r={r}
                action={
                  <Button size="small" loading={link.isPending} onClick={() => add(r)} data-testid="register-link">
                    {t('tasks.registers.link')}
                  </Button>
                }
              />
            )}
          />
        </>
      ) : null}
    </Card>
  );
}
