import { formatVietnamDateTime } from '@cchc/domain';
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarChange } from './api';
import { displayDate } from './day-text';

/** Who changed the year's national data, when, and on which notice: one row per stored version. */
export function ChangeLog({ changes }: { changes: CalendarChange[] }) {
  const { t } = useTranslation();
  const columns = [
    { title: t('calendar.changes.version'), dataIndex: 'version' },
    {
      title: t('calendar.changes.change'),
      key: 'change',
      render: (_: unknown, c: CalendarChange) =>
        t(`calendar.changes.${c.action}`, {
          kind: t(`calendar.kinds.${c.kind}`).toLocaleLowerCase(),
          date: displayDate(c.date),
        }),
    },
    {
      title: t('calendar.changes.notice'),
      key: 'notice',
      render: (_: unknown, c: CalendarChange) => [c.noticeNumber, c.noticeTitle].filter(Boolean).join(' – '),
    },
    { title: t('calendar.changes.by'), key: 'by', render: (_: unknown, c: CalendarChange) => c.changedBy?.name ?? '' },
    {
      title: t('calendar.changes.at'),
      dataIndex: 'changedAt',
      render: (at: string) => formatVietnamDateTime(at),
    },
  ];
  return (
    <Card size="small" title={t('calendar.changes.title')}>
      <Table<CalendarChange>
        rowKey="version"
        size="small"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={changes}
        columns={columns}
        locale={{ emptyText: t('calendar.changes.empty') }}
      />
    </Card>
  );
}
