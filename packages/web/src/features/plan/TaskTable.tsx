import { Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanTask, Timeframe } from './api';
import { timeframeWindow } from './format';

/** A timeframe as written, with the window it stands for (or its kind when it has no dates). */
export function TimeframeCell({ timeframe }: { timeframe: Timeframe }) {
  const { t } = useTranslation();
  const window = timeframeWindow(timeframe);
  return (
    <>
      <div>{timeframe.text}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {window || t(`plan.timeframeKinds.${timeframe.kind}`)}
      </Typography.Text>
    </>
  );
}

/** Multi-line cells ("- " product lists) keep their lines. */
export const lines = (text: string) => <span style={{ whiteSpace: 'pre-line' }}>{text}</span>;

function UnitsCell({ cell }: { cell: PlanTask['lead'] }) {
  return (
    <>
      {lines(cell.text)}
      <div>
        {cell.units.map((u) => (
          <Tag key={u.id} color="blue" style={{ marginTop: 4 }}>
            {u.shortName}
          </Tag>
        ))}
      </div>
    </>
  );
}

/** The appendix columns: TT, content, lead, coordinators, timeframe, product. */
export function TaskTable({ tasks }: { tasks: PlanTask[] }) {
  const { t } = useTranslation();
  const columns = [
    { title: t('plan.columns.no'), dataIndex: 'no', width: 56, render: (no: number | null) => no ?? '–' },
    {
      title: t('plan.columns.content'),
      key: 'content',
      render: (_: unknown, task: PlanTask) => (
        <>
          {lines(task.content)}
          {task.sourceRef && <Tag style={{ marginLeft: 8 }}>{t('plan.sourceRef', { ref: task.sourceRef })}</Tag>}
        </>
      ),
    },
    {
      title: t('plan.columns.lead'),
      key: 'lead',
      width: 180,
      render: (_: unknown, x: PlanTask) => <UnitsCell cell={x.lead} />,
    },
    {
      title: t('plan.columns.coordinators'),
      key: 'coordinators',
      width: 200,
      render: (_: unknown, x: PlanTask) => <UnitsCell cell={x.coordinators} />,
    },
    {
      title: t('plan.columns.timeframe'),
      key: 'timeframe',
      width: 170,
      render: (_: unknown, x: PlanTask) => <TimeframeCell timeframe={x.timeframe} />,
    },
    { title: t('plan.columns.product'), dataIndex: 'product', width: 220, render: lines },
  ];
  return (
    <Table<PlanTask>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={tasks}
      columns={columns}
      onRow={(task) => ({ 'data-testid': `plan-task-${task.no ?? task.id}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
