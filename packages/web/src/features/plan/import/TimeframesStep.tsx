import { Button, Flex, Form, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDecisions, ImportPreview } from '../api';

type Fix = ImportDecisions['timeframeFixes'][number];
interface Row {
  no: number;
  label: string;
  text: string;
  message: string | null;
}

/**
 * Timeframes the parser could not read get no date until fixed; the user writes them the way plans do
 * ("Quý II/2026", "Tháng 5/2026"). Any other task's timeframe can be corrected the same way.
 */
export function TimeframesStep(props: {
  preview: ImportPreview;
  fixes: Fix[];
  errors: Record<string, string>;
  busy: boolean;
  onApply: (fixes: Fix[]) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Fix[]>(props.fixes);
  const [extra, setExtra] = useState<number | null>(null);
  const tasks = props.preview.document.tasks;
  const numbers = [...props.preview.timeframeIssues.map((i) => i.no), ...draft.map((f) => f.no)].filter(
    (no, i, all) => all.indexOf(no) === i,
  );
  // Fixes are keyed by the task's position; the table shows the number as the document writes it.
  const byPosition = (no: number) => tasks.find((x) => x.position === no);
  const rows: Row[] = numbers.map((no) => ({
    no,
    label: String(byPosition(no)?.no ?? no),
    text: byPosition(no)?.timeframe.text ?? '',
    message: props.preview.timeframeIssues.find((i) => i.no === no)?.message ?? null,
  }));
  const set = (no: number, text: string) =>
    setDraft([...draft.filter((f) => f.no !== no), ...(text ? [{ no, text }] : [])]);
  const columns = [
    { title: t('plan.columns.no'), dataIndex: 'label', width: 56 },
    {
      title: t('plan.import.timeframes.current'),
      key: 'current',
      render: (_: unknown, row: Row) => (
        <>
          <div>{row.text}</div>
          {row.message && <Typography.Text type="danger">{row.message}</Typography.Text>}
        </>
      ),
    },
    {
      title: t('plan.import.timeframes.fixed'),
      key: 'fixed',
      render: (_: unknown, row: Row) => (
        <Form.Item
          style={{ margin: 0 }}
          validateStatus={props.errors[`timeframeFixes.${row.no}`] ? 'error' : undefined}
          help={props.errors[`timeframeFixes.${row.no}`]}
        >
          <Input
            aria-label={t('plan.import.timeframes.fixFor', { no: row.no })}
            placeholder="Quý II/2026"
            value={draft.find((f) => f.no === row.no)?.text ?? ''}
            onChange={(e) => set(row.no, e.target.value)}
          />
        </Form.Item>
      ),
    },
  ];
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary">
        {rows.length === 0 ? t('plan.import.timeframes.none') : t('plan.import.timeframes.help')}
      </Typography.Paragraph>
      {rows.length > 0 && (
        <Table<Row> rowKey="no" size="small" pagination={false} dataSource={rows} columns={columns} />
      )}
      <Flex gap={8} align="center">
        <Select
          style={{ width: 260 }}
          placeholder={t('plan.import.timeframes.other')}
          value={extra ?? undefined}
          options={tasks
            .filter((x) => !numbers.includes(x.position))
            .map((x) => ({ value: x.position, label: `${x.no}. ${x.timeframe.text}` }))}
          onChange={(no: number) => setExtra(no)}
        />
        <Button
          disabled={extra === null}
          onClick={() => {
            if (extra !== null) setDraft([...draft, { no: extra, text: byPosition(extra)?.timeframe.text ?? '' }]);
            setExtra(null);
          }}
        >
          {t('plan.import.timeframes.add')}
        </Button>
      </Flex>
      <div>
        <Button type="primary" loading={props.busy} onClick={() => props.onApply(draft)}>
          {t('plan.import.apply')}
        </Button>
      </div>
    </Flex>
  );
}
