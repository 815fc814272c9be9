import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParsedPlan, ParsedTask } from '../api';
import { lines, TimeframeCell } from '../TaskTable';

/** A lead or coordinator cell as read: known units in blue, a group in grey, unknown names in red. */
function CellUnits({ cell }: { cell: ParsedTask['lead'] }) {
  return (
    <>
      <div>{cell.text}</div>
      {cell.units.map((u) => (
        <Tag key={u} color="blue">
          {u}
        </Tag>
      ))}
      {cell.group && <Tag>{cell.group}</Tag>}
      {cell.unknown.map((u) => (
        <Tag key={u} color="red">
          {u}
        </Tag>
      ))}
    </>
  );
}

/** The tasks of a parsed document, under their group rows, as the appendix has them. */
export function ParsedTasks({ plan }: { plan: ParsedPlan }) {
  const { t } = useTranslation();
  const title = (code: string | null) => {
    const group = plan.groups.find((g) => g.code === code);
    return group ? `${group.code}. ${group.title}` : t('plan.outsideAppendix');
  };
  const columns = [
    { title: t('plan.columns.no'), dataIndex: 'no', width: 56 },
    { title: t('plan.columns.content'), dataIndex: 'content', width: 320, render: lines },
    {
      title: t('plan.columns.lead'),
      key: 'lead',
      width: 170,
      render: (_: unknown, x: ParsedTask) => <CellUnits cell={x.lead} />,
    },
    {
      title: t('plan.columns.coordinators'),
      key: 'coordinators',
      width: 190,
      render: (_: unknown, x: ParsedTask) => <CellUnits cell={x.coordinators} />,
    },
    {
      title: t('plan.columns.timeframe'),
      key: 'timeframe',
      width: 160,
      render: (_: unknown, x: ParsedTask) => <TimeframeCell timeframe={x.timeframe} />,
    },
    { title: t('plan.columns.product'), dataIndex: 'product', width: 200, render: lines },
  ];
  const codes = [...plan.groups.map((g) => g.code), null];
  const sections = codes
    .map((code) => ({
      code,
      tasks: plan.tasks.filter((x) => (code === null ? !codes.includes(x.group) : x.group === code)),
    }))
    .filter((s) => s.tasks.length > 0);
  return (
    <div data-testid="parsed-tasks">
      <Typography.Paragraph>
        {t('plan.import.counts', {
          tasks: plan.tasks.length,
          groups: plan.groups.length,
          targets: plan.targets.length,
          reports: plan.reports.length,
        })}
      </Typography.Paragraph>
      {sections.map((s) => (
        <section key={s.code ?? 'none'}>
          <Typography.Title level={5}>{title(s.code)}</Typography.Title>
          <Table<ParsedTask>
            rowKey="position"
            size="small"
            pagination={false}
            dataSource={s.tasks}
            columns={columns}
            scroll={{ x: 1100 }}
          />
        </section>
      ))}
    </div>
  );
}
