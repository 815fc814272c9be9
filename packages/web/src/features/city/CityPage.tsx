import { ArrowDownOutlined, ArrowUpOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../api/session';
import { PeriodPicker, thisMonth } from '../indicators/PeriodPicker';
import { type CityFigure, type CityRow, useCityOverview } from './api';
import { InboxPanel } from './InboxPanel';
import { TasksPanel } from './TasksPanel';

const BAND_COLOURS: Record<string, string> = {
  excellent: 'green',
  good: 'blue',
  fair: 'cyan',
  average: 'orange',
  weak: 'red',
};

/** A figure as the table prints it: the value (with % for shares), or a dash with the reason on hover. */
export function FigureCell({ figure, percent }: { figure: CityFigure; percent?: boolean }) {
  if (figure.value === null) {
    return (
      <Tooltip title={figure.reason}>
        <Typography.Text type="secondary">—</Typography.Text>
      </Tooltip>
    );
  }
  return <>{percent ? `${figure.value.toFixed(2)}%` : figure.value.toFixed(2)}</>;
}

function Movement({ value }: { value: number | null }) {
  if (value === null || value === 0) return <>{value === 0 ? '=' : ''}</>;
  return value > 0 ? (
    <Typography.Text type="success">
      <ArrowUpOutlined /> {value}
    </Typography.Text>
  ) : (
    <Typography.Text type="danger">
      <ArrowDownOutlined /> {-value}
    </Typography.Text>
  );
}

function BlockTable({ rows, period }: { rows: CityRow[]; period: string }) {
  const { t } = useTranslation();
  const pct = (key: 'plan' | 'inspection' | 'feedback' | 'reports') => ({
    title: t(`city.${key}`),
    key,
    render: (_: unknown, r: CityRow) => <FigureCell figure={r.measures[key]} percent />,
  });
  return (
    <Table<CityRow>
      rowKey="code"
      size="small"
      pagination={false}
      scroll={{ x: true }}
      dataSource={rows}
      data-testid={`city-block-${rows[0]?.block ?? 'empty'}`}
      columns={[
        {
          title: t('city.rank'),
          key: 'rank',
          render: (_, r) =>
            r.measures['766'].rank ?? <Tooltip title={r.measures['766'].reason}>{t('city.unranked')}</Tooltip>,
        },
        {
          title: t('city.ward'),
          key: 'name',
          render: (_, r) => <Link to={`/thanh-pho/${r.code}?period=${period}`}>{r.name}</Link>,
        },
        { title: t('city.dossiers'), dataIndex: 'dossiers' },
        { title: t('city.total766'), key: '766', render: (_, r) => <FigureCell figure={r.measures['766']} /> },
        {
          title: t('city.band'),
          key: 'band',
          render: (_, r) =>
            r.bandName ? <Tag color={BAND_COLOURS[r.band ?? ''] ?? 'default'}>{r.bandName}</Tag> : null,
        },
        { title: t('city.movement'), key: 'movement', render: (_, r) => <Movement value={r.movement} /> },
        pct('plan'),
        pct('inspection'),
        pct('feedback'),
        pct('reports'),
      ]}
    />
  );
}

function Rankings() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(thisMonth());
  const overview = useCityOverview(period);
  const blocks = [...new Set(overview.data?.rows.map((r) => r.block) ?? [])];
  return (
    <>
      <Flex gap={16} wrap style={{ marginBottom: 16 }}>
        <PeriodPicker value={period} onChange={setPeriod} />
        <Button icon={<DownloadOutlined />} href={`/api/v1/city/overview.xlsx?period=${period}`}>
          {t('city.export')}
        </Button>
      </Flex>
      {overview.isPending && <Table loading columns={[]} />}
      {blocks.map((block) => {
        const rows = overview.data?.rows.filter((r) => r.block === block) ?? [];
        return (
          <section key={block} style={{ marginBottom: 24 }}>
            <Typography.Title level={4}>{rows[0]?.blockName}</Typography.Title>
            <BlockTable rows={rows} period={period} />
          </section>
        );
      })}
    </>
  );
}

/** The city view: rankings of every ward in its block (exported as .xlsx), the inbox of reports, the city's tasks. */
export function CityPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const canManage = me.capabilities.includes('city.manage');
  return (
    <>
      <Typography.Title level={3}>{t('city.title')}</Typography.Title>
      <Tabs
        items={[
          { key: 'rankings', label: t('city.tabs.rankings'), children: <Rankings /> },
          { key: 'inbox', label: t('city.tabs.inbox'), children: <InboxPanel canManage={canManage} /> },
          { key: 'tasks', label: t('city.tabs.tasks'), children: <TasksPanel canManage={canManage} /> },
        ]}
      />
    </>
  );
}
