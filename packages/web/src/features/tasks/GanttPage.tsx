import { Card, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Task, useTasks } from './api';

const ROW = 22;
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const LABEL = 260;
const WIDTH = 1000;

const COLORS: Record<string, string> = {
  completed: '#52c41a',
  completed_late: '#faad14',
  overdue: '#f5222d',
  open: '#1677ff',
  not_done: '#bfbfbf',
};

/** Day of the year (0-based) of a date of `year`, clamped to the year. */
function dayOfYear(date: string, year: number): number {
  const start = Date.UTC(year, 0, 1);
  const d = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const days = Math.round((d - start) / 86_400_000);
  return Math.min(Math.max(days, 0), 365);
}

function colorOf(task: Task): string {
  if (task.status === 'completed' || task.status === 'completed_late' || task.status === 'not_done')
    return COLORS[task.status] ?? '';
  return task.flags.overdue ? (COLORS.overdue ?? '') : (COLORS.open ?? '');
}

/** One bar per dated task from its start (or the year's first day) to its due date, today as a red line. */
function Chart({ tasks, year, today }: { tasks: Task[]; year: number; today: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scale = (WIDTH - LABEL) / 366;
  const height = (tasks.length + 1) * ROW + 10;
  const x = (date: string) => LABEL + dayOfYear(date, year) * scale;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={t('tasks.gantt.title', { year })}>
      {MONTHS.map((month) => {
        const mx = x(`${year}-${String(month).padStart(2, '0')}-01`);
        return (
          <g key={month}>
            <line x1={mx} x2={mx} y1={0} y2={height} stroke="#f0f0f0" />
            <text x={mx + 4} y={14} fontSize={11} fill="#8c8c8c">
              {t('tasks.gantt.month', { month })}
            </text>
          </g>
        );
      })}
      {tasks.map((task, i) => {
        const y = (i + 1) * ROW;
        const start = x(task.timeframe.start ?? `${year}-01-01`);
        const end = x(task.dueDate ?? `${year}-12-31`) + scale;
        return (
          <a
            key={task.id}
            href={`/nhiem-vu/${task.id}`}
            onClick={(e) => {
              e.preventDefault();
              navigate(`/nhiem-vu/${task.id}`);
            }}
          >
            <title>{`${task.no ?? ''} ${task.content}`}</title>
            <text
              x={4}
              y={y + 14}
              fontSize={11}
            >{`${task.no ?? '•'}. ${task.content.slice(0, 38)}${task.content.length > 38 ? '…' : ''}`}</text>
            <rect
              x={start}
              y={y + 4}
              width={Math.max(end - start, 3)}
              height={ROW - 8}
              rx={3}
              fill={colorOf(task)}
              opacity={0.85}
            />
          </a>
        );
      })}
      <line x1={x(today)} x2={x(today)} y1={0} y2={height} stroke="#b71c1c" strokeDasharray="4 3" />
    </svg>
  );
}

/** The year timeline (Gantt-like) of the dated tasks, ordered by due date. */
export function GanttPage() {
  const { t } = useTranslation();
  const query = useTasks({});
  if (query.isError) return <Result status="error" title={t('errors.generic')} />;
  if (!query.data) return <Spin />;
  const { plan, tasks, today } = query.data;
  if (!plan) return <Result status="info" title={t('tasks.noPlan')} />;
  const dated = tasks.filter((task) => task.dueDate).sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  return (
    <Card title={t('tasks.gantt.title', { year: plan.year })}>
      <Chart tasks={dated} year={plan.year} today={today} />
      <Typography.Text type="secondary">
        {t('tasks.gantt.undated', { count: tasks.length - dated.length })}
      </Typography.Text>
    </Card>
  );
}
