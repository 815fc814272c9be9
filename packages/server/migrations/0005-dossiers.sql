-- One-stop dossiers (issue 6, DOMAIN.md §3, §4): the ward's procedure catalogue, dossiers with their national
-- status history, hand-overs (the control slip), apology letters, citizens' ratings, imports from the city's
-- one-stop system, and the Decision 766 figures the ward enters by hand. Tenant tables put tenant_id first in
-- their primary and foreign keys (0001, "Tenancy and scale-out").

-- Agency codes prefix dossier codes, so two wards may never share one.
CREATE UNIQUE INDEX tenants_agency_code ON tenants (agency_code) WHERE agency_code IS NOT NULL;

-- The administrative procedures (thủ tục hành chính) the ward applies.
CREATE TABLE procedures (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  -- MaTTHC on the national database.
  code text NOT NULL CHECK (code <> ''),
  name text NOT NULL CHECK (name <> ''),
  -- Lĩnh vực: the rows of form II.06a.
  field text NOT NULL CHECK (field <> ''),
  -- The time limit from a complete dossier: working days, or working hours (8 h = 1 day); none when both null.
  limit_days numeric(6, 2) CHECK (limit_days >= 0),
  limit_hours numeric(7, 2) CHECK (limit_hours >= 0),
  -- In đồng; null (empty) or 0 means the procedure bears no fee.
  fee bigint CHECK (fee >= 0),
  online_level text NOT NULL DEFAULT 'none' CHECK (online_level IN ('none', 'partial', 'full')),
  returns_paper_result boolean NOT NULL DEFAULT true,
  -- The executing unit (đơn vị thực hiện); null: the ward as a whole.
  unit_id uuid,
  -- The papers a dossier of this procedure usually holds, offered at the counter.
  components text[] NOT NULL DEFAULT '{}',
  -- Created by a dossier import from a code alone: listed for the user to complete.
  incomplete boolean NOT NULL DEFAULT false,
  -- Seeded at first start to show the product; not the ward's official catalogue.
  demo boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  CHECK (limit_days IS NULL OR limit_hours IS NULL),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id)
);

-- The internal process of a procedure: each step's unit (or another agency, liên thông) and its time budget.
CREATE TABLE procedure_steps (
  tenant_id uuid NOT NULL,
  procedure_id uuid NOT NULL,
  no integer NOT NULL CHECK (no >= 1),
  name text NOT NULL CHECK (name <> ''),
  unit_id uuid,
  -- Another agency's name when the step is not the ward's (liên thông).
  agency text,
  budget_hours numeric(7, 2) NOT NULL CHECK (budget_hours >= 0),
  PRIMARY KEY (tenant_id, procedure_id, no),
  FOREIGN KEY (tenant_id, procedure_id) REFERENCES procedures (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id)
);

-- A ward's one-stop settings; no row means the defaults.
CREATE TABLE dossier_settings (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  -- A second supplement request by the same agency (DOMAIN §3, [unverified]): allowed, allowed with a warning, refused.
  second_supplement text NOT NULL DEFAULT 'warn' CHECK (second_supplement IN ('allow', 'warn', 'refuse')),
  updated_by uuid,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id)
);

-- The day's last sequence number per agency. Intake takes the next one with INSERT … ON CONFLICT DO UPDATE …
-- RETURNING in the dossier's own transaction: the row lock makes concurrent intakes wait in turn, so codes are
-- unique and increase in commit order.
CREATE TABLE dossier_sequences (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  agency_code text NOT NULL,
  day date NOT NULL,
  last_value integer NOT NULL CHECK (last_value >= 1),
  PRIMARY KEY (tenant_id, agency_code, day)
);

