import { z } from 'zod';
import { parseLocalDateTime } from './local-time.js';

/** Years the calendar accepts: the lunar algorithm and the stored data both cover them. */
export const CALENDAR_YEARS = { min: 1900, max: 2199 } as const;
/** Longest time limit `/calendar/due` computes: ten years of working days is already far beyond any procedure. */
const MAX_DAYS = 2_600;

const isoDate = z.iso.date();
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/);
const timeRange = z.object({ from: time, to: time });
const notice = {
  noticeNumber: z.string().trim().min(1).max(100),
  noticeTitle: z.string().trim().max(300).optional(),
};

export const yearParams = z.object({ year: z.coerce.number().int().min(CALENDAR_YEARS.min).max(CALENDAR_YEARS.max) });
export const dateParams = z.object({ date: isoDate });

/** A day off or make-up day to add, on the authority of a notice whose number is required. */
export const dayAdd = z.object({ date: isoDate, reason: z.string().trim().min(1).max(300), ...notice });
export type DayAdd = z.infer<typeof dayAdd>;

/** Removing a day also needs the notice that removes it. */
export const dayRemove = z.object(notice);
export type DayRemove = z.infer<typeof dayRemove>;

export const officeHoursIn = z.object({
  periods: z.array(timeRange).min(1).max(4),
  saturdayCounter: z.array(timeRange).min(1).max(2).nullable(),
});

export const settingsIn = z.object({ cultureDay24Nov: z.boolean() });

export const dueQuery = z
  .object({
    /** `YYYY-MM-DDTHH:mm` in Vietnam local time, or an ISO instant with its offset. */
    from: z.string().refine((v) => parseLocalDateTime(v) !== null),
    days: z.coerce.number().int().min(0).max(MAX_DAYS).optional(),
    hours: z.coerce
      .number()
      .min(0)
      .max(MAX_DAYS * 24)
      .optional(),
  })
  .refine((q) => q.days !== undefined || q.hours !== undefined, { path: ['days'] });

const noticeOut = z.object({ number: z.string().nullable(), title: z.string() }).nullable();

export const dayOut = z.object({
  date: isoDate,
  /** 0 = Sunday … 6 = Saturday. */
  weekday: z.number().int(),
  reason: z.string(),
  notice: noticeOut,
  source: z.enum(['official', 'labour_code']),
});

export const officeHoursOut = z.object({
  periods: z.array(timeRange),
  saturdayCounter: z.array(timeRange).nullable(),
});

export const changeOut = z.object({
  version: z.number().int(),
  action: z.enum(['add', 'remove']),
  kind: z.enum(['day_off', 'working_day']),
  date: isoDate,
  noticeNumber: z.string(),
  noticeTitle: z.string().nullable(),
  changedBy: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
  changedAt: z.string(),
});

export const yearOut = z.object({
  year: z.number().int(),
  version: z.object({
    number: z.number().int(),
    /** Changes exactly when something that can move a deadline of this year changes. */
    hash: z.string(),
    source: z.enum(['stored', 'built_in', 'labour_code']),
  }),
  replacesDefaults: z.boolean(),
  cultureDay24Nov: z.boolean(),
  daysOff: z.array(dayOut),
  makeUpDays: z.array(dayOut),
  officeHours: officeHoursOut,
  changes: z.array(changeOut),
  /** What the caller may change, so the UI hides what the server would refuse. */
  permissions: z.object({ editNational: z.boolean(), editOfficeHours: z.boolean() }),
});
export type YearOut = z.infer<typeof yearOut>;

const recomputedOut = z.object({ total: z.number().int(), byName: z.record(z.string(), z.number().int()) });

export const changeResultOut = z.object({
  year: z.number().int(),
  version: z.number().int(),
  recomputed: recomputedOut,
});
export const officeHoursResultOut = z.object({ officeHours: officeHoursOut, recomputed: recomputedOut });
export const settingsResultOut = z.object({ cultureDay24Nov: z.boolean(), recomputed: recomputedOut });

export const dueOut = z.object({
  from: z.string(),
  due: z.string(),
  limit: z.object({ days: z.number(), hours: z.number() }),
  calendarVersion: z.string(),
});
