import { Collapse, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanChanges, TaskSnapshot } from './api';

const label = (s: TaskSnapshot) => (s.no !== null ? `${s.no}. ${s.content}` : `${s.sourceRef ?? ''} ${s.content}`);

/** One changed cell: the old text struck through, the new one after it. */
function FieldChange({
  field,
  before,
  after,
}: {
  field: keyof TaskSnapshot;
  before: TaskSnapshot;
  after: TaskSnapshot;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Text type="secondary">{t(`plan.fields.${field}`)}: </Typography.Text>
      <Typography.Text delete>{String(before[field] ?? '')}</Typography.Text>
      {' → '}
      <Typography.Text strong>{String(after[field] ?? '')}</Typography.Text>
    </div>
  );
}

/**
 * What a version changes: tasks added, removed and edited (cell by cell). A task matched across versions keeps
 * its updates and evidence; a removed one stays readable in the earlier versions.
 */
export function ChangesView({ changes }: { changes: PlanChanges }) {
  const { t } = useTranslation();
  const { added, removed, edited, unchanged } = changes;
  if (added.length + removed.length + edited.length === 0) {
    return <Empty description={t('plan.changes.none', { count: unchanged })} />;
  }
  const items = [
    {
      key: 'added',
      label: <Tag color="green">{t('plan.changes.added', { count: added.length })}</Tag>,
      children: <List size="small" dataSource={added} renderItem={(s) => <List.Item>{label(s)}</List.Item>} />,
    },
    {
      key: 'removed',
      label: <Tag color="red">{t('plan.changes.removed', { count: removed.length })}</Tag>,
      children: <List size="small" dataSource={removed} renderItem={(s) => <List.Item>{label(s)}</List.Item>} />,
    },
    {
      key: 'edited',
      label: <Tag color="gold">{t('plan.changes.edited', { count: edited.length })}</Tag>,
      children: (
        <List
          size="small"
          dataSource={edited}
          renderItem={(e) => (
            <List.Item>
              <div>
                <strong>{label(e.after)}</strong>
                {e.fields.map((f) => (
                  <FieldChange key={f} field={f} before={e.before} after={e.after} />
                ))}
              </div>
            </List.Item>
          )}
        />
      ),
    },
  ].filter((_, i) => [added, removed, edited][i]?.length);
  return (
    <div data-testid="plan-changes">
      <Typography.Paragraph type="secondary">{t('plan.changes.unchanged', { count: unchanged })}</Typography.Paragraph>
      <Collapse size="small" items={items} defaultActiveKey={items.map((i) => i.key)} />
    </div>
  );
}
