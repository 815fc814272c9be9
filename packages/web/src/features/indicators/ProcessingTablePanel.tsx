import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupKey } from '../../i18n/keys';
import { type ProcessingCounts, type ProcessingTable, useProcessingTable } from './api';
import { PeriodPicker, thisMonth } from './PeriodPicker';

const COUNT_COLUMNS: (keyof ProcessingCounts)[] = [
  'received',
  'online',
  'inPersonOrPost',
  'carriedOver',
  'processed',
  'early',
  'onTime',
  'late',
  'processing',
  'withinDeadline',
  'overdue',
];

type Row = ProcessingTable['rows'][number];

/** Form II.06a for a period, by unit, field or both, its invariants checked, and its .xlsx export. */
export function ProcessingTablePanel() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(thisMonth());
  const [grouping, setGrouping] = useState('unit_and_field');
  const table = useProcessingTable(period, grouping);
  const total: Row | null = table.data
    ? { unitId: null, unitName: t('indicators.processing.total'), field: null, counts: table.data.total }
    : null;
  return (
    <Flex vertical gap={12}>
      <Flex gap={16} wrap align="center">
        <PeriodPicker value={period} onChange={setPeriod} />
        <Select
          value={grouping}
          onChange={setGrouping}
          style={{ width: 220 }}
          options={['unit', 'field', 'unit_and_field'].map((g) => ({
            value: g,
            label: t(groupKey('indicators.processing.groupings', g)),
          }))}
        />
        <a href={`/api/v1/statistics/processing-table.xlsx?period=${period}&grouping=${grouping}`}>
          <Button icon={<DownloadOutlined />}>{t('indicators.processing.export')}</Button>
        </a>
      </Flex>
      <Table<Row>
        size="small"
        bordered
        rowKey={(r) => `${r.unitId ?? ''}|${r.field ?? ''}|${r.unitName ?? ''}`}
        loading={table.isPending}
        pagination={false}
        scroll={{ x: true }}
        dataSource={[...(table.data?.rows ?? []), ...(total ? [total] : [])]}
        columns={[
          { title: t('indicators.processing.unit'), key: 'unit', render: (_, r) => r.unitName ?? '—' },
          { title: t('indicators.processing.field'), key: 'field', render: (_, r) => r.field ?? '—' },
          ...COUNT_COLUMNS.map((c) => ({
            title: t(`indicators.processing.columns.${c}`),
            key: c,
            render: (_: unknown, r: Row) => r.counts[c],
          })),
        ]}
      />
      {table.data && (
        <Typography.Text>{t('indicators.processing.apologies', { count: table.data.apologiesIssued })}</Typography.Text>
      )}
      {table.data?.problems.length === 0 ? (
        <Alert type="success" showIcon title={t('indicators.processing.ok')} />
      ) : (
        table.data?.problems.map((p) => (
          <Alert key={`${p.row}-${p.message}`} type="warning" showIcon title={p.message} />
        ))
      )}
    </Flex>
  );
}
