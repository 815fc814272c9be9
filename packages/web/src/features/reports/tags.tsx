import type { SubmissionStatus, SubmissionTiming } from '@cchc/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATUS_COLOURS: Record<SubmissionStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  accepted: 'success',
};

/** A unit's report status as a coloured tag. */
export function SubmissionStatusTag({ status, testId }: { status: SubmissionStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid={testId}>
      {t(`reports.statuses.${status}`)}
    </Tag>
  );
}

/** The timing against the due date; only late and overdue stand out. */
export function TimingTag({ timing }: { timing: SubmissionTiming }) {
  const { t } = useTranslation();
  const colour = timing === 'late' || timing === 'overdue' ? 'red' : timing === 'on_time' ? 'green' : 'default';
  return <Tag color={colour}>{t(`reports.timing.${timing}`)}</Tag>;
}
