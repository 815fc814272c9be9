import { Button, Checkbox, Empty, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDecisions, ImportPreview } from '../api';

type Mapping = ImportDecisions['unitMappings'][number];
interface Row {
  name: string;
  tasks: (number | string)[];
}

/**
 * Names no unit answers to ("Phòng VHXXH", "Hội Luật gia"): the user maps each to one of the ward's units, or
 * leaves it as an outside body. A mapped name can be kept as an alias, so the next import knows it.
 */
export function UnitsStep(props: {
  preview: ImportPreview;
  mappings: Mapping[];
  busy: boolean;
  onApply: (mappings: Mapping[]) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Mapping[]>(props.mappings);
  const rows: Row[] = [
    ...props.mappings.map((m) => ({ name: m.name, tasks: [] })),
    ...props.preview.unknownUnits.filter((u) => !props.mappings.some((m) => m.name === u.name)),
  ];
  const set = (name: string, change: Partial<Mapping>) => {
    const current = draft.find((m) => m.name === name) ?? { name, unitId: '', addAlias: true };
    const next = { ...current, ...change };
    setDraft([...draft.filter((m) => m.name !== name), ...(next.unitId ? [next] : [])]);
  };
  if (rows.length === 0) return <Empty description={t('plan.import.units.none')} />;
  const columns = [
    { title: t('plan.import.units.name'), dataIndex: 'name' },
    {
      title: t('plan.import.units.tasks'),
      dataIndex: 'tasks',
      render: (tasks: (number | string)[]) => tasks.join(', '),
    },
    {
      title: t('plan.import.units.unit'),
      key: 'unit',
      render: (_: unknown, row: Row) => (
        <Select
          allowClear
          style={{ minWidth: 260 }}
          placeholder={t('plan.import.units.outside')}
          value={draft.find((m) => m.name === row.name)?.unitId || undefined}
          options={props.preview.units.map((u) => ({ value: u.id, label: u.name }))}
          onChange={(unitId: string | undefined) => set(row.name, { unitId: unitId ?? '' })}
          aria-label={t('plan.import.units.unitFor', { name: row.name })}
        />
      ),
    },
    {
      title: t('plan.import.units.alias'),
      key: 'alias',
      render: (_: unknown, row: Row) => (
        <Checkbox
          checked={draft.find((m) => m.name === row.name)?.addAlias ?? true}
          disabled={!draft.some((m) => m.name === row.name)}
          onChange={(e) => set(row.name, { addAlias: e.target.checked })}
        />
      ),
    },
  ];
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary">{t('plan.import.units.help')}</Typography.Paragraph>
      <Table<Row> rowKey="name" size="small" pagination={false} dataSource={rows} columns={columns} />
      <div>
        <Button type="primary" loading={props.busy} onClick={() => props.onApply(draft)}>
          {t('plan.import.apply')}
        </Button>
      </div>
    </Flex>
  );
}
