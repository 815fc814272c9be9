import { type Insertable, sql } from 'kysely';
import { anyUuid } from '../../db/any-of.js';
import type { StoredTimeRange } from '../../db/column-types.js';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';
import { AppError } from '../../errors.js';
import type { AuthContext } from '../../http/policy.js';

/** The current version of one year's national data. */
export interface YearVersionRef {
  year: number;
  version: number;
  replacesDefaults: boolean;
}

/** A stored day of a version, without its keys. */
export type StoredDay = Pick<DB['calendar_year_days'], 'date' | 'kind' | 'reason' | 'notice_number' | 'notice_title'>;

/** A tenant's stored office hours. */
export interface StoredOfficeHours {
  periods: StoredTimeRange[];
  saturdayCounter: StoredTimeRange[] | null;
}

// Serialises edits of one year: two admins saving at once would otherwise both write version n + 1.
const YEAR_EDIT_LOCK = 4_817_210;

/** The only place with SQL for the working calendar. National rows are keyed by the city's tenant id. */
export function calendarRepository(db: Db) {
  const cdb = db;
  return {
    /** The id of the city tenant, owner of the national data; null on a database not seeded yet. */
    findCityTenantId: async (): Promise<string | null> =>
      (await db.selectFrom('tenants').select('id').where('kind', '=', 'city').orderBy('created_at').executeTakeFirst())
        ?.id ?? null,

    /** The current (highest) version of every stored year, in year order. */
    currentVersions: async (cityId: string): Promise<YearVersionRef[]> => {
      const rows = await cdb
        .selectFrom('calendar_year_versions')
        .distinctOn('year')
        .select(['year', 'version', 'replaces_defaults'])
        .where('tenant_id', '=', cityId)
        .orderBy('year')
        .orderBy('version', 'desc')
        .execute();
      return rows.map((r) => ({ year: r.year, version: r.version, replacesDefaults: r.replaces_defaults }));
    },

    /** The days of the given versions, by year then date. */
    daysOf: async (cityId: string, refs: readonly YearVersionRef[]) => {
      if (refs.length === 0) return [];
      return cdb
        .selectFrom('calendar_year_days')
        .select(['year', 'date', 'kind', 'reason', 'notice_number', 'notice_title'])
        .where('tenant_id', '=', cityId)
        .where((eb) => eb.or(refs.map((r) => eb.and([eb('year', '=', r.year), eb('version', '=', r.version)]))))
        .orderBy('year')
        .orderBy('date')
        .execute();
    },

    /** Holds the year's edit lock until the transaction ends; call it on a transaction. */
    lockYear: async (year: number): Promise<void> => {
      await sql`SELECT pg_advisory_xact_lock(${YEAR_EDIT_LOCK}, ${year})`.execute(db);
    },

    /** Appends a version with its full list of days. */
    insertVersion: async (header: Insertable<DB['calendar_year_versions']>, days: readonly StoredDay[]) => {
      await cdb.insertInto('calendar_year_versions').values(header).execute();
      const keys = { tenant_id: header.tenant_id, year: header.year, version: header.version };
      if (days.length > 0)
        await cdb
          .insertInto('calendar_year_days')
          .values(days.map((d) => ({ ...keys, ...d })))
          .execute();
    },

    /** The change log of a year, newest first, with the name of whoever made each change. */
    listChanges: (cityId: string, year: number) =>
      cdb
        .selectFrom('calendar_year_versions as v')
        .leftJoin('users as u', (join) =>
          join.onRef('u.tenant_id', '=', 'v.tenant_id').onRef('u.id', '=', 'v.changed_by'),
        )
        .select([
          'v.version',
          'v.change_action',
          'v.change_kind',
          'v.change_date',
          'v.notice_number',
          'v.notice_title',
          'v.changed_by',
          'v.changed_at',
          'u.full_name as changed_by_name',
        ])
        .where('v.tenant_id', '=', cityId)
        .where('v.year', '=', year)
        .orderBy('v.version', 'desc')
        .execute(),

    /** Whether the proposed 24/11 holiday is switched on for the city. */
    cultureDay24Nov: async (cityId: string): Promise<boolean> =>
      (
        await cdb
          .selectFrom('calendar_settings')
          .select('culture_day_24_nov')
          .where('tenant_id', '=', cityId)
          .executeTakeFirst()
      )?.culture_day_24_nov ?? false,

    saveCultureDay24Nov: async (cityId: string, on: boolean, actor: string | null, now: Date) => {
      const row = { culture_day_24_nov: on, updated_by: actor, updated_at: now };
      await cdb
        .insertInto('calendar_settings')
        .values({ tenant_id: cityId, ...row })
        .onConflict((oc) => oc.column('tenant_id').doUpdateSet(row))
        .execute();
    },

    /** A tenant's office hours, or null when it keeps the defaults. */
    officeHours: async (tenantId: string): Promise<StoredOfficeHours | null> =>
      (await calendarRepository(db).officeHoursOf([tenantId])).get(tenantId) ?? null,

    /** The stored office hours of the tenants that changed them (the others keep the defaults). */
    officeHoursOf: async (tenantIds: readonly string[]): Promise<Map<string, StoredOfficeHours>> => {
      if (tenantIds.length === 0) return new Map();
      const rows = await cdb
        .selectFrom('office_hours')
        .select(['tenant_id', 'periods', 'saturday_counter'])
        .where('tenant_id', '=', anyUuid(tenantIds))
        .execute();
      return new Map(rows.map((r) => [r.tenant_id, { periods: r.periods, saturdayCounter: r.saturday_counter }]));
    },

    saveOfficeHours: async (tenantId: string, hours: StoredOfficeHours, actor: string | null, now: Date) => {
      const row = {
        periods: JSON.stringify(hours.periods),
        saturday_counter: hours.saturdayCounter === null ? null : JSON.stringify(hours.saturdayCounter),
        updated_by: actor,
        updated_at: now,
      };
      await cdb
        .insertInto('office_hours')
        .values({ tenant_id: tenantId, ...row })
        .onConflict((oc) => oc.column('tenant_id').doUpdateSet(row))
        .execute();
    },
  };
}

export type CalendarRepository = ReturnType<typeof calendarRepository>;

/**
 * The city's id when the caller belongs to the city: national data is the city's, so a city_admin role held
 * inside a ward does not reach it (403).
 */
export async function cityTenantOf(repo: CalendarRepository, auth: AuthContext): Promise<string> {
  const cityId = await repo.findCityTenantId();
  if (!cityId || cityId !== auth.tenantId) throw new AppError('forbidden');
  return cityId;
}
