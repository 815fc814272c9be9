-- Periodic PAR reports (issue 7, DOMAIN.md §1 reporting regime, §7): each unit's report for a period of the plan,
-- reviewed by the coordinator; the ward's consolidated report kept as versions and, once sent, its number, date and
-- recipients; reminders. Periods are not stored: they come from plan_report_periods and the ward's window setting.

-- The ward's report settings; a ward without a row uses the defaults (window since the previous report, reminders
-- 5 and 1 working days before the due date, recipients from the city's name).
CREATE TABLE report_settings (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  -- since_previous: day after the previous report's window to the due date; decree_09: 15th to 14th (Decree
  -- 09/2019); calendar: calendar quarters, half-year and year.
  window_mode text NOT NULL CHECK (window_mode IN ('since_previous', 'decree_09', 'calendar')),
  -- Working days before a due date on which units are reminded (counted back on the working calendar).
  remind_working_days integer[] NOT NULL CHECK (cardinality(remind_working_days) <= 5),
  -- `Nơi nhận` of the consolidated report, and who keeps the archive copy (`VT, VHXH`).
  recipients text[] NOT NULL,
  archive text NOT NULL,
  updated_by uuid,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id),
  FOREIGN KEY (tenant_id, updated_by) REFERENCES users (tenant_id, id)
);

-- A unit's report for one period: what it wrote (results per reform area, limits, causes, proposals, next tasks) and
-- where it stands. The first submission decides lateness: a report returned and sent again after the due date was
-- still in on time.
CREATE TABLE report_submissions (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  plan_id uuid NOT NULL,
  period text NOT NULL CHECK (period IN ('Q1', 'Q2', 'H1', 'Q3', 'Y')),
  unit_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'accepted')),
  content jsonb NOT NULL,
  first_submitted_at timestamptz,
  submitted_at timestamptz,
  submitted_by uuid,
  reviewed_at timestamptz,
  reviewed_by uuid,
  -- The coordinator's comment on the latest return or acceptance.
  review_comment text,
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, plan_id, period, unit_id),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  FOREIGN KEY (tenant_id, submitted_by) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, reviewed_by) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, updated_by) REFERENCES users (tenant_id, id),
  CHECK (status = 'draft' OR first_submitted_at IS NOT NULL),
  CHECK (status <> 'returned' OR coalesce(review_comment, '') <> '')
);
CREATE INDEX report_submissions_period ON report_submissions (tenant_id, plan_id, period);

-- Every submission, return and acceptance of a unit's report, with the comment: the report's history. Append-only.
CREATE TABLE report_submission_events (
  tenant_id uuid NOT NULL,
  submission_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq >= 1),
  action text NOT NULL CHECK (action IN ('submit', 'return', 'accept')),
  at timestamptz NOT NULL,
  actor_user_id uuid NOT NULL,
  comment text,
  PRIMARY KEY (tenant_id, submission_id, seq),
  FOREIGN KEY (tenant_id, submission_id) REFERENCES report_submissions (tenant_id, id),
  FOREIGN KEY (tenant_id, actor_user_id) REFERENCES users (tenant_id, id)
);

-- The ward's consolidated report of a period. Its row is locked while a version is added, so versions number 1, 2, 3…
CREATE TABLE reports (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  plan_id uuid NOT NULL,
  period text NOT NULL CHECK (period IN ('Q1', 'Q2', 'H1', 'Q3', 'Y')),
  latest_version integer NOT NULL CHECK (latest_version >= 1),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, plan_id, period),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id)
);

-- Every saved draft: generated (figures read afresh, texts pre-filled from the units) or edited (texts changed, the
-- figures of the version it was edited from). Never changed: the document of a version always reads the same.
CREATE TABLE report_versions (
  tenant_id uuid NOT NULL,
  report_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  kind text NOT NULL CHECK (kind IN ('generated', 'edited')),
  window_mode text NOT NULL CHECK (window_mode IN ('since_previous', 'decree_09', 'calendar')),
  window_start date NOT NULL,
  window_end date NOT NULL,
  -- The day the figures were read: today while the window was open, else its last day.
  as_of date NOT NULL,
  -- The snapshot of every number the report prints (ReportFigures) and the text sections by key.
  figures jsonb NOT NULL,
  sections jsonb NOT NULL,
  -- The document's date, signer (mode, name), recipients and archive.
  meta jsonb NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, report_id, version),
  FOREIGN KEY (tenant_id, report_id) REFERENCES reports (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id),
  CHECK (window_start <= window_end)
);

-- "Mark as sent": the registry number, the date and the recipients of the version that went out. One per report:
-- once sent, the report takes no more versions.
CREATE TABLE report_dispatches (
  tenant_id uuid NOT NULL,
  report_id uuid NOT NULL,
  version integer NOT NULL,
  number text NOT NULL CHECK (number <> ''),
  sent_on date NOT NULL,
  recipients text[] NOT NULL CHECK (cardinality(recipients) >= 1),
  sent_by uuid NOT NULL,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, report_id),
  FOREIGN KEY (tenant_id, report_id, version) REFERENCES report_versions (tenant_id, report_id, version),
  FOREIGN KEY (tenant_id, sent_by) REFERENCES users (tenant_id, id)
);

-- Reminders of a unit's report: before the due date and once after it. The key makes the daily job idempotent.
CREATE TABLE report_reminders (
  tenant_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  period text NOT NULL CHECK (period IN ('Q1', 'Q2', 'H1', 'Q3', 'Y')),
  unit_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('due_soon', 'overdue')),
  remind_on date NOT NULL,
  due_date date NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, plan_id, period, unit_id, kind, remind_on),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id)
);
CREATE INDEX report_reminders_day ON report_reminders (tenant_id, remind_on);

-- refuse_change() comes from 0004: history and saved versions are append-only.
CREATE TRIGGER report_submission_events_append_only BEFORE UPDATE OR DELETE ON report_submission_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER report_versions_append_only BEFORE UPDATE OR DELETE ON report_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER report_dispatches_append_only BEFORE UPDATE OR DELETE ON report_dispatches
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
