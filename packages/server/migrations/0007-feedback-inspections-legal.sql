-- Citizen feedback (phản ánh, kiến nghị, DOMAIN.md §5), self-inspections of PAR work (target đ) and the ward's
-- legal documents (VBQPPL) with their review and expiry. Tenant-owned: tenant_id first in every key.

-- Per-ward feedback settings: the working-day deadlines are the national portal's practice, hence data.
CREATE TABLE feedback_settings (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  reject_days integer NOT NULL CHECK (reject_days BETWEEN 1 AND 60),
  info_request_days integer NOT NULL CHECK (info_request_days BETWEEN 1 AND 60),
  answer_days integer NOT NULL CHECK (answer_days BETWEEN 1 AND 90),
  publish_days integer NOT NULL CHECK (publish_days BETWEEN 1 AND 60),
  remind_before integer NOT NULL CHECK (remind_before BETWEEN 0 AND 10),
  -- Where new feedback lands before anyone routes it (usually the Public Administrative Service Centre).
  intake_unit_id uuid,
  updated_by uuid,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id),
  FOREIGN KEY (tenant_id, intake_unit_id) REFERENCES units (tenant_id, id)
);

-- The ward's legal documents (văn bản quy phạm pháp luật): feedback may be about one (task 19).
CREATE TABLE legal_documents (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  -- Số, ký hiệu: `05/2026/QĐ-UBND`.
  number_symbol text NOT NULL,
  doc_type text NOT NULL CHECK (doc_type IN ('resolution', 'decision')),
  title text NOT NULL,
  issuer text NOT NULL,
  signed_on date NOT NULL,
  effective_on date NOT NULL,
  expires_on date,
  -- in_force, amended (in force, changed in part), expired (by its own term), replaced, repealed.
  status text NOT NULL CHECK (status IN ('in_force', 'amended', 'expired', 'replaced', 'repealed')),
  -- When the document stopped being in force (expired, replaced, repealed); the yearly list reads it.
  ended_on date,
  file_sha256 text CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
  file_name text,
  file_type text,
  file_size integer,
  created_by uuid,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, number_symbol),
  CHECK (effective_on >= signed_on),
  CHECK (expires_on IS NULL OR expires_on >= effective_on)
);

-- A document acting on another: the new one amends, replaces or repeals the old (read both ways).
CREATE TABLE legal_document_links (
  tenant_id uuid NOT NULL,
  source_id uuid NOT NULL,
  target_id uuid NOT NULL,
  relation text NOT NULL CHECK (relation IN ('amends', 'replaces', 'repeals')),
  effective_on date NOT NULL,
  note text,
  created_by uuid,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, source_id, target_id, relation),
  FOREIGN KEY (tenant_id, source_id) REFERENCES legal_documents (tenant_id, id),
  FOREIGN KEY (tenant_id, target_id) REFERENCES legal_documents (tenant_id, id),
  CHECK (source_id <> target_id)
);
CREATE INDEX legal_document_links_target ON legal_document_links (tenant_id, target_id);

-- Every status change of a document, never deleted.
CREATE TABLE legal_document_history (
  tenant_id uuid NOT NULL,
  document_id uuid NOT NULL,
  seq integer NOT NULL,
  from_status text,
  to_status text NOT NULL,
  by_document_id uuid,
  note text,
  changed_by uuid,
  changed_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, document_id, seq),
  FOREIGN KEY (tenant_id, document_id) REFERENCES legal_documents (tenant_id, id),
  FOREIGN KEY (tenant_id, by_document_id) REFERENCES legal_documents (tenant_id, id)
);

