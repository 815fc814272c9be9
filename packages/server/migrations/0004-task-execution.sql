-- Task execution (issue 5): the follow-up of the plan's tasks. Status, progress and the completion's review sit
-- on `plan_tasks` (one row per task, kept across versions); updates, evidence, amendment proposals, entered target
-- values and in-app notifications are tables keyed by tenant first, like every tenant table (0001).

-- What the unit reports and where its completion stands. `completed`/`completed_late` are set on acceptance only.
ALTER TABLE plan_tasks
  ADD COLUMN status text NOT NULL DEFAULT 'not_started'
    CHECK (status IN ('not_started', 'in_progress', 'completed', 'completed_late', 'not_done')),
  ADD COLUMN progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  ADD COLUMN not_done_reason text,
  ADD COLUMN review_state text CHECK (review_state IN ('pending_unit_head', 'pending_acceptance', 'accepted', 'returned')),
  -- The day the unit says the work was done; on acceptance it is compared with the due date then in force.
  ADD COLUMN completed_on date,
  ADD COLUMN submitted_by uuid,
  ADD COLUMN accepted_at timestamptz,
  ADD COLUMN accepted_by uuid,
  -- Event tasks ("Theo yêu cầu của thành phố"): the instruction received and the due date it set. Kept apart from
  -- `due_date`, which is the plan's own and belongs to the plan versions.
  ADD COLUMN trigger_doc_number text,
  ADD COLUMN trigger_doc_date date,
  ADD COLUMN trigger_received_at timestamptz,
  ADD COLUMN triggered_due_date date,
  -- Set when the due date was counted in working days from the instruction's date: a calendar change moves it.
  ADD COLUMN trigger_working_days integer CHECK (trigger_working_days > 0),
  -- Tasks assigned by the city or the chairman (target b): the document that assigned them.
  ADD COLUMN source_doc_number text,
  ADD COLUMN source_doc_date date,
  ADD COLUMN source_doc_title text,
  ADD COLUMN last_update_at timestamptz,
  ADD CONSTRAINT plan_tasks_not_done_reason CHECK (status <> 'not_done' OR coalesce(not_done_reason, '') <> ''),
  ADD CONSTRAINT plan_tasks_submitter FOREIGN KEY (tenant_id, submitted_by) REFERENCES users (tenant_id, id),
  ADD CONSTRAINT plan_tasks_acceptor FOREIGN KEY (tenant_id, accepted_by) REFERENCES users (tenant_id, id);
CREATE INDEX plan_tasks_status ON plan_tasks (tenant_id, plan_id, status);

-- The timeline of a task: progress updates, contributions of coordinating units, evidence added, completion
-- submitted, approved by the unit head, accepted or returned, trigger received. Append-only.
CREATE TABLE task_updates (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  task_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN (
    'progress', 'contribution', 'evidence', 'submit', 'unit_approve', 'accept', 'return', 'trigger', 'assign', 'amend'
  )),
  at timestamptz NOT NULL,
  -- Vietnam's calendar date of `at`: reporting windows and reminders count in days.
  on_date date NOT NULL,
  author_user_id uuid NOT NULL,
  author_unit_id uuid,
  status_after text,
  progress_after integer CHECK (progress_after BETWEEN 0 AND 100),
  comment text,
  -- What else the entry carries (the trigger's document, the completion day…), shaped per kind.
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, task_id) REFERENCES plan_tasks (tenant_id, id),
  FOREIGN KEY (tenant_id, author_user_id) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, author_unit_id) REFERENCES units (tenant_id, id)
);
CREATE INDEX task_updates_task ON task_updates (tenant_id, task_id, at);

