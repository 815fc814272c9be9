-- The task list is cached like the public pages (tasks/list-cache.ts), on the same stamp of a ward's inputs
-- (migrations 0018 and 0031). Besides the plan, its tasks, units, calendar and the ward's settings, already
-- stamped, a listed task's flags read its lead units, its updates' days, its milestones and the plan's reporting
-- periods: a write to any of them stamps its ward too, whatever code path made it.
DO $$
DECLARE
  input text;
BEGIN
  FOREACH input IN ARRAY ARRAY['plan_task_units', 'task_updates', 'plan_task_milestones', 'plan_report_periods'] LOOP
    EXECUTE format('CREATE TRIGGER public_inputs_stamp_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION public_inputs_stamp()', input);
    EXECUTE format('CREATE TRIGGER public_inputs_stamp_update AFTER UPDATE ON %I '
      'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_inputs_stamp()', input);
    EXECUTE format('CREATE TRIGGER public_inputs_stamp_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION public_inputs_stamp()', input);
  END LOOP;
END;
$$;
