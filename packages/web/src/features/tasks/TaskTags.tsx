import type { TaskStatus } from '@cchc/domain';
import { formatVietnamDateTime } from '@cchc/domain';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { groupKey } from '../../i18n/keys';
import type { Task } from './api';

const STATUS_COLORS: Record<TaskStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  completed: 'success',
  completed_late: 'warning',
  not_done: 'default',
};

/** The status of a task, and where its completion stands when it is waiting or was returned. */
export function StatusTag({ task }: { task: Pick<Task, 'status' | 'review'> }) {
  const { t } = useTranslation();
  const waiting = task.review === 'pending_acceptance' || task.review === 'pending_unit_head';
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLORS[task.status]}>{t(`tasks.status.${task.status}`)}</Tag>
      {(waiting || task.review === 'returned') && task.review ? (
        <Tag color={task.review === 'returned' ? 'red' : 'gold'}>{t(groupKey('tasks.review', task.review))}</Tag>
      ) : null}
    </Space>
  );
}

/** The alerts of a task: overdue, due soon, update missing, waiting for a trigger. */
export function FlagTags({ task }: { task: Pick<Task, 'flags'> }) {
  const { t } = useTranslation();
  const f = task.flags;
  const tags: [boolean, string, string][] = [
    [f.overdue, 'red', t('tasks.flags.overdue', { days: f.workingDaysOverdue })],
    [f.dueSoon, 'orange', t('tasks.flags.dueSoon', { days: f.workingDaysLeft })],
    [f.updateMissing, 'volcano', t('tasks.flags.updateMissing', { period: f.missingPeriod })],
    [f.updateDueSoon, 'orange', t('tasks.flags.updateDueSoon')],
    [f.awaitingTrigger, 'blue', t('tasks.flags.awaitingTrigger')],
  ];
  return (
    <Space size={4} wrap>
      {tags
        .filter(([on]) => on)
        .map(([, color, text]) => (
          <Tag key={text} color={color}>
            {text}
          </Tag>
        ))}
    </Space>
  );
}

/** An instant in Vietnam's time, `dd/MM/yyyy HH:mm`. */
export const formatMoment = (iso: string) => formatVietnamDateTime(iso);
