-- Public pages (the monthly 766 results) are served from results cached per ward and period. They stay valid
-- while nothing they are computed from has changed: every write to an input table stamps the written tenants
-- with a fresh number from one sequence, in the writing statement's transaction, whatever code path made it
-- (HTTP, import job, CLI, plain SQL). A cached result remembers the stamp it was computed under; the city's
-- stamp counts for every ward (its calendar and 766 configuration are the wards' defaults).
CREATE SEQUENCE public_input_generation;

CREATE TABLE public_inputs (
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  generation bigint NOT NULL,
  PRIMARY KEY (tenant_id)
);

-- Statement-level, with transition tables: an import of 10 000 dossiers stamps its ward once, not 10 000 times.
-- Tenants are stamped in id order so that two writers of several wards cannot deadlock on these rows.
CREATE FUNCTION public_inputs_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO public_inputs (tenant_id, generation)
      SELECT t, nextval('public_input_generation') FROM (SELECT DISTINCT tenant_id AS t FROM new_rows ORDER BY 1) s
      ON CONFLICT (tenant_id) DO UPDATE SET generation = EXCLUDED.generation;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO public_inputs (tenant_id, generation)
      SELECT t, nextval('public_input_generation') FROM (SELECT DISTINCT tenant_id AS t FROM old_rows ORDER BY 1) s
       WHERE EXISTS (SELECT 1 FROM tenants WHERE id = s.t)
      ON CONFLICT (tenant_id) DO UPDATE SET generation = EXCLUDED.generation;
  END IF;
  RETURN NULL;
END;
$$;

-- A renamed ward or unit changes its page too; tenants carry their id as `id`.
CREATE FUNCTION public_inputs_stamp_tenant() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public_inputs (tenant_id, generation)
    SELECT t, nextval('public_input_generation') FROM (SELECT DISTINCT id AS t FROM new_rows ORDER BY 1) s
    ON CONFLICT (tenant_id) DO UPDATE SET generation = EXCLUDED.generation;
  RETURN NULL;
END;
$$;

CREATE TRIGGER public_inputs_stamp_update AFTER UPDATE ON tenants REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public_inputs_stamp_tenant();

-- The inputs of the 766 figures: dossiers and their ratings, procedures (time limits), the working calendar,
-- the 766 configuration and entered figures, units, feedback (5.2-5.3), and the published revisions themselves.
DO $$
DECLARE
  input text;
BEGIN
  FOREACH input IN ARRAY ARRAY['dossiers', 'dossier_ratings', 'procedures', 'calendar_year_versions',
    'calendar_year_days', 'calendar_settings', 'office_hours', 'indicator_configs', 'indicator_entries',
    'indicator_publications', 'units', 'feedback', 'feedback_settings'] LOOP
    EXECUTE format('CREATE TRIGGER public_inputs_stamp_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION public_inputs_stamp()', input);
    EXECUTE format('CREATE TRIGGER public_inputs_stamp_update AFTER UPDATE ON %I '
      'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_inputs_stamp()', input);
    EXECUTE format('CREATE TRIGGER public_inputs_stamp_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION public_inputs_stamp()', input);
  END LOOP;
END;
$$;
