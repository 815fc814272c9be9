-- The bell tells events as well as reminders (a completion accepted, a unit report returned, a decision
-- waiting for the chairman, a citizen's dossier or feedback to tell), and an item clears once the thing it asks
-- for is done. `cleared_at` is set then; the bell and its count leave cleared rows out, history stays.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (
  'due_soon', 'overdue', 'update_missing', 'returned', 'awaiting_review', 'weekly_digest',
  'feedback_deadline', 'report_due', 'apology_needed',
  'accepted', 'report_returned', 'decision_waiting'
));
ALTER TABLE notifications ADD COLUMN cleared_at timestamptz;
DROP INDEX notifications_unread;
CREATE INDEX notifications_unread ON notifications (tenant_id, user_id, created_at DESC)
  WHERE read_at IS NULL AND cleared_at IS NULL;
