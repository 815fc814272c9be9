-- The city level: the city's returns of a ward's consolidated report, and the tasks the city assigns to
-- one ward, a block or all of them. Rows of a ward's report live in the ward's tenant; the city's assignment lives
-- in the city's tenant, and each ward's copy is a plan task of the ward (source 'city') linked here by id only, so
-- no foreign key crosses tenants.

-- A consolidated report the city sent back with a comment. The ward's dispatch stays as it was (append-only); the
-- inbox shows the report as returned until a later return is superseded by a new sending.
CREATE TABLE city_report_returns (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  plan_id uuid NOT NULL,
  period text NOT NULL CHECK (period IN ('Q1', 'Q2', 'H1', 'Q3', 'Y')),
  comment text NOT NULL CHECK (comment <> ''),
  -- The city's user (another tenant: named, not referenced).
  returned_by_user_id uuid NOT NULL,
  returned_by_name text NOT NULL,
  returned_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id)
);
CREATE INDEX city_report_returns_period ON city_report_returns (tenant_id, plan_id, period, returned_at);

-- A task the city assigns (target b, II.1.b), with the document that assigns it and whom it goes to.
CREATE TABLE city_tasks (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  content text NOT NULL CHECK (content <> ''),
  doc_number text NOT NULL CHECK (doc_number <> ''),
  doc_date date NOT NULL,
  doc_title text,
  due_date date,
  -- 'all' wards, one 'block' (ward | commune), or the listed 'wards' (tenant codes).
  scope text NOT NULL CHECK (scope IN ('all', 'block', 'wards')),
  scope_block text CHECK (scope_block IN ('ward', 'commune')),
  scope_codes text[] NOT NULL DEFAULT '{}',
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id),
  CHECK (scope <> 'block' OR scope_block IS NOT NULL)
);

-- The ward's copy of a city task: the plan task it became in the ward's plan.
CREATE TABLE city_task_assignments (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  city_task_id uuid NOT NULL,
  task_id uuid NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, city_task_id),
  FOREIGN KEY (tenant_id, task_id) REFERENCES plan_tasks (tenant_id, id)
);
