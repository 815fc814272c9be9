import { Alert, Button, Flex, Input, Modal, message, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverToday } from '../../api/clock';
import { type InboxRow, useInbox, useInboxActions } from './work-api';

const STATUS_COLOURS: Record<InboxRow['status'], string> = {
  on_time: 'green',
  sent_late: 'orange',
  returned: 'purple',
  late: 'red',
  pending: 'blue',
  not_in_plan: 'default',
};

function reportPeriods(): string[] {
  const year = Number(serverToday().slice(0, 4));
  return [year, year - 1].flatMap((y) => [`${y}-Q1`, `${y}-Q2`, `${y}-H1`, `${y}-Q3`, String(y)]);
}

/** The city's inbox of consolidated reports: who sent by the due date, the document, returns and reminders. */
export function InboxPanel({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(`${serverToday().slice(0, 4)}-Q1`);
  const inbox = useInbox(period);
  const { giveBack, remind } = useInboxActions(period);
  const [returning, setReturning] = useState<InboxRow | null>(null);
  const [comment, setComment] = useState('');
  // A refusal (the report is no longer sent, the comment too long…) stays in the dialog with the server's words.
  const sendBack = () => {
    if (!returning) return;
    giveBack.mutate(
      { code: returning.code, comment },
      {
        onSuccess: () => {
          setReturning(null);
          setComment('');
        },
      },
    );
  };
  const remindLate = () =>
    remind.mutate(undefined, {
      onSuccess: (r) => void message.success(t('city.inbox.reminded', { count: r.reminded.length })),
      onError: (e) => void message.error(e.message),
    });
  return (
    <>
      <Flex gap={16} wrap style={{ marginBottom: 16 }}>
        <Select value={period} onChange={setPeriod} options={reportPeriods().map((p) => ({ value: p, label: p }))} />
        {canManage && (
          <Button onClick={remindLate} loading={remind.isPending}>
            {t('city.inbox.remind')}
          </Button>
        )}
      </Flex>
      <Table<InboxRow>
        rowKey="code"
        size="small"
        pagination={false}
        loading={inbox.isPending}
        dataSource={inbox.data?.rows ?? []}
        columns={[
          { title: t('city.ward'), dataIndex: 'name' },
          {
            title: t('city.inbox.status'),
            key: 'status',
            render: (_, r) => <Tag color={STATUS_COLOURS[r.status]}>{t(`city.inbox.statuses.${r.status}`)}</Tag>,
          },
          { title: t('city.dueDate'), dataIndex: 'dueDate' },
          { title: t('city.sentOn'), key: 'sent', render: (_, r) => (r.sentOn ? `${r.sentOn} (${r.number})` : '') },
          { title: t('city.inbox.comment'), key: 'comment', render: (_, r) => r.returned?.comment ?? '' },
          {
            title: '',
            key: 'actions',
            render: (_, r) =>
              r.version !== null && (
                <Flex gap={8}>
                  <a href={`/api/v1/city/inbox/${r.code}/${period}/document.docx`}>{t('city.inbox.download')}</a>
                  {canManage && (
                    <Button size="small" onClick={() => setReturning(r)}>
                      {t('city.inbox.return')}
                    </Button>
                  )}
                </Flex>
              ),
          },
        ]}
      />
      <Modal
        open={returning !== null}
        title={`${t('city.inbox.return')}: ${returning?.name ?? ''}`}
        onCancel={() => {
          setReturning(null);
          giveBack.reset();
        }}
        onOk={sendBack}
        okButtonProps={{ disabled: comment.trim() === '', loading: giveBack.isPending }}
      >
        <Input.TextArea
          aria-label={t('city.inbox.comment')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          rows={4}
        />
        {giveBack.error && <Alert type="error" showIcon title={giveBack.error.message} style={{ marginTop: 12 }} />}
      </Modal>
    </>
  );
}
