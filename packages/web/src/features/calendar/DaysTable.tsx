import { App, Button, Form, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { type CalendarDay, type DayKind, useRemoveDay } from './api';
import { displayDate, noticeText } from './day-text';
import { NoticeFields } from './NoticeFields';

interface Row extends CalendarDay {
  kind: DayKind;
}

interface RemoveValues {
  noticeNumber: string;
  noticeTitle?: string;
}

/** Asks for the notice behind a removal; the server refuses a removal without its number. */
function RemoveDayModal({ row, onClose }: { row: Row | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RemoveValues>();
  const removeDay = useRemoveDay();

  const submit = async (values: RemoveValues) => {
    if (!row) return;
    try {
      const saved = await removeDay.mutateAsync({ kind: row.kind, date: row.date, ...values });
      message.success(t('calendar.add.saved', { version: saved.version, count: saved.recomputed.total }));
      onClose();
    } catch (e) {
      const general = showServerErrors(form, e, ['noticeNumber', 'noticeTitle']);
      if (general) message.error(general);
    }
  };

  return (
    <Modal
      open={row !== null}
      destroyOnHidden
      title={
        row &&
        t('calendar.remove.title', {
          kind: t(`calendar.kinds.${row.kind}`).toLocaleLowerCase(),
          date: displayDate(row.date),
        })
      }
      okText={t('calendar.remove.submit')}
      cancelText={t('calendar.remove.cancel')}
      okButtonProps={{ danger: true, loading: removeDay.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph>{t('calendar.remove.text')}</Typography.Paragraph>
      <Form<RemoveValues> form={form} name="remove-day" layout="vertical" onFinish={submit} preserve={false}>
        <NoticeFields />
      </Form>
    </Modal>
  );
}

/** Every day off and make-up day of the year in date order; the city admin can remove one. */
export function DaysTable(props: { daysOff: CalendarDay[]; makeUpDays: CalendarDay[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<Row | null>(null);
  const rows: Row[] = [
    ...props.daysOff.map((d): Row => ({ ...d, kind: 'day_off' })),
    ...props.makeUpDays.map((d): Row => ({ ...d, kind: 'working_day' })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const columns = [
    { title: t('calendar.days.date'), dataIndex: 'date', render: (date: string) => displayDate(date) },
    {
      title: t('calendar.days.kind'),
      dataIndex: 'kind',
      render: (kind: DayKind) => <Tag color={kind === 'day_off' ? 'red' : 'green'}>{t(`calendar.kinds.${kind}`)}</Tag>,
    },
    { title: t('calendar.days.reason'), dataIndex: 'reason' },
    { title: t('calendar.days.notice'), key: 'notice', render: (_: unknown, row: Row) => noticeText(row, t) },
    ...(props.canEdit
      ? [
          {
            key: 'actions',
            render: (_: unknown, row: Row) => (
              <Button size="small" danger onClick={() => setRemoving(row)}>
                {t('calendar.days.remove')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <Table<Row> rowKey="date" size="small" pagination={false} dataSource={rows} columns={columns} />
      <RemoveDayModal row={removing} onClose={() => setRemoving(null)} />
    </>
  );
}
