-- The task list asks, per task, for its newest update day in a range (tasks/repository.ts lastUpdateDays): read
-- backwards from this index, a few entries per task instead of every update of the year.
CREATE INDEX task_updates_task_day ON task_updates (tenant_id, task_id, on_date);
