import {
  createWorkingCalendar,
  DEFAULT_OFFICE_HOURS,
  type OfficeHours,
  type OfficialYearCalendar,
  type WorkingCalendar,
} from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { mergeWithBuiltIn, officialYearOf } from './official-years.js';
import { type CalendarRepository, calendarRepository, type YearVersionRef } from './repository.js';

/** The national part of every tenant's calendar, as stored now. */
interface NationalState {
  cityId: string | null;
  versions: YearVersionRef[];
  cultureDay24Nov: boolean;
}

// Built calendars, per database handle and per content key. Versions are append-only, so a key naming the
// version of each year, the switch and the office hours always describes the same calendar: entries never go
// stale, a change simply produces a new key. The per-handle map keeps test databases (and transactions) apart.
const MAX_ENTRIES = 64;
const calendars = new WeakMap<Db, Map<string, WorkingCalendar>>();
const nationalYears = new WeakMap<Db, Map<string, OfficialYearCalendar[]>>();

function cached<T>(store: WeakMap<Db, Map<string, T>>, db: Db, key: string): T | undefined {
  return store.get(db)?.get(key);
}

function remember<T>(store: WeakMap<Db, Map<string, T>>, db: Db, key: string, value: T): T {
  const entries = store.get(db) ?? new Map<string, T>();
  store.set(db, entries);
  // Oldest first: a Map iterates in insertion order, so dropping the first key keeps the most recent ones.
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value ?? '');
  entries.set(key, value);
  return value;
}

async function readNationalState(repo: CalendarRepository): Promise<NationalState> {
  const cityId = await repo.findCityTenantId();
  if (!cityId) return { cityId, versions: [], cultureDay24Nov: false };
  const [versions, cultureDay24Nov] = await Promise.all([repo.currentVersions(cityId), repo.cultureDay24Nov(cityId)]);
  return { cityId, versions, cultureDay24Nov };
}

function nationalKey(state: NationalState): string {
  const versions = state.versions.map((v) => `${v.year}.${v.version}`).join(',');
  return `${state.cityId ?? '-'}|${versions}|24/11:${state.cultureDay24Nov}`;
}

async function officialYears(db: Db, repo: CalendarRepository, state: NationalState): Promise<OfficialYearCalendar[]> {
  const key = nationalKey(state);
  const hit = cached(nationalYears, db, key);
  if (hit) return hit;
  const days = state.cityId ? await repo.daysOf(state.cityId, state.versions) : [];
  const stored = state.versions.map((ref) =>
    officialYearOf(
      ref,
      days.filter((d) => d.year === ref.year),
    ),
  );
  return remember(nationalYears, db, key, mergeWithBuiltIn(stored));
}

async function build(db: Db, state: NationalState, officeHours: OfficeHours | null): Promise<WorkingCalendar> {
  const hours = officeHours ?? DEFAULT_OFFICE_HOURS;
  const key = `${nationalKey(state)}|${JSON.stringify(hours)}`;
  const hit = cached(calendars, db, key);
  if (hit) return hit;
  const years = await officialYears(db, calendarRepository(db), state);
  const calendar = createWorkingCalendar({
    years,
    officeHours: hours,
    holidayRules: { cultureDay24Nov: state.cultureDay24Nov },
  });
  return remember(calendars, db, key, calendar);
}

/**
 * The working calendar of a tenant as stored now: the city's national data (each year's current version, or
 * the built-in data, or the Labour Code rules), the 24/11 switch and the tenant's office hours. For dossiers,
 * tasks and feedback to compute deadlines; pass the transaction when inside one, to see its own changes.
 */
export async function loadWorkingCalendar(db: Db, tenantId: string): Promise<WorkingCalendar> {
  const calendar = (await loadWorkingCalendars(db, [tenantId])).get(tenantId);
  if (calendar === undefined) throw new Error(`no calendar for ${tenantId}`);
  return calendar;
}

/**
 * The working calendars of many tenants (see {@link loadWorkingCalendar}): the national data read once and every
 * tenant's office hours in one query, so a city-wide read costs the same few queries for 1 ward or 114.
 */
export async function loadWorkingCalendars(
  db: Db,
  tenantIds: readonly string[],
): Promise<Map<string, WorkingCalendar>> {
  const repo = calendarRepository(db);
  const [state, hours] = await Promise.all([readNationalState(repo), repo.officeHoursOf(tenantIds)]);
  const calendars = new Map<string, WorkingCalendar>();
  for (const id of tenantIds) calendars.set(id, await build(db, state, hours.get(id) ?? null));
  return calendars;
}

/** The national calendar with the default office hours: for the command line, which has no tenant. */
export async function loadNationalCalendar(db: Db): Promise<WorkingCalendar> {
  return build(db, await readNationalState(calendarRepository(db)), null);
}

/** The calendar from cchc's built-in data alone, for when the database cannot be reached. */
export function builtInCalendar(): WorkingCalendar {
  return createWorkingCalendar({ years: mergeWithBuiltIn([]) });
}
