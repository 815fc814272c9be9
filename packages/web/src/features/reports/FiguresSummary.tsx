import type { CompletionFigures } from '@cchc/domain';
import { formatShortDate } from '@cchc/domain';
import { Card, Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FiguresView } from './api';

type Area = FiguresView['areas'][number];

/** `—` for a share nothing is measured for (N/A, not 0). */
const rate = (value: number | null) => (value === null ? '—' : `${value}%`);

/** The figures a version prints, as the dashboard shows them: the plan, each area, and which optional parts exist. */
export function FiguresSummary({ figures }: { figures: FiguresView }) {
  const { t } = useTranslation();
  const c: CompletionFigures = figures.completion;
  const columns = [
    { title: t('reports.consolidated.figures.area'), key: 'title', render: (a: Area) => a.title },
    { title: t('reports.consolidated.figures.total'), key: 'total', render: (a: Area) => a.figures.total },
    { title: t('reports.consolidated.figures.completed'), key: 'done', render: (a: Area) => a.figures.completed },
    { title: t('reports.consolidated.figures.overdue'), key: 'overdue', render: (a: Area) => a.figures.overdue },
    { title: '%', key: 'rate', render: (a: Area) => rate(a.figures.completionRate) },
  ];
  const part = (key: 'oneStop' | 'feedback' | 'inspections') => (
    <Tag key={key} color={figures[key] ? 'green' : 'default'}>
      {t(`reports.consolidated.figures.parts.${key}`)}:{' '}
      {figures[key] ? t('reports.consolidated.figures.present') : t('reports.consolidated.figures.absent')}
    </Tag>
  );
  return (
    <Card size="small" title={t('reports.consolidated.asOf', { date: formatShortDate(figures.asOf) })}>
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title={t('reports.consolidated.figures.total')} value={c.total} />
        </Col>
        <Col span={6}>
          <Statistic title={t('reports.consolidated.figures.completed')} value={c.completed} />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('reports.consolidated.figures.onTime')}
            value={`${c.completedOnTime}/${c.dueSoFar}`}
            suffix={c.onTimeRate === null ? '' : `(${c.onTimeRate}%)`}
          />
        </Col>
        <Col span={6}>
          <Statistic title={t('reports.consolidated.figures.overdue')} value={c.overdue} />
        </Col>
      </Row>
      <Table
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={figures.areas}
        pagination={false}
        style={{ marginTop: 12 }}
      />
      <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
        {(['oneStop', 'feedback', 'inspections'] as const).map(part)}
      </Typography.Paragraph>
    </Card>
  );
}
