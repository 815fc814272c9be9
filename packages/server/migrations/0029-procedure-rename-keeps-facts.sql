-- A procedure's update drops its dossiers' facts only when it changes what the facts hold: the time limit (due
-- dates), the fee, the online level and the paper result (traits). A rename, a new field (lĩnh vực), unit,
-- components or the active flag keep them: the code and field are joined from procedures when the facts are read.
CREATE OR REPLACE FUNCTION dossier_facts_drop_procedure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- One statement: the listing and the delete see the same facts.
  WITH changed AS (
    SELECT n.tenant_id, n.id FROM new_rows n JOIN old_rows o ON o.tenant_id = n.tenant_id AND o.id = n.id
     WHERE (o.limit_days, o.limit_hours, o.fee, o.online_level, o.returns_paper_result)
           IS DISTINCT FROM (n.limit_days, n.limit_hours, n.fee, n.online_level, n.returns_paper_result)
  ), listed AS (
    INSERT INTO dossier_facts_pending (tenant_id, dossier_id)
      SELECT f.tenant_id, f.dossier_id FROM dossier_facts f JOIN changed c ON f.tenant_id = c.tenant_id AND f.procedure_id = c.id
      ON CONFLICT DO NOTHING
  )
  DELETE FROM dossier_facts f USING changed c WHERE f.tenant_id = c.tenant_id AND f.procedure_id = c.id;
  RETURN NULL;
END;
$$;
DROP TRIGGER dossier_facts_procedure_update ON procedures;
CREATE TRIGGER dossier_facts_procedure_update AFTER UPDATE ON procedures
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_facts_drop_procedure();
