import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/types';

export type CalendarYear = ApiResponse<'/api/v1/calendar/years/{year}'>;

export type OfficeHours = CalendarYear['officeHours'];

/** A period of local time, `HH:mm` to `HH:mm`. */
export type TimeRange = OfficeHours['periods'][number];

/** A day off or make-up day of a year, as `GET /calendar/years/:year` lists it. */
export type CalendarDay = CalendarYear['daysOff'][number];

export type CalendarChange = CalendarYear['changes'][number];

/** Which national list a day belongs to. */
export type DayKind = CalendarChange['kind'];

// Days off and make-up days are written by the same schemas; the days-off routes stand for both.
/** What the city admin sends to add a day; removing needs only the notice. */
export type DayInput = ApiBody<'/api/v1/calendar/days-off', 'post'>;
type DayRemoval = ApiBody<'/api/v1/calendar/days-off/{date}', 'delete'>;

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
    api<ApiResponse<'/api/v1/calendar/days-off', 'post'>>(`/calendar/${PATHS[kind]}`, { method: 'POST', body }),
  );

export const useRemoveDay = () =>
  useCalendarWrite(({ kind, date, ...body }: DayRemoval & { kind: DayKind; date: string }) =>
    api<ApiResponse<'/api/v1/calendar/days-off/{date}', 'delete'>>(`/calendar/${PATHS[kind]}/${date}`, {
      method: 'DELETE',
      body,
    }),
  );

export const useSetOfficeHours = () =>
  useCalendarWrite((body: OfficeHours) =>
    api<ApiResponse<'/api/v1/calendar/office-hours', 'put'>>('/calendar/office-hours', { method: 'PUT', body }),
  );

export const useSetCultureDay = () =>
  useCalendarWrite((cultureDay24Nov: boolean) =>
    api<ApiResponse<'/api/v1/calendar/settings', 'put'>>('/calendar/settings', {
      method: 'PUT',
      body: { cultureDay24Nov },
    }),
  );