CREATE TABLE dossiers (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  -- MaHoSo: {agency id}-{yymmdd}-{sequence}.
  code text NOT NULL CHECK (code <> ''),
  procedure_id uuid NOT NULL,
  -- The unit handling the dossier; null: the ward as a whole.
  unit_id uuid,
  -- TrangThaiHoSo, the national codes 1–10.
  status smallint NOT NULL CHECK (status BETWEEN 1 AND 10),
  -- KenhThucHien: 1 in person, 2 online, 3 public post; null counts as in person.
  channel smallint CHECK (channel BETWEEN 1 AND 3),
  applicant_name text NOT NULL,
  applicant_phone text,
  applicant_email text,
  applicant_address text,
  applicant_id_number text,
  -- [{ "name", "form"?, "copies"?, "hasFile" }]: the papers received and whether each is digitised.
  components jsonb NOT NULL DEFAULT '[]'::jsonb,
  submitted_at timestamptz,
  -- NgayTiepNhan: acceptance of the complete dossier, when the clock starts.
  received_at timestamptz,
  -- NgayHenTra as set at acceptance (the receipt slip's appointment).
  due_at timestamptz,
  -- 'limit': due_at comes from the procedure's limit on the calendar, so a calendar change moves it;
  -- 'recorded': it came from another system and is kept.
  due_source text NOT NULL DEFAULT 'limit' CHECK (due_source IN ('limit', 'recorded')),
  -- The working due: pushed by supplement time, or the apology letter's date; null while the clock is stopped.
  current_due_at timestamptz,
  -- NgayKetThucXuLy and NgayTra as another system recorded them.
  finished_at timestamptz,
  returned_at timestamptz,
  -- The end of processing (9, else 10, else 8/3/7), kept so a period's dossiers are found with an index.
  ended_at timestamptz,
  -- [{ "status", "at" }]: the national status history.
  history jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- [{ "requestedAt", "suppliedAt", "agency", "items", "reason" }]: the clock pauses (form 02).
  supplements jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- [{ "name", "amount" }] and [{ "place": portal|gateway|offline, "paidAt", "amount" }].
  fee_lines jsonb NOT NULL DEFAULT '[]'::jsonb,
  payments jsonb NOT NULL DEFAULT '[]'::jsonb,
  result_code text,
  result_file_url text,
  digitised boolean NOT NULL DEFAULT false,
  reused boolean NOT NULL DEFAULT false,
  vneid boolean NOT NULL DEFAULT false,
  synced boolean NOT NULL DEFAULT false,
  assignee_id uuid,
  -- Where the dossier is now: the last hand-over's receiver.
  holder text,
  source text NOT NULL CHECK (source IN ('counter', 'import')),
  import_id uuid,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  FOREIGN KEY (tenant_id, procedure_id) REFERENCES procedures (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  FOREIGN KEY (tenant_id, assignee_id) REFERENCES users (tenant_id, id)
);
CREATE INDEX dossiers_received ON dossiers (tenant_id, received_at);
CREATE INDEX dossiers_open_due ON dossiers (tenant_id, current_due_at) WHERE status IN (1, 2, 4, 5, 6);

-- Dossier codes are unique across the city: the public lookup finds the tenant here before reading tenant data
-- (like user_logins). A reference table on Citus; it holds no personal data.
CREATE TABLE dossier_codes (
  code text PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  dossier_id uuid NOT NULL
);

-- Hand-overs between units and to other agencies (liên thông): the rows of the control slip (form 05).
CREATE TABLE dossier_handovers (
  tenant_id uuid NOT NULL,
  dossier_id uuid NOT NULL,
  no integer NOT NULL CHECK (no >= 1),
  from_name text NOT NULL,
  to_unit_id uuid,
  to_name text NOT NULL,
  -- True when the receiver is another agency.
  liaison boolean NOT NULL DEFAULT false,
  given_at timestamptz NOT NULL,
  given_by uuid,
  received_at timestamptz,
  received_by uuid,
  -- The giving side's time budget from the procedure's steps, when it has one.
  budget_hours numeric(7, 2),
  note text,
  PRIMARY KEY (tenant_id, dossier_id, no),
  FOREIGN KEY (tenant_id, dossier_id) REFERENCES dossiers (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, to_unit_id) REFERENCES units (tenant_id, id)
);

-- The apology letter (form 04): proposed by the daily job one working day before a dossier will be late, issued
-- by the officer with the reason and the new date. One per dossier: Decree 61 sets the new date once.
CREATE TABLE dossier_apologies (
  tenant_id uuid NOT NULL,
  dossier_id uuid NOT NULL,
  proposed_at timestamptz,
  -- The due moment the letter is about.
  due_at timestamptz NOT NULL,
  -- The agency that caused the delay owes the letter.
  agency text NOT NULL,
  issued_at timestamptz,
  issued_by uuid,
  reason text,
  new_due_at timestamptz,
  PRIMARY KEY (tenant_id, dossier_id),
  CHECK (issued_at IS NULL OR (reason IS NOT NULL AND new_due_at IS NOT NULL)),
  FOREIGN KEY (tenant_id, dossier_id) REFERENCES dossiers (tenant_id, id) ON DELETE CASCADE
);

-- The applicant's rating after the result is returned (public page), once per dossier.
CREATE TABLE dossier_ratings (
  tenant_id uuid NOT NULL,
  dossier_id uuid NOT NULL,
  satisfied boolean NOT NULL,
  criteria text[] NOT NULL DEFAULT '{}',
  comment text,
  rated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, dossier_id),
  FOREIGN KEY (tenant_id, dossier_id) REFERENCES dossiers (tenant_id, id) ON DELETE CASCADE
);

-- Failed public lookups per code, so guessing a code's phone digits stops after a few tries. Not tenant data.
CREATE TABLE dossier_lookup_failures (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL,
  ip text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX dossier_lookup_failures_code_at ON dossier_lookup_failures (code, at);

-- An import of dossiers from the city's one-stop system: a row moving pending → running → done | failed, so the
-- page shows progress.
CREATE TABLE dossier_imports (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  file_name text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'running', 'done', 'failed')),
  total_rows integer NOT NULL DEFAULT 0,
  processed_rows integer NOT NULL DEFAULT 0,
  created_count integer NOT NULL DEFAULT 0,
  updated_count integer NOT NULL DEFAULT 0,
  -- [{ "row", "code", "reason" }]
  rejected jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- Procedure codes the file named that were not in the catalogue: created incomplete.
  new_procedures text[] NOT NULL DEFAULT '{}',
  error text,
  created_by uuid,
  created_at timestamptz NOT NULL,
  finished_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);

-- Decision 766 figures cchc cannot compute (1.1–1.4, 4.2.2, 4.3–4.5), entered with their evidence for a period
-- named like the index's periods (2026-03, 2026-Q1, 2026).
CREATE TABLE indicator_entries (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  period text NOT NULL CHECK (period ~ '^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$'),
  code text NOT NULL,
  numerator numeric(12, 2) NOT NULL CHECK (numerator >= 0),
  denominator numeric(12, 2) NOT NULL CHECK (denominator >= numerator),
  evidence text NOT NULL CHECK (evidence <> ''),
  entered_by uuid,
  entered_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, period, code)
);

-- Points, targets and bands of the index: the city's row applies to every ward without its own.
CREATE TABLE indicator_configs (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  config jsonb NOT NULL,
  updated_by uuid,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id)
);
