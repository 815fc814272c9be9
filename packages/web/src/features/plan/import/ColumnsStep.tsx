import { Alert, Button, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppendixColumn, ImportPreview } from '../api';

const CHOICES: AppendixColumn[] = ['no', 'content', 'lead', 'coordinators', 'timeframe', 'product'];
const SKIP = 'skip';

/**
 * The appendix header was not understood ("Việc cần làm", "Hạn chót"…): the table's header cells are shown with
 * what each seems to be, and the user says which column is which. Nothing is stored until the server, previewing
 * again with the answer, reads every column.
 */
export function ColumnsStep(props: {
  preview: ImportPreview;
  busy: boolean;
  onApply: (columns: (AppendixColumn | null)[]) => void;
}) {
  const { t } = useTranslation();
  const header = props.preview.document.appendixHeader;
  const [draft, setDraft] = useState<(AppendixColumn | null)[]>(header?.columns ?? []);
  if (!header) return null;
  const rows = header.cells.map((cell, index) => ({ index, cell }));
  const complete = draft.includes('content') && draft.includes('no');
  const set = (index: number, value: string) =>
    setDraft(
      header.cells.map((_, i) =>
        i === index ? (value === SKIP ? null : (value as AppendixColumn)) : (draft[i] ?? null),
      ),
    );
  const columns = [
    { title: t('plan.import.columns.cell'), dataIndex: 'cell' },
    {
      title: t('plan.import.columns.meaning'),
      key: 'meaning',
      render: (_: unknown, row: { index: number; cell: string }) => (
        <Select
          style={{ minWidth: 220 }}
          value={draft[row.index] ?? SKIP}
          aria-label={t('plan.import.columns.meaningOf', { cell: row.cell })}
          options={[
            ...CHOICES.map((c) => ({ value: c, label: t(`plan.import.columns.kinds.${c}`) })),
            { value: SKIP, label: t('plan.import.columns.kinds.skip') },
          ]}
          onChange={(value: string) => set(row.index, value)}
        />
      ),
    },
  ];
  return (
    <Flex vertical gap={12} data-testid="plan-import-columns">
      <Alert type="warning" showIcon title={t('plan.import.columns.help')} />
      <Typography.Text type="secondary">{t('plan.import.line', { line: header.line })}</Typography.Text>
      <Table rowKey="index" size="small" pagination={false} dataSource={rows} columns={columns} />
      <div>
        <Button type="primary" disabled={!complete} loading={props.busy} onClick={() => props.onApply(draft)}>
          {t('plan.import.apply')}
        </Button>
      </div>
    </Flex>
  );
}