-- Review plans (kế hoạch rà soát văn bản) and the conclusion reached for each document reviewed.
CREATE TABLE legal_review_plans (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2199),
  title text NOT NULL,
  reference text,
  due_on date,
  created_by uuid,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE legal_review_results (
  tenant_id uuid NOT NULL,
  review_plan_id uuid NOT NULL,
  document_id uuid NOT NULL,
  conclusion text NOT NULL CHECK (conclusion IN ('keep', 'amend', 'replace', 'repeal', 'expired')),
  note text,
  reviewed_by uuid,
  reviewed_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, review_plan_id, document_id),
  FOREIGN KEY (tenant_id, review_plan_id) REFERENCES legal_review_plans (tenant_id, id),
  FOREIGN KEY (tenant_id, document_id) REFERENCES legal_documents (tenant_id, id)
);

CREATE TABLE feedback (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  -- The citizen's key, shown once at submission.
  tracking_code text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('online', 'counter', 'phone', 'letter')),
  category text NOT NULL CHECK (category IN ('regulation', 'procedure', 'dossier', 'staff')),
  title text NOT NULL,
  text text NOT NULL,
  dossier_code text,
  legal_document_id uuid,
  -- Optional: needed only for a reply. Never published.
  submitter_name text,
  submitter_phone text,
  submitter_email text,
  submitter_address text,
  -- khiếu nại / tố cáo recognised in the text, for the officer to redirect.
  complaint_kinds text[] NOT NULL DEFAULT '{}',
  -- A new feedback about the same matter points at the first.
  related_feedback_id uuid,
  status text NOT NULL
    CHECK (status IN ('received', 'info_requested', 'awaiting_approval', 'answered', 'published', 'rejected', 'transferred_out')),
  unit_id uuid,
  submitted_at timestamptz NOT NULL,
  intake_by uuid,
  last_transfer_at timestamptz,
  info_requested_at timestamptz,
  info_request_text text,
  info_supplied_text text,
  -- Rejection or transfer to another agency: both close the feedback at intake.
  closed_at_intake_at timestamptz,
  reject_reason text CHECK (reject_reason IN ('out_of_scope', 'complaint', 'duplicate', 'abusive', 'insufficient_info', 'other')),
  close_note text,
  transferred_to_agency text,
  answer_text text,
  answer_submitted_by uuid,
  answer_submitted_at timestamptz,
  return_note text,
  approved_by uuid,
  approved_at timestamptz,
  published_by uuid,
  published_at timestamptz,
  -- What the public page shows: personal data removed, reviewed by whoever publishes.
  public_title text,
  public_text text,
  public_answer text,
  -- Due moments on the ward's calendar; recomputed when the calendar or the settings change.
  reject_due_at timestamptz NOT NULL,
  info_due_at timestamptz NOT NULL,
  answer_due_at timestamptz NOT NULL,
  publish_due_at timestamptz,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, tracking_code),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  FOREIGN KEY (tenant_id, related_feedback_id) REFERENCES feedback (tenant_id, id),
  FOREIGN KEY (tenant_id, legal_document_id) REFERENCES legal_documents (tenant_id, id),
  CHECK (related_feedback_id IS NULL OR related_feedback_id <> id)
);
CREATE INDEX feedback_status ON feedback (tenant_id, status, unit_id);
CREATE INDEX feedback_submitted ON feedback (tenant_id, submitted_at);
CREATE INDEX feedback_related ON feedback (tenant_id, related_feedback_id) WHERE related_feedback_id IS NOT NULL;
CREATE INDEX feedback_published ON feedback (tenant_id, published_at DESC) WHERE status = 'published';

-- Everything done to a feedback, in order: routing and transfers (with the units or agency), requests for
-- information, answers, approvals, publication. The answer clock reads the transfers here.
CREATE TABLE feedback_events (
  tenant_id uuid NOT NULL,
  feedback_id uuid NOT NULL,
  seq integer NOT NULL,
  action text NOT NULL,
  at timestamptz NOT NULL,
  -- Null for the citizen (the public form, supplying information).
  actor_user_id uuid,
  from_unit_id uuid,
  to_unit_id uuid,
  agency text,
  note text,
  PRIMARY KEY (tenant_id, feedback_id, seq),
  FOREIGN KEY (tenant_id, feedback_id) REFERENCES feedback (tenant_id, id),
  FOREIGN KEY (tenant_id, from_unit_id) REFERENCES units (tenant_id, id),
  FOREIGN KEY (tenant_id, to_unit_id) REFERENCES units (tenant_id, id)
);

