import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Result, Row, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverDayjs, serverToday } from '../../api/clock';
import type { Me } from '../../api/session';
import { AddDayForm } from './AddDayForm';
import { type CalendarYear, useCalendarYear } from './api';
import { ChangeLog } from './ChangeLog';
import { CultureDaySwitch } from './CultureDaySwitch';
import { DaysTable } from './DaysTable';
import { OfficeHoursForm } from './OfficeHoursForm';
import { DAY_STYLES, YearGrid } from './YearGrid';

function Legend() {
  const { t } = useTranslation();
  const item = (style: object, label: string) => (
    <Flex gap={6} align="center">
      <span style={{ ...style, display: 'inline-block', width: 18, height: 18, borderRadius: 4 }} />
      {label}
    </Flex>
  );
  return (
    <Flex gap={16} wrap>
      {item(DAY_STYLES.day_off, t('calendar.legend.dayOff'))}
      {item(DAY_STYLES.working_day, t('calendar.legend.makeUp'))}
      {item({ border: '1px solid #d9d9d9', ...DAY_STYLES.weekend }, t('calendar.legend.weekend'))}
      {item({ boxShadow: 'inset 0 0 0 2px #1677ff' }, t('calendar.legend.today'))}
    </Flex>
  );
}

function YearHeader({ data, onYear }: { data: CalendarYear; onYear: (year: number) => void }) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} align="center" wrap>
      <Button icon={<LeftOutlined />} aria-label={t('calendar.previousYear')} onClick={() => onYear(data.year - 1)} />
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="calendar-title">
        {t('calendar.title', { year: data.year })}
      </Typography.Title>
      <Button icon={<RightOutlined />} aria-label={t('calendar.nextYear')} onClick={() => onYear(data.year + 1)} />
      <Tag color={data.version.source === 'labour_code' ? 'orange' : 'blue'}>
        {t('calendar.version', { number: data.version.number })} · {t(`calendar.source.${data.version.source}`)}
      </Tag>
      <YearSources data={data} />
    </Flex>
  );
}

/** Where the year's days come from: each notice (with its number, or a note that it is still to be entered). */
function YearSources({ data }: { data: CalendarYear }) {
  const { t } = useTranslation();
  const days = [...data.daysOff, ...data.makeUpDays];
  const notices = new Map<string, string | null>();
  for (const day of days) if (day.notice) notices.set(day.notice.title, day.notice.number);
  const floor = data.replacesDefaults ? days.filter((d) => d.source === 'labour_code').length : 0;
  const parts = [...notices].map(([title, number]) => `${title} (${number ?? t('calendar.noticeNumberMissing')})`);
  if (floor > 0) parts.push(t('calendar.labourCodeFloor', { count: floor }));
  if (parts.length === 0) return null;
  return (
    <Typography.Text type="secondary" data-testid="calendar-sources">
      {t('calendar.sources')}: {parts.join('; ')}
    </Typography.Text>
  );
}

/**
 * The working calendar of a year: twelve months with holidays and make-up days, the list with reasons and
 * notices, the change log; the city admin edits the national days, a ward admin its office hours.
 */
export function CalendarPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => serverDayjs().year());
  const query = useCalendarYear(year);
  if (query.isError) return <Result status="error" title={t('errors.generic')} />;
  if (!query.data) return <Spin />;
  const data = query.data;
  const { editNational, editOfficeHours } = data.permissions;
  return (
    <Flex vertical gap={16}>
      <YearHeader data={data} onYear={setYear} />
      <Legend />
      {editNational && <CultureDaySwitch on={data.cultureDay24Nov} />}
      <YearGrid year={data.year} daysOff={data.daysOff} makeUpDays={data.makeUpDays} today={serverToday()} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Typography.Title level={4}>{t('calendar.days.title')}</Typography.Title>
          <DaysTable daysOff={data.daysOff} makeUpDays={data.makeUpDays} canEdit={editNational} />
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            {editNational && <AddDayForm year={data.year} />}
            <OfficeHoursForm
              key={JSON.stringify(data.officeHours)}
              tenantName={me.tenant.name}
              hours={data.officeHours}
              canEdit={editOfficeHours}
            />
          </Flex>
        </Col>
      </Row>
      <ChangeLog changes={data.changes} />
    </Flex>
  );
}
