import { rolesFor } from '@cchc/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CalendarDayKind } from '../../db/column-types.js';
import { AppError } from '../../errors.js';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { langFrom } from '../../i18n/messages.js';
import { formatLocalDateTime, parseLocalDateTime } from './local-time.js';
import {
  changeResultOut,
  dateParams,
  dayAdd,
  dayRemove,
  dueOut,
  dueQuery,
  officeHoursIn,
  officeHoursResultOut,
  settingsIn,
  settingsResultOut,
  yearOut,
  yearParams,
} from './schemas.js';
import { loadWorkingCalendar } from './service.js';
import { type ChangeContext, changeYearDay } from './use-cases/change-year-day.js';
import { computeDue } from './use-cases/compute-due.js';
import { readCalendarYear } from './use-cases/read-year.js';
import { setCultureDay24Nov } from './use-cases/set-culture-day.js';
import { setOfficeHours } from './use-cases/set-office-hours.js';

const TAGS = ['calendar'];
const NATIONAL = { policy: { roles: rolesFor('calendar.edit_national'), tenant: 'city' as const } };

/** The two national lists an admin edits, by their path segment. */
const DAY_LISTS: readonly { path: string; kind: CalendarDayKind }[] = [
  { path: 'days-off', kind: 'day_off' },
  { path: 'make-up-days', kind: 'working_day' },
];

/** The working calendar: years of national data, the city's edits, a tenant's office hours, due moments. */
export function calendarRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const context = (request: FastifyRequest): ChangeContext => ({
    now: deps.clock.now(),
    lang: langFrom(request.headers['accept-language']),
    log: request.log,
  });
  const notice = (body: { noticeNumber: string; noticeTitle?: string | undefined }) => ({
    number: body.noticeNumber,
    title: body.noticeTitle ?? '',
  });

  return async (app) => {
    app.get(
      '/calendar/years/:year',
      { config: { policy: { roles: 'any' } }, schema: { tags: TAGS, params: yearParams, response: { 200: yearOut } } },
      async (request) => readCalendarYear(deps.db, authOf(request), request.params.year),
    );

    for (const { path, kind } of DAY_LISTS) {
      app.post(
        `/calendar/${path}`,
        { config: NATIONAL, schema: { tags: TAGS, body: dayAdd, response: { 201: changeResultOut } } },
        async (request, reply) => {
          const { date, reason } = request.body;
          const change = { action: 'add' as const, kind, date, reason, notice: notice(request.body) };
          return reply.status(201).send(await changeYearDay(deps.db, authOf(request), change, context(request)));
        },
      );
      app.delete(
        `/calendar/${path}/:date`,
        {
          config: NATIONAL,
          schema: { tags: TAGS, params: dateParams, body: dayRemove, response: { 200: changeResultOut } },
        },
        async (request) => {
          const change = { action: 'remove' as const, kind, date: request.params.date, notice: notice(request.body) };
          return changeYearDay(deps.db, authOf(request), change, context(request));
        },
      );
    }

    app.put(
      '/calendar/settings',
      { config: NATIONAL, schema: { tags: TAGS, body: settingsIn, response: { 200: settingsResultOut } } },
      async (request) => setCultureDay24Nov(deps.db, authOf(request), request.body.cultureDay24Nov, context(request)),
    );

    app.put(
      '/calendar/office-hours',
      {
        config: { policy: { roles: rolesFor('calendar.edit_office_hours') } },
        schema: { tags: TAGS, body: officeHoursIn, response: { 200: officeHoursResultOut } },
      },
      async (request) => setOfficeHours(deps.db, authOf(request), request.body, context(request)),
    );

    app.get(
      '/calendar/due',
      {
        config: { policy: { roles: 'any' } },
        schema: { tags: TAGS, querystring: dueQuery, response: { 200: dueOut } },
      },
      async (request) => {
        const { from, days, hours } = request.query;
        const start = parseLocalDateTime(from);
        if (!start) throw new AppError('validation_failed'); // unreachable: the schema refuses the same texts
        const calendar = await loadWorkingCalendar(deps.db, authOf(request).tenantId);
        const due = computeDue(calendar, { from: start, days, hours });
        return {
          from: formatLocalDateTime(start),
          due: formatLocalDateTime(due),
          limit: { days: days ?? 0, hours: hours ?? 0 },
          calendarVersion: calendar.version,
        };
      },
    );
  };
}
