-- The working calendar (DOMAIN.md §2): the national holiday data of each year, kept once for the city and
-- versioned; the national switch of the proposed 24/11 holiday; each ward's office hours.
-- National rows are keyed by the city's tenant id (the tenant of kind 'city'), so every table still carries
-- tenant_id first in its primary key (0001, "Tenancy and scale-out").
-- A year with no stored version uses the data built into cchc (the verified 2026 schedule) or the Labour Code
-- rules: nothing needs seeding here, the first edit of a year stores its first version.

-- One row per saved version of a year, never updated nor deleted: the current version is the highest number.
-- Each row is also the change log entry of the edit that made it: who, when, on which notice.
CREATE TABLE calendar_year_versions (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  year integer NOT NULL CHECK (year BETWEEN 1900 AND 2199),
  version integer NOT NULL CHECK (version >= 1),
  -- true: the listed days are the year's whole holiday list; false: they add to the Labour Code defaults.
  replaces_defaults boolean NOT NULL,
  change_action text NOT NULL CHECK (change_action IN ('add', 'remove')),
  change_kind text NOT NULL CHECK (change_kind IN ('day_off', 'working_day')),
  change_date date NOT NULL,
  -- The notice (thông báo) behind the edit; its number is required, an edit without a text has no authority.
  notice_number text NOT NULL CHECK (notice_number <> ''),
  notice_title text,
  changed_by uuid,
  changed_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, year, version),
  CHECK (extract(year FROM change_date) = year)
);

-- The days of each version, copied in full, so any past version reads back exactly as it was.
CREATE TABLE calendar_year_days (
  tenant_id uuid NOT NULL,
  year integer NOT NULL,
  version integer NOT NULL,
  date date NOT NULL,
  -- day_off: no work (holiday, swapped day, weekend inside a break); working_day: make-up day (ngày làm bù).
  kind text NOT NULL CHECK (kind IN ('day_off', 'working_day')),
  reason text NOT NULL CHECK (reason <> ''),
  notice_number text,
  notice_title text,
  PRIMARY KEY (tenant_id, year, version, date),
  FOREIGN KEY (tenant_id, year, version) REFERENCES calendar_year_versions (tenant_id, year, version),
  CHECK (extract(year FROM date) = year)
);

-- National switches of the holiday rules, one row for the city; no row means every switch is off.
CREATE TABLE calendar_settings (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  -- Ngày Văn hóa Việt Nam (24/11): proposed, not law yet.
  culture_day_24_nov boolean NOT NULL,
  updated_by uuid,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id)
);

-- A tenant's office hours (giờ làm việc); no row means the usual 07:00–11:30 and 13:30–17:00.
CREATE TABLE office_hours (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  -- [{ "from": "HH:MM", "to": "HH:MM" }, …] in order, applying to every working day.
  periods jsonb NOT NULL,
  -- The Saturday counter's periods, or null when the counter is closed on Saturdays.
  saturday_counter jsonb,
  updated_by uuid,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id)
);
