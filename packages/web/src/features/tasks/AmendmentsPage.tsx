import { formatShortDate } from '@cchc/domain';
import { Button, Card, Input, Result, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { type Amendment, useAmendments, useDecideAmendment } from './amendments-api';
import { ProposeAmendment } from './ProposeAmendment';
import { formatMoment } from './TaskTags';

const STATUS_COLORS = { proposed: 'gold', approved: 'green', rejected: 'default' } as const;

/**
 * The chairman's decision: a note (the server requires it to reject) and the decision's number when the approval
 * is issued as one. A refusal shows under the field it names, anything else under the buttons.
 */
function Decision({ a }: { a: Amendment }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [decisionNumber, setDecisionNumber] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const decide = useDecideAmendment();
  const send = (approve: boolean) => {
    setErrors({});
    decide.mutate(
      {
        id: a.id,
        approve,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(approve && decisionNumber.trim() ? { decisionNumber: decisionNumber.trim() } : {}),
      },
      {
        onError: (e) =>
          setErrors(e instanceof ApiError && Object.keys(e.fields).length > 0 ? e.fields : { form: e.message }),
      },
    );
  };
  const fieldError = (name: string) =>
    errors[name] ? (
      <Typography.Text type="danger" data-testid={`error-${name}`}>
        {errors[name]}
      </Typography.Text>
    ) : null;
  return (
    <Space direction="vertical" size={4}>
      <Input.TextArea
        rows={1}
        aria-label={t('tasks.amend.note')}
        placeholder={t('tasks.amend.note')}
        status={errors.note ? 'error' : undefined}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      {fieldError('note')}
      <Input
        aria-label={t('tasks.amend.decisionNumber')}
        placeholder={t('tasks.amend.decisionNumber')}
        status={errors.decisionNumber ? 'error' : undefined}
        value={decisionNumber}
        onChange={(e) => setDecisionNumber(e.target.value)}
      />
      {fieldError('decisionNumber')}
      <Space>
        <Button type="primary" size="small" loading={decide.isPending} onClick={() => send(true)}>
          {t('tasks.amend.approve')}
        </Button>
        <Button size="small" loading={decide.isPending} onClick={() => send(false)}>
          {t('tasks.amend.reject')}
        </Button>
      </Space>
      {fieldError('form')}
    </Space>
  );
}

/** What a proposal is about: the task as it was and, for a change, its new content and due date. */
function Subject({ a }: { a: Amendment }) {
  const { t } = useTranslation();
  const name = a.before?.content ?? a.proposal.content ?? '';
  const due = a.proposal.dueDate ? ` → ${formatShortDate(a.proposal.dueDate)}` : '';
  return (
    <Space direction="vertical" size={0}>
      {a.taskId ? (
        <Link to={`/nhiem-vu/${a.taskId}`}>{`${a.before?.no ? `${a.before.no}. ` : ''}${name}`}</Link>
      ) : (
        <span>{name}</span>
      )}
      {a.action === 'change' ? (
        <Typography.Text type="secondary">
          {a.proposal.content !== a.before?.content ? a.proposal.content : ''}
          {a.before?.due_date ? ` ${formatShortDate(a.before.due_date)}${due}` : due}
        </Typography.Text>
      ) : null}
      {a.appliedVersion ? (
        <Typography.Text type="secondary">{t('tasks.amend.version', { version: a.appliedVersion })}</Typography.Text>
      ) : null}
    </Space>
  );
}

/** Single-task amendments of the plan in use: proposals by units and the coordinator, decided by the chairman. */
export function AmendmentsPage() {
  const { t } = useTranslation();
  const query = useAmendments();
  if (query.isError) return <Result status="error" title={t('errors.generic')} />;
  const data = query.data;
  const columns = [
    {
      title: t('tasks.amend.columns.action'),
      width: 100,
      render: (_: unknown, a: Amendment) => t(`tasks.amend.actions.${a.action}`),
    },
    { title: t('tasks.amend.columns.task'), render: (_: unknown, a: Amendment) => <Subject a={a} /> },
    { title: t('tasks.amend.columns.reason'), dataIndex: 'reason', width: 220 },
    {
      title: t('tasks.amend.columns.by'),
      width: 200,
      render: (_: unknown, a: Amendment) =>
        `${a.proposedBy ?? ''}${a.unit ? `, ${a.unit}` : ''} · ${formatMoment(a.proposedAt)}`,
    },
    {
      title: t('tasks.amend.columns.status'),
      width: 220,
      render: (_: unknown, a: Amendment) =>
        a.status === 'proposed' && data?.canDecide ? (
          <Decision a={a} />
        ) : (
          <Space direction="vertical" size={0}>
            <Tag color={STATUS_COLORS[a.status]}>{t(`tasks.amend.statuses.${a.status}`)}</Tag>
            {a.decisionNumber ? <Typography.Text>{a.decisionNumber}</Typography.Text> : null}
            {a.decisionNote ? <Typography.Text type="secondary">{a.decisionNote}</Typography.Text> : null}
          </Space>
        ),
    },
  ];
  return (
    <Card title={t('tasks.amend.title')} extra={data?.canPropose ? <ProposeAmendment task={null} /> : null}>
      <Table<Amendment>
        rowKey="id"
        size="small"
        loading={query.isFetching}
        dataSource={data?.items ?? []}
        columns={columns}
        locale={{ emptyText: t('tasks.amend.empty') }}
        pagination={false}
      />
    </Card>
  );
}