-- Evidence (minh chứng): a stored file, found by its content hash under <data>/files and never overwritten, or a
-- reference to an official document (number, date). Never deleted: a replaced file is a new row.
CREATE TABLE task_evidence (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  task_id uuid NOT NULL,
  update_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('file', 'document')),
  file_sha256 text CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
  file_name text,
  file_size bigint CHECK (file_size > 0),
  mime_type text,
  doc_number text,
  doc_date date,
  doc_title text,
  added_by uuid NOT NULL,
  unit_id uuid,
  added_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, task_id) REFERENCES plan_tasks (tenant_id, id),
  FOREIGN KEY (tenant_id, update_id) REFERENCES task_updates (tenant_id, id),
  FOREIGN KEY (tenant_id, added_by) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  CHECK (kind <> 'file' OR (file_sha256 IS NOT NULL AND file_name IS NOT NULL AND file_size IS NOT NULL)),
  CHECK (kind <> 'document' OR (doc_number IS NOT NULL AND doc_date IS NOT NULL))
);
CREATE INDEX task_evidence_task ON task_evidence (tenant_id, task_id);

-- Single-task amendments proposed from the execution side (add, change or drop one task), decided by the
-- chairman; an approved one becomes a plan version of kind 'amendment' and is applied to plan_tasks.
CREATE TABLE task_amendments (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  plan_id uuid NOT NULL,
  action text NOT NULL CHECK (action IN ('add', 'change', 'drop')),
  task_id uuid,
  -- The proposed fields (content, units, timeframe…) for add and change; empty for drop.
  proposal jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- The task as it was when proposed, so the chairman sees what changes.
  before jsonb,
  reason text NOT NULL CHECK (reason <> ''),
  status text NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected')),
  proposed_by uuid NOT NULL,
  proposed_unit_id uuid,
  proposed_at timestamptz NOT NULL,
  decided_by uuid,
  decided_at timestamptz,
  decision_note text,
  applied_version integer,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id),
  FOREIGN KEY (tenant_id, task_id) REFERENCES plan_tasks (tenant_id, id),
  FOREIGN KEY (tenant_id, proposed_by) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, decided_by) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, plan_id, applied_version) REFERENCES plan_versions (tenant_id, plan_id, version),
  CHECK ((action = 'add') = (task_id IS NULL))
);
CREATE INDEX task_amendments_plan ON task_amendments (tenant_id, plan_id, status);

-- Values of targets cchc cannot compute (PAR Index rank, DTI rank, budget revenue…), entered by the coordinator
-- with their date and evidence. Not tied to plan_targets rows, which a new plan version rewrites: the code and the
-- metric name the measure.
CREATE TABLE target_entries (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  plan_id uuid NOT NULL,
  target_code text NOT NULL,
  metric text NOT NULL,
  value numeric NOT NULL,
  as_of date NOT NULL,
  evidence_number text,
  evidence_date date,
  note text,
  entered_by uuid NOT NULL,
  entered_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id),
  FOREIGN KEY (tenant_id, entered_by) REFERENCES users (tenant_id, id)
);
CREATE INDEX target_entries_metric ON target_entries (tenant_id, plan_id, metric, as_of);

-- In-app notifications (the bell). One per user, kind, task and day: two servers running the daily job insert
-- the same keys and the second insert does nothing, so nobody is told (or e-mailed) twice.
CREATE TABLE notifications (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  user_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('due_soon', 'overdue', 'update_missing', 'returned', 'awaiting_review', 'weekly_digest')),
  task_id uuid,
  day date NOT NULL,
  -- What the text is made of (task number and content, due date, figures…); the UI words it in its language.
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL,
  read_at timestamptz,
  -- E-mail: a server claims the row before sending, so only one sends it; `emailed_at` once the server took it.
  email_claimed_at timestamptz,
  emailed_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT notifications_once UNIQUE NULLS NOT DISTINCT (tenant_id, user_id, kind, task_id, day),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, task_id) REFERENCES plan_tasks (tenant_id, id)
);
CREATE INDEX notifications_unread ON notifications (tenant_id, user_id, created_at DESC) WHERE read_at IS NULL;

-- The audit log and the task timeline are append-only: the database refuses to change or delete their rows.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER task_updates_append_only BEFORE UPDATE OR DELETE ON task_updates
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER task_evidence_append_only BEFORE UPDATE OR DELETE ON task_evidence
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
