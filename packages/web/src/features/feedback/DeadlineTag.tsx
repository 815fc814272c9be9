import { formatVietnamDateTime } from '@cchc/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PendingDeadline } from './api';

const COLORS = { within: 'green', due_soon: 'orange', overdue: 'red' } as const;

/** A pending deadline: what is due, when, and whether it is close or past. */
export function DeadlineTag({ deadline }: { deadline: PendingDeadline }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[deadline.state]} title={t(`feedback.deadlineStates.${deadline.state}`)}>
      {t(`feedback.deadlines.${deadline.kind}`)}: {formatVietnamDateTime(deadline.due)}
    </Tag>
  );
}

/** The colour of a status tag. */
export const STATUS_COLORS: Record<string, string> = {
  received: 'blue',
  info_requested: 'orange',
  awaiting_approval: 'purple',
  answered: 'cyan',
  published: 'green',
  rejected: 'default',
  transferred_out: 'default',
};
