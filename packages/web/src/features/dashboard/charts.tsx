import type { CompletionFigures } from '@cchc/domain';
import { Flex, Progress, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from './api';

const GREEN = '#52c41a';
const ORANGE = '#faad14';
const BLUE = '#91caff';

/** One bar per group (area, unit): the share of its tasks completed, with on-time over due beside it. */
export function GroupBars({ rows }: { rows: { key: string; label: string; figures: CompletionFigures }[] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      {rows.map((r) => (
        <div key={r.key}>
          <Flex justify="space-between" gap={8}>
            <Typography.Text ellipsis style={{ maxWidth: '70%' }}>
              {r.label}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('dashboard.onTimeDetail', { done: r.figures.completedOnTime, due: r.figures.dueSoFar })}
            </Typography.Text>
          </Flex>
          <Tooltip title={t('dashboard.completionDetail', { done: r.figures.completed, total: r.figures.total })}>
            <Progress percent={r.figures.completionRate ?? 0} size="small" strokeColor={GREEN} />
          </Tooltip>
        </div>
      ))}
    </Flex>
  );
}

/** Stacked bars of the tasks due each month: completed on time, late, still open. Plain SVG, no chart library. */
export function MonthChart({ months }: { months: Dashboard['months'] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...months.map((m) => m.due));
  const barWidth = 36;
  const height = 160;
  const scale = (height - 30) / max;
  const bar = (x: number, bottom: number, value: number, fill: string) =>
    value > 0 ? <rect x={x} y={bottom - value * scale} width={barWidth} height={value * scale} fill={fill} /> : null;
  return (
    <Flex vertical gap={4}>
      <svg
        viewBox={`0 0 ${months.length * (barWidth + 12) + 10} ${height}`}
        width="100%"
        style={{ maxWidth: 720 }}
        role="img"
        aria-label={t('dashboard.months')}
      >
        {months.map((m, i) => {
          const x = 10 + i * (barWidth + 12);
          const base = height - 20;
          const late = base - m.completedOnTime * scale;
          const open = late - m.completedLate * scale;
          return (
            <g key={m.month}>
              <title>{`${t('tasks.gantt.month', { month: m.month })}: ${m.completedOnTime}/${m.completedLate}/${m.open}`}</title>
              {bar(x, base, m.completedOnTime, GREEN)}
              {bar(x, late, m.completedLate, ORANGE)}
              {bar(x, open, m.open, BLUE)}
              {m.due > 0 ? (
                <text x={x + barWidth / 2} y={base - m.due * scale - 4} fontSize={11} textAnchor="middle">
                  {m.due}
                </text>
              ) : null}
              <text x={x + barWidth / 2} y={height - 4} fontSize={11} textAnchor="middle" fill="#8c8c8c">
                {t('tasks.gantt.month', { month: m.month })}
              </text>
            </g>
          );
        })}
      </svg>
      <Flex gap={16} wrap>
        {[
          [GREEN, t('dashboard.monthLegend.onTime')],
          [ORANGE, t('dashboard.monthLegend.late')],
          [BLUE, t('dashboard.monthLegend.open')],
        ].map(([color, label]) => (
          <Flex key={label} gap={6} align="center">
            <span style={{ width: 12, height: 12, background: color, display: 'inline-block', borderRadius: 2 }} />
            <Typography.Text type="secondary">{label}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
}
