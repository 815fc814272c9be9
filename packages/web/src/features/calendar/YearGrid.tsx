import { Card, Flex, Tooltip, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay, DayKind } from './api';
import { noticeText } from './day-text';

/** A listed day of the year with its list. */
interface Mark {
  kind: DayKind;
  day: CalendarDay;
}

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** Colours of the legend and the cells: holidays red, make-up days green, weekends grey. */
export const DAY_STYLES: Record<DayKind | 'weekend', CSSProperties> = {
  day_off: { background: '#ffccc7', color: '#a8071a', fontWeight: 600 },
  working_day: { background: '#d9f7be', color: '#237804', fontWeight: 600, outline: '1px dashed #52c41a' },
  weekend: { color: '#8c8c8c' },
};

const CELL: CSSProperties = { textAlign: 'center', padding: '2px 0', borderRadius: 4, fontSize: 13 };

const pad = (n: number) => String(n).padStart(2, '0');

interface DayCellProps {
  date: string;
  mark: Mark | undefined;
  today: boolean;
  /** The grid column of the month's first day; the next days follow it. */
  column: number | undefined;
}

function DayCell({ date, mark, today, column }: DayCellProps) {
  const { t } = useTranslation();
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const style = {
    ...CELL,
    ...(weekday === 0 || weekday === 6 ? DAY_STYLES.weekend : {}),
    ...(mark ? DAY_STYLES[mark.kind] : {}),
    ...(today ? { boxShadow: 'inset 0 0 0 2px #1677ff' } : {}),
    gridColumnStart: column,
  };
  const cell = (
    <div style={style} data-testid={`day-${date}`} data-kind={mark?.kind ?? ''} data-today={today || undefined}>
      {Number(date.slice(8))}
    </div>
  );
  if (!mark) return cell;
  const title = (
    <>
      <div>
        {t(`calendar.kinds.${mark.kind}`)}: {mark.day.reason}
      </div>
      <div>{noticeText(mark.day, t)}</div>
    </>
  );
  return <Tooltip title={title}>{cell}</Tooltip>;
}

function MonthGrid({
  year,
  month,
  marks,
  today,
}: {
  year: number;
  month: number;
  marks: Map<string, Mark>;
  today: string;
}) {
  const { t } = useTranslation();
  const first = new Date(Date.UTC(year, month - 1, 1));
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // Weeks start on Monday in Vietnam: Sunday (0) goes last; the 1st sits in its weekday's column.
  const firstColumn = ((first.getUTCDay() + 6) % 7) + 1;
  const dates = Array.from({ length }, (_, i) => `${year}-${pad(month)}-${pad(i + 1)}`);
  return (
    <Card size="small" title={t('calendar.month', { month })}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2 }}>
        {WEEKDAY_KEYS.map((key) => (
          <Typography.Text key={key} type="secondary" style={{ ...CELL, fontSize: 12 }}>
            {t(`calendar.weekdays.${key}`)}
          </Typography.Text>
        ))}
        {dates.map((date) => (
          <DayCell
            key={date}
            date={date}
            mark={marks.get(date)}
            today={date === today}
            column={date.endsWith('-01') ? firstColumn : undefined}
          />
        ))}
      </div>
    </Card>
  );
}

/** Twelve months of a year with the days off and make-up days marked; a tooltip gives the reason and notice. */
export function YearGrid(props: { year: number; daysOff: CalendarDay[]; makeUpDays: CalendarDay[]; today: string }) {
  const marks = new Map<string, Mark>([
    ...props.daysOff.map((day): [string, Mark] => [day.date, { kind: 'day_off', day }]),
    ...props.makeUpDays.map((day): [string, Mark] => [day.date, { kind: 'working_day', day }]),
  ]);
  return (
    <Flex wrap gap={16}>
      {MONTHS.map((month) => (
        <div key={month} style={{ flex: '1 1 230px', maxWidth: 320 }}>
          <MonthGrid year={props.year} month={month} marks={marks} today={props.today} />
        </div>
      ))}
    </Flex>
  );
}
