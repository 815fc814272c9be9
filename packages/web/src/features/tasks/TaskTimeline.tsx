import { Card, Empty, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { groupKey } from '../../i18n/keys';
import type { TimelineEntry } from './api';
import { formatMoment } from './TaskTags';

const COLORS: Record<string, string> = { accept: 'green', return: 'red', submit: 'blue', trigger: 'purple' };

function entryText(e: TimelineEntry, t: TFunction): string {
  const parts = [t(groupKey('tasks.entry', e.kind))];
  if (e.kind === 'progress' && e.progress !== null) parts.push(`${e.progress}%`);
  if (e.kind === 'progress' && e.status) parts.push(t(`tasks.status.${e.status}`));
  const data = e.data as { fileName?: string; number?: string; documentNumber?: string; contributionProgress?: number };
  if (e.kind === 'evidence') parts.push(data.fileName ?? data.number ?? '');
  if (e.kind === 'trigger' && data.documentNumber) parts.push(data.documentNumber);
  if (e.kind === 'accept') parts.push(e.status === 'completed' ? t('tasks.onTime') : t('tasks.late'));
  return parts.filter(Boolean).join(' · ');
}

/** The task's history, newest first: who did what, when, with their comment. */
export function TaskTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('tasks.detail.timeline')}>
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.detail.noTimeline')} />
      ) : (
        <Timeline
          items={entries.map((e) => ({
            key: e.id,
            color: COLORS[e.kind] ?? 'gray',
            children: (
              <div data-testid={`timeline-${e.kind}`}>
                <Typography.Text strong>{entryText(e, t)}</Typography.Text>
                <br />
                <Typography.Text type="secondary">
                  {formatMoment(e.at)} · {e.unit ? t('tasks.detail.by', { name: e.author, unit: e.unit }) : e.author}
                </Typography.Text>
                {e.comment ? <Typography.Paragraph style={{ margin: 0 }}>{e.comment}</Typography.Paragraph> : null}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
