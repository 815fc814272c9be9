-- The yearly PAR plan (Kế hoạch CCHC, DOMAIN.md §1): one plan per tenant and year, every imported or amended
-- version kept with its full parse, and the current tasks, targets and report periods as rows that other
-- features (task execution, reports) point at.
-- A task keeps its id across versions (matched by number and content), so what hangs on it follows it; a task a
-- later version drops keeps its row with `removed_in_version`. Execution columns (status, progress, evidence…)
-- are not here: migration 0004 adds them to `plan_tasks` with ALTER TABLE or in tables keyed by the task.

CREATE TABLE plans (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1900 AND 2199),
  title text NOT NULL,
  -- draft: a new import replaces it; in_use: changes become amendments the chairman decides; closed: read-only.
  status text NOT NULL CHECK (status IN ('draft', 'in_use', 'closed')),
  -- The version whose tasks are in plan_tasks now; proposed amendments do not move it until approved.
  current_version integer NOT NULL CHECK (current_version >= 1),
  created_by uuid,
  created_at timestamptz NOT NULL,
  in_use_by uuid,
  in_use_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, year)
);

-- One row per version, never deleted: the document as it arrived (file name, format, hash) and all it said.
CREATE TABLE plan_versions (
  tenant_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  kind text NOT NULL CHECK (kind IN ('import', 'amendment')),
  status text NOT NULL CHECK (status IN ('draft', 'confirmed', 'proposed', 'approved', 'rejected')),
  source_file_name text NOT NULL,
  source_format text NOT NULL CHECK (source_format IN ('txt', 'docx', 'xlsx')),
  source_sha256 text NOT NULL CHECK (source_sha256 ~ '^[0-9a-f]{64}$'),
  -- The parse as confirmed (PlanParseResult with the user's fixes applied): header, purposes, targets, areas,
  -- responsibilities, groups, tasks, extra tasks, reports, warnings. Any version reads back from it alone.
  parsed jsonb NOT NULL,
  -- What the user changed before confirming: unit mappings and timeframe fixes.
  fixes jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- The version this one was compared with, and the changes found (tasks added, removed, edited).
  base_version integer,
  changes jsonb,
  -- Why an amendment is proposed, or why the chairman rejected it.
  note text,
  decision_note text,
  created_by uuid,
  created_at timestamptz NOT NULL,
  decided_by uuid,
  decided_at timestamptz,
  PRIMARY KEY (tenant_id, plan_id, version),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id)
);

-- The plan's tasks: the appendix rows, deadlines written in the prose, work assigned by the city or the chairman.
CREATE TABLE plan_tasks (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  plan_id uuid NOT NULL,
  -- The appendix number (TT); null for tasks outside the appendix.
  no integer,
  group_code text,
  -- The reform area of section II the group matches (II.1 …).
  area_code text,
  content text NOT NULL,
  -- Cơ quan chủ trì / phối hợp as written, and the group expression when a group rather than units is named.
  lead_text text NOT NULL,
  lead_group text,
  coordinators_text text NOT NULL,
  coordinators_group text,
  -- Who answers for the task: the lead unit, or the coordinating unit (Phòng VHXH) when a group leads.
  owner_unit_id uuid,
  timeframe_text text NOT NULL,
  timeframe_kind text NOT NULL
    CHECK (timeframe_kind IN ('before', 'date', 'month', 'quarter', 'range', 'year', 'recurring', 'event')),
  start_date date,
  due_date date,
  product text NOT NULL,
  source text NOT NULL CHECK (source IN ('appendix', 'prose', 'city', 'chairman')),
  -- e.g. `IV.2.d`, or the number and date of the city's or the chairman's document.
  source_ref text,
  added_in_version integer NOT NULL,
  removed_in_version integer,
  -- The version that last changed the task's text, units or timeframe.
  changed_in_version integer NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id),
  FOREIGN KEY (tenant_id, owner_unit_id) REFERENCES units (tenant_id, id),
  FOREIGN KEY (tenant_id, plan_id, added_in_version) REFERENCES plan_versions (tenant_id, plan_id, version),
  FOREIGN KEY (tenant_id, plan_id, removed_in_version) REFERENCES plan_versions (tenant_id, plan_id, version),
  FOREIGN KEY (tenant_id, plan_id, changed_in_version) REFERENCES plan_versions (tenant_id, plan_id, version),
  CHECK (removed_in_version IS NULL OR removed_in_version > added_in_version),
  CHECK (start_date IS NULL OR due_date IS NULL OR start_date <= due_date)
);
CREATE INDEX plan_tasks_plan ON plan_tasks (tenant_id, plan_id, no);
CREATE INDEX plan_tasks_owner ON plan_tasks (tenant_id, owner_unit_id);

-- The units named in a task's lead and coordinator cells (a unit named in both has two rows).
CREATE TABLE plan_task_units (
  tenant_id uuid NOT NULL,
  task_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('lead', 'coordinator')),
  -- Order of appearance in the cell.
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, task_id, unit_id, role),
  FOREIGN KEY (tenant_id, task_id) REFERENCES plan_tasks (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id)
);
CREATE INDEX plan_task_units_unit ON plan_task_units (tenant_id, unit_id);

-- The targets (chỉ tiêu, section I.2) of the current version, with their measures (metric, comparator, value).
CREATE TABLE plan_targets (
  tenant_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  code text NOT NULL,
  text text NOT NULL,
  measures jsonb NOT NULL DEFAULT '[]'::jsonb,
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, plan_id, code),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id)
);

-- The reporting regime (section IV.1.c) of the current version: Q2 only in plans without a 6-month report.
CREATE TABLE plan_report_periods (
  tenant_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  period text NOT NULL CHECK (period IN ('Q1', 'Q2', 'H1', 'Q3', 'Y')),
  due_date date NOT NULL,
  PRIMARY KEY (tenant_id, plan_id, period),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id)
);
