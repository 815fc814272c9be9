-- The bell tells more than tasks: feedback deadlines, periodic reports due and apology letters to issue. Those
-- are not tasks, so `task_id` stays null and `subject` names what the notification is about
-- (`feedback:<id>:<deadline>`, `report:<period>:<unit>`, `dossier:<id>`). The key gains `subject`, so two
-- reminders of one day about different things are both kept, while two servers running the same job still
-- insert each key once. Task notifications keep the empty subject, so their key is unchanged.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (
  'due_soon', 'overdue', 'update_missing', 'returned', 'awaiting_review', 'weekly_digest',
  'feedback_deadline', 'report_due', 'apology_needed'
));
ALTER TABLE notifications ADD COLUMN subject text NOT NULL DEFAULT '';
ALTER TABLE notifications DROP CONSTRAINT notifications_once;
ALTER TABLE notifications
  ADD CONSTRAINT notifications_once UNIQUE NULLS NOT DISTINCT (tenant_id, user_id, kind, task_id, subject, day);
