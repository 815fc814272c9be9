-- The PAR Index (Chỉ số CCHC) and DTI (docs/PAR-INDEX.md): the city's criteria sets, versioned per year and index,
-- live in the city's tenant; each ward's self-assessment, its scores and their evidence live in the ward's tenant
-- and name the set by id only, so no foreign key crosses tenants.

-- One imported version of a year's criteria set. The latest version of (kind, year) is the one in force.
CREATE TABLE par_criteria_sets (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('par', 'dti')),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2199),
  version integer NOT NULL CHECK (version >= 1),
  title text NOT NULL,
  total_points numeric(7, 2) NOT NULL CHECK (total_points >= 0),
  -- The last day a ward may submit its self-assessment (the city's deadline); null: none set.
  submit_deadline date,
  file_name text NOT NULL,
  file_sha256 text NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
  warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
  imported_by uuid NOT NULL,
  imported_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, kind, year, version),
  FOREIGN KEY (tenant_id, imported_by) REFERENCES users (tenant_id, id)
);

-- A node of a set: an area, a criterion or a sub-criterion; only leaves are scored.
CREATE TABLE par_criteria (
  tenant_id uuid NOT NULL,
  set_id uuid NOT NULL,
  code text NOT NULL CHECK (code <> ''),
  position integer NOT NULL,
  label text NOT NULL,
  parent_code text,
  level integer NOT NULL CHECK (level >= 1),
  title text NOT NULL CHECK (title <> ''),
  max_points numeric(7, 2) NOT NULL CHECK (max_points >= 0),
  method text NOT NULL CHECK (method IN ('yes_no', 'scale', 'ratio', 'survey', 'deduction')),
  thresholds jsonb NOT NULL DEFAULT '[]'::jsonb,
  source text CHECK (source IN ('reports_on_time', 'tasks_done', 'indicators_766', 'inspection_coverage')),
  guide text NOT NULL DEFAULT '',
  survey boolean NOT NULL,
  leaf boolean NOT NULL,
  sheet_row integer NOT NULL,
  PRIMARY KEY (tenant_id, set_id, code),
  UNIQUE (tenant_id, set_id, position),
  FOREIGN KEY (tenant_id, set_id) REFERENCES par_criteria_sets (tenant_id, id),
  FOREIGN KEY (tenant_id, set_id, parent_code) REFERENCES par_criteria (tenant_id, set_id, code)
);

-- A ward's self-assessment of one index and year: draft → submitted → appraised → final.
CREATE TABLE par_assessments (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('par', 'dti')),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2199),
  -- The city's set (another tenant: by id only). A draft follows the latest version; a submitted one keeps its own.
  set_id uuid NOT NULL,
  set_version integer NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'appraised', 'final')),
  -- The figures the pre-scores were read from, frozen at submission.
  facts jsonb,
  submitted_at timestamptz,
  submitted_by uuid,
  appraised_at timestamptz,
  appraised_by_name text,
  appraisal_comment text,
  -- The ward's one answer to the appraisal.
  answer text CHECK (answer IS NULL OR answer <> ''),
  answered_at timestamptz,
  answered_by uuid,
  finalised_at timestamptz,
  final_score numeric(7, 2),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, kind, year),
  FOREIGN KEY (tenant_id, submitted_by) REFERENCES users (tenant_id, id),
  FOREIGN KEY (tenant_id, answered_by) REFERENCES users (tenant_id, id),
  CHECK (status = 'draft' OR submitted_at IS NOT NULL),
  CHECK (status NOT IN ('appraised', 'final') OR appraised_at IS NOT NULL),
  CHECK (status <> 'final' OR (finalised_at IS NOT NULL AND final_score IS NOT NULL)),
  CHECK (answer IS NULL OR answered_at IS NOT NULL)
);

-- A leaf's score: the ward's value (an override of a pre-score needs its reason), the council's, the city's survey.
CREATE TABLE par_scores (
  tenant_id uuid NOT NULL,
  assessment_id uuid NOT NULL,
  code text NOT NULL,
  self_value numeric(7, 2),
  self_points numeric(7, 2),
  override_reason text CHECK (override_reason IS NULL OR override_reason <> ''),
  note text,
  -- The pre-score at submission (computed live while in draft).
  pre_value numeric(7, 2),
  pre_points numeric(7, 2),
  pre_calculation text,
  appraised_value numeric(7, 2),
  appraised_points numeric(7, 2),
  appraisal_comment text,
  updated_by uuid,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, assessment_id, code),
  FOREIGN KEY (tenant_id, assessment_id) REFERENCES par_assessments (tenant_id, id)
);

-- Evidence of a criterion, linked to what cchc already holds rather than retyped, or a document typed in.
CREATE TABLE par_evidence (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  assessment_id uuid NOT NULL,
  code text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('task', 'task_evidence', 'report', 'inspection', 'legal_review', 'document')),
  task_id uuid,
  task_evidence_id uuid,
  report_id uuid,
  inspection_id uuid,
  legal_review_plan_id uuid,
  legal_document_id uuid,
  doc_number text,
  doc_date date,
  doc_title text,
  -- The unit that contributed it (null: the coordinator's own).
  unit_id uuid,
  added_by uuid NOT NULL,
  added_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, assessment_id) REFERENCES par_assessments (tenant_id, id),
  FOREIGN KEY (tenant_id, task_id) REFERENCES plan_tasks (tenant_id, id),
  FOREIGN KEY (tenant_id, task_evidence_id) REFERENCES task_evidence (tenant_id, id),
  FOREIGN KEY (tenant_id, report_id) REFERENCES reports (tenant_id, id),
  FOREIGN KEY (tenant_id, inspection_id) REFERENCES inspections (tenant_id, id),
  FOREIGN KEY (tenant_id, legal_review_plan_id, legal_document_id)
    REFERENCES legal_review_results (tenant_id, review_plan_id, document_id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  FOREIGN KEY (tenant_id, added_by) REFERENCES users (tenant_id, id),
  CHECK (kind <> 'task' OR task_id IS NOT NULL),
  CHECK (kind <> 'task_evidence' OR task_evidence_id IS NOT NULL),
  CHECK (kind <> 'report' OR report_id IS NOT NULL),
  CHECK (kind <> 'inspection' OR inspection_id IS NOT NULL),
  CHECK (kind <> 'legal_review' OR (legal_review_plan_id IS NOT NULL AND legal_document_id IS NOT NULL)),
  CHECK (kind <> 'document' OR (doc_title IS NOT NULL AND doc_title <> ''))
);
CREATE INDEX par_evidence_criterion ON par_evidence (tenant_id, assessment_id, code);