-- Files attached by the citizen or the officer; the bytes live in the files folder by their hash.
CREATE TABLE feedback_attachments (
  tenant_id uuid NOT NULL,
  feedback_id uuid NOT NULL,
  id uuid NOT NULL,
  file_name text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL CHECK (size > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  uploaded_by uuid,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, feedback_id, id),
  FOREIGN KEY (tenant_id, feedback_id) REFERENCES feedback (tenant_id, id)
);

-- Likes and dislikes of a published answer, one per voter (a hash of the address and the browser's token); a
-- dislike may say the citizen is not satisfied, and why.
CREATE TABLE feedback_reactions (
  tenant_id uuid NOT NULL,
  feedback_id uuid NOT NULL,
  voter_hash text NOT NULL,
  reaction text NOT NULL CHECK (reaction IN ('like', 'dislike')),
  reason text,
  at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, feedback_id, voter_hash),
  FOREIGN KEY (tenant_id, feedback_id) REFERENCES feedback (tenant_id, id)
);

-- Reminders sent before a deadline: the key makes the daily job idempotent.
CREATE TABLE feedback_reminders (
  tenant_id uuid NOT NULL,
  feedback_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('reject', 'info_request', 'answer', 'publish')),
  due_at timestamptz NOT NULL,
  remind_on date NOT NULL,
  unit_id uuid,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, feedback_id, kind, due_at),
  FOREIGN KEY (tenant_id, feedback_id) REFERENCES feedback (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id)
);
CREATE INDEX feedback_reminders_day ON feedback_reminders (tenant_id, remind_on);

-- The yearly inspection plan (kế hoạch kiểm tra công tác CCHC): periodic or ad hoc, with its scope and team.
CREATE TABLE inspection_plans (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2199),
  title text NOT NULL,
  -- Số, ký hiệu of the plan once issued: `15/KH-UBND`.
  reference text,
  scope text NOT NULL,
  team text[] NOT NULL DEFAULT '{}',
  created_by uuid,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

-- One unit's inspection under a plan: dates, the unit's self-inspection form, the conclusion notice.
CREATE TABLE inspections (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  plan_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  planned_from date NOT NULL,
  planned_to date NOT NULL,
  status text NOT NULL CHECK (status IN ('planned', 'self_assessed', 'concluded', 'cancelled')),
  self_assessment jsonb NOT NULL DEFAULT '[]'::jsonb,
  self_assessed_by uuid,
  self_assessed_at timestamptz,
  conclusion text,
  concluded_by uuid,
  concluded_at timestamptz,
  notice_number text,
  notice_date date,
  signer_name text,
  cancel_note text,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, plan_id) REFERENCES inspection_plans (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  CHECK (planned_from <= planned_to),
  CHECK (status <> 'concluded' OR concluded_at IS NOT NULL)
);
CREATE INDEX inspections_unit ON inspections (tenant_id, unit_id, status);

CREATE TABLE inspection_findings (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  inspection_id uuid NOT NULL,
  severity text NOT NULL CHECK (severity IN ('minor', 'moderate', 'serious')),
  text text NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, inspection_id) REFERENCES inspections (tenant_id, id)
);

-- What the unit must fix, by when, and who answers for it.
CREATE TABLE inspection_follow_ups (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  inspection_id uuid NOT NULL,
  finding_id uuid,
  action text NOT NULL,
  owner_unit_id uuid NOT NULL,
  owner_name text,
  due_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'done')),
  done_at timestamptz,
  done_note text,
  created_by uuid,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, inspection_id) REFERENCES inspections (tenant_id, id),
  FOREIGN KEY (tenant_id, finding_id) REFERENCES inspection_findings (tenant_id, id),
  FOREIGN KEY (tenant_id, owner_unit_id) REFERENCES units (tenant_id, id)
);
