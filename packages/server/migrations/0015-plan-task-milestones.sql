-- Plans in any layout: a task's number as the document writes it ("1.2", "a", restarting in each
-- group), and timeframes with several milestones ("Tháng 3 và tháng 9/2026"): each milestone is a deliverable
-- with its own due date, flagged overdue on its own (docs/DOMAIN.md §1), and marked done on its own.

-- `no` stays the task's position in the appendix (the key imports match on); `no_label` is what the table says.
ALTER TABLE plan_tasks ADD COLUMN no_label text;

ALTER TABLE plan_tasks DROP CONSTRAINT plan_tasks_timeframe_kind_check;
ALTER TABLE plan_tasks ADD CONSTRAINT plan_tasks_timeframe_kind_check
  CHECK (timeframe_kind IN ('before', 'date', 'month', 'quarter', 'range', 'year', 'recurring', 'event', 'milestones'));

-- The milestones of a `milestones` task, in date order. A later version of the plan rewrites them; a milestone
-- whose due date stays keeps its `done_on`.
CREATE TABLE plan_task_milestones (
  tenant_id uuid NOT NULL,
  task_id uuid NOT NULL,
  position integer NOT NULL CHECK (position >= 1),
  start_date date,
  due_date date NOT NULL,
  -- The day the unit reported this deliverable handed in; null while it is open.
  done_on date,
  done_by uuid,
  PRIMARY KEY (tenant_id, task_id, position),
  FOREIGN KEY (tenant_id, task_id) REFERENCES plan_tasks (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, done_by) REFERENCES users (tenant_id, id),
  CHECK (start_date IS NULL OR start_date <= due_date)
);
CREATE INDEX plan_task_milestones_due ON plan_task_milestones (tenant_id, due_date) WHERE done_on IS NULL;
