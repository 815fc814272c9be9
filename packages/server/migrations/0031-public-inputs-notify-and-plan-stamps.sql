-- Public pages are served from a cache each app server keeps (issue #18). Instead of reading the stamps of
-- migration 0018 on every request, a server listens: every stamp also notifies channel `public_inputs` with the
-- stamped ward's id, or 'city' when the city's inputs (every ward's defaults) changed. Notifications are sent at
-- commit, in commit order, to every listening server, so a write on one server invalidates the others' caches.
CREATE FUNCTION public_inputs_bump(stamped uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Tenants are stamped in id order so that two writers of several wards cannot deadlock on these rows; a
  -- tenant deleted in the same statement (cascade) has nothing left to stamp.
  INSERT INTO public_inputs (tenant_id, generation)
    SELECT t, nextval('public_input_generation')
      FROM (SELECT DISTINCT u AS t FROM unnest(stamped) u WHERE EXISTS (SELECT 1 FROM tenants WHERE id = u) ORDER BY 1) s
    ON CONFLICT (tenant_id) DO UPDATE SET generation = EXCLUDED.generation;
  -- Identical notifications of one transaction are sent once: an import stamps and notifies its ward once.
  PERFORM pg_notify('public_inputs', CASE WHEN kind = 'city' THEN 'city' ELSE id::text END)
     FROM tenants WHERE id = ANY (stamped);
END;
$$;

-- The triggers of 0018 and 0028 keep their names and tables; their functions now stamp through the one above
-- (an update stamps the tenants of its old and new rows once).
CREATE OR REPLACE FUNCTION public_inputs_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM public_inputs_bump(ARRAY(SELECT DISTINCT tenant_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM public_inputs_bump(ARRAY(SELECT tenant_id FROM new_rows UNION SELECT tenant_id FROM old_rows));
  ELSE
    PERFORM public_inputs_bump(ARRAY(SELECT DISTINCT tenant_id FROM old_rows));
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION public_inputs_stamp_tenant() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public_inputs_bump(ARRAY(SELECT DISTINCT id FROM new_rows));
  RETURN NULL;
END;
$$;

-- The ward portal's plan progress: the plan of the year, its versions (area titles), its tasks (status, due
-- dates, acceptance) and their evidence titles. With these stamped, the portal is cached like the results.
DO $$
DECLARE
  input text;
BEGIN
  FOREACH input IN ARRAY ARRAY['plans', 'plan_versions', 'plan_tasks', 'task_evidence'] LOOP
    EXECUTE format('CREATE TRIGGER public_inputs_stamp_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION public_inputs_stamp()', input);
    EXECUTE format('CREATE TRIGGER public_inputs_stamp_update AFTER UPDATE ON %I '
      'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_inputs_stamp()', input);
    EXECUTE format('CREATE TRIGGER public_inputs_stamp_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION public_inputs_stamp()', input);
  END LOOP;
END;
$$;
