-- Register work (legal reviews, legal documents, the yearly expired list, self-inspection plans and inspections)
-- tied to the plan tasks it serves: a task shows the records as evidence and is no longer "chưa triển khai".
-- `record_id` is the record's id, or the year for the expired list (a list computed from the register, not a row).
CREATE TABLE task_register_links (
  tenant_id uuid NOT NULL,
  task_id uuid NOT NULL,
  record_kind text NOT NULL CHECK (
    record_kind IN ('legal_review', 'legal_document', 'expired_list', 'inspection_plan', 'inspection')
  ),
  record_id text NOT NULL CHECK (record_id <> ''),
  -- The evidence row written when the link was made (task_evidence is append-only).
  evidence_id uuid NOT NULL,
  linked_by uuid,
  linked_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, task_id, record_kind, record_id),
  FOREIGN KEY (tenant_id, task_id) REFERENCES plan_tasks (tenant_id, id),
  FOREIGN KEY (tenant_id, evidence_id) REFERENCES task_evidence (tenant_id, id),
  FOREIGN KEY (tenant_id, linked_by) REFERENCES users (tenant_id, id)
);
CREATE INDEX task_register_links_record ON task_register_links (tenant_id, record_kind, record_id);

-- A staff member's choice to receive their to-do and notification items by e-mail, and since when: items created
-- before the choice are not sent. NULL: the bell only (the default).
ALTER TABLE users ADD COLUMN email_notifications_since timestamptz;
