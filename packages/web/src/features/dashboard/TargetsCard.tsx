import { formatShortDate, type TargetStatus } from '@cchc/domain';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { type MeasureView, type TargetView, useEnterTargetValue } from './api';

const STATUS_COLORS: Record<TargetStatus, string> = {
  met: 'success',
  missed: 'error',
  at_risk: 'warning',
  in_progress: 'processing',
};

type Row = MeasureView & { key: string; code: string; text: string; first: boolean; span: number };

const formatValue = (value: number | null, unit: string) =>
  value === null ? null : unit === 'rank' ? `#${value}` : `${value.toLocaleString('vi-VN')}${unit === '%' ? '%' : ''}`;

function Requirement({ m }: { m: MeasureView }) {
  const value = m.unit === 'rank' ? `top ${m.target}` : `${m.comparator} ${m.target}${m.unit === '%' ? '%' : ''}`;
  return <span>{value}</span>;
}

/** The value of a measure: the figure, the share's parts, the year-end projection for the task target. */
function Value({ m }: { m: MeasureView }) {
  const { t } = useTranslation();
  const r = m.reading;
  if (!r || (r.value === null && r.denominator === undefined))
    return <Typography.Text type="secondary">{t('dashboard.target.noValue')}</Typography.Text>;
  const projection = r.projection;
  return (
    <div>
      <Typography.Text strong>{formatValue(r.value, m.unit) ?? t('dashboard.na')}</Typography.Text>
      {r.denominator !== undefined ? (
        <Typography.Text type="secondary" data-testid={`target-figures-${m.metric}`}>
          {' '}
          ({r.numerator}/{r.denominator})
        </Typography.Text>
      ) : null}
      {projection ? (
        <Typography.Paragraph
          type="secondary"
          style={{ margin: 0, fontSize: 12 }}
          data-testid={`target-projection-${m.metric}`}
        >
          {t('dashboard.target.projection', {
            rate: formatValue(projection.value, '%') ?? t('dashboard.na'),
            done: projection.numerator,
            total: projection.denominator,
          })}
        </Typography.Paragraph>
      ) : null}
      {m.previousValue !== null ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
          {t('dashboard.target.previous', { value: formatValue(m.previousValue, m.unit) })}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}

function How({ m }: { m: MeasureView }) {
  const { t } = useTranslation();
  const r = m.reading;
  if (!r) return <span>{m.origin === 'entered' ? t('dashboard.method.notYet') : ''}</span>;
  if (r.origin === 'entered') {
    const date = formatShortDate(r.asOf);
    return (
      <span>
        {r.evidence?.number
          ? t('dashboard.method.enteredEvidence', { date, number: r.evidence.number })
          : t('dashboard.method.entered', { date })}
      </span>
    );
  }
  const figures = { numerator: r.numerator ?? '', denominator: r.denominator ?? '' };
  // A source registered later may bring a method the locale does not word yet: the generic line then.
  const fallback = t('dashboard.method.computed', figures);
  return <span>{t(`dashboard.method.${r.method}`, { ...figures, defaultValue: fallback })}</span>;
}

interface EntryValues {
  value: number;
  asOf: Dayjs;
  evidenceNumber?: string;
  evidenceDate?: Dayjs;
  note?: string;
}

function EntryDialog({ row, today, onClose }: { row: Row; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EntryValues>();
  const enter = useEnterTargetValue(row.code);
  const ok = async () => {
    const { asOf, evidenceDate, ...v } = await form.validateFields();
    try {
      await enter.mutateAsync({
        ...v,
        metric: row.metric,
        asOf: asOf.format('YYYY-MM-DD'),
        ...(evidenceDate ? { evidenceDate: evidenceDate.format('YYYY-MM-DD') } : {}),
      });
      onClose();
    } catch (e) {
      const general = showServerErrors(form, e, ['value', 'asOf', 'evidenceNumber', 'evidenceDate', 'note']);
      if (general) message.error(general);
    }
  };
  return (
    <Modal
      open
      title={t('dashboard.entry.title', { code: row.code })}
      okText={t('dashboard.entry.save')}
      onOk={ok}
      onCancel={onClose}
      confirmLoading={enter.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ asOf: dayjs(today) }}>
        <Form.Item label={t('dashboard.entry.metric')}>{row.metric}</Form.Item>
        <Form.Item name="value" label={t('dashboard.entry.value')} rules={[{ required: true }]}>
          <InputNumber style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="asOf" label={t('dashboard.entry.asOf')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="evidenceNumber" label={t('dashboard.entry.evidenceNumber')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="evidenceDate" label={t('dashboard.entry.evidenceDate')}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="note" label={t('dashboard.entry.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The plan's targets (chỉ tiêu), one row per measure: required, result, how it was obtained, status. */
export function TargetsCard({ targets, today, canEnter }: { targets: TargetView[]; today: string; canEnter: boolean }) {
  const { t } = useTranslation();
  const [entering, setEntering] = useState<Row | null>(null);
  const rows: Row[] = targets.flatMap((target) => {
    const measures = target.measures.length ? target.measures : [null];
    return measures.map((m, i) => ({
      ...(m ??
        ({
          metric: '',
          comparator: '>=',
          target: 0,
          unit: '',
          scope: null,
          baseline: null,
          origin: 'entered',
          reading: null,
          previousValue: null,
          status: target.status,
        } as MeasureView)),
      key: `${target.code}-${i}`,
      code: target.code,
      text: target.text,
      first: i === 0,
      span: measures.length,
    }));
  });
  const columns = [
    {
      title: t('dashboard.target.code'),
      width: 60,
      onCell: (r: Row) => ({ rowSpan: r.first ? r.span : 0 }),
      render: (_: unknown, r: Row) => r.code,
    },
    {
      title: '',
      onCell: (r: Row) => ({ rowSpan: r.first ? r.span : 0 }),
      render: (_: unknown, r: Row) => (
        <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ margin: 0 }}>
          {r.text}
        </Typography.Paragraph>
      ),
    },
    {
      title: t('dashboard.target.measure'),
      width: 90,
      render: (_: unknown, r: Row) => (r.metric ? <Requirement m={r} /> : null),
    },
    {
      title: t('dashboard.target.value'),
      width: 230,
      render: (_: unknown, r: Row) => (r.metric ? <Value m={r} /> : null),
    },
    { title: t('dashboard.target.how'), width: 220, render: (_: unknown, r: Row) => (r.metric ? <How m={r} /> : null) },
    {
      title: t('dashboard.target.status'),
      width: 150,
      render: (_: unknown, r: Row) => (
        <>
          <Tag color={STATUS_COLORS[r.status]} data-testid={r.metric ? `target-status-${r.metric}` : undefined}>
            {t(`dashboard.targetStatus.${r.status}`)}
          </Tag>
          {canEnter && r.metric && r.origin === 'entered' ? (
            <Button size="small" type="link" onClick={() => setEntering(r)}>
              {t('dashboard.target.enter')}
            </Button>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <Card size="small" title={t('dashboard.targets')}>
      <Table<Row> rowKey="key" size="small" pagination={false} dataSource={rows} columns={columns} bordered />
      {entering ? <EntryDialog row={entering} today={today} onClose={() => setEntering(null)} /> : null}
    </Card>
  );
}
