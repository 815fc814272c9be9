import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

/** A period of local time, `HH:mm` to `HH:mm`. */
export interface TimeRange {
  from: string;
  to: string;
}

export interface OfficeHours {
  periods: TimeRange[];
  saturdayCounter: TimeRange[] | null;
}

/** A day off or make-up day of a year, as `GET /calendar/years/:year` lists it. */
export interface CalendarDay {
  date: string;
  weekday: number;
  reason: string;
  notice: { number: string | null; title: string } | null;
  source: 'official' | 'labour_code';
}

/** Which national list a day belongs to. */
export type DayKind = 'day_off' | 'working_day';

export interface CalendarChange {
  version: number;
  action: 'add' | 'remove';
  kind: DayKind;
  date: string;
  noticeNumber: string;
  noticeTitle: string | null;
  changedBy: { id: string; name: string | null } | null;
  changedAt: string;
}

export interface CalendarYear {
  year: number;
  version: { number: number; hash: string; source: 'stored' | 'built_in' | 'labour_code' };
  replacesDefaults: boolean;
  cultureDay24Nov: boolean;
  daysOff: CalendarDay[];
  makeUpDays: CalendarDay[];
  officeHours: OfficeHours;
  changes: CalendarChange[];
  permissions: { editNational: boolean; editOfficeHours: boolean };
}

interface Recomputed {
  recomputed: { total: number };
}

/** What the city admin sends to add a day; removing needs only the notice. */
export interface DayInput {
  date: string;
  reason: string;
  noticeNumber: string;
  noticeTitle?: string;
}

const PATHS: Record<DayKind, string> = { day_off: 'days-off', working_day: 'make-up-days' };

/** One year of the caller's calendar. */
export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: ['calendar', year],
    queryFn: () => api<CalendarYear>(`/calendar/years/${year}`),
  });
}

/** A write to the calendar; on success every cached year is read again, since versions and hours changed. */
function useCalendarWrite<T, R>(write: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: ['calendar'] }),
  });
}

export const useAddDay = () =>
  useCalendarWrite(({ kind, ...body }: DayInput & { kind: DayKind }) =>
    api<Recomputed & { version: number }>(`/calendar/${PATHS[kind]}`, { method: 'POST', body }),
  );

export const useRemoveDay = () =>
  useCalendarWrite(
    ({ kind, date, ...body }: { kind: DayKind; date: string; noticeNumber: string; noticeTitle?: string }) =>
      api<Recomputed & { version: number }>(`/calendar/${PATHS[kind]}/${date}`, { method: 'DELETE', body }),
  );

export const useSetOfficeHours = () =>
  useCalendarWrite((body: OfficeHours) => api<Recomputed>('/calendar/office-hours', { method: 'PUT', body }));

export const useSetCultureDay = () =>
  useCalendarWrite((cultureDay24Nov: boolean) =>
    api<Recomputed>('/calendar/settings', { method: 'PUT', body: { cultureDay24Nov } }),
  );
