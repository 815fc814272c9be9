-- The facts of each dossier with every recorded event known (the domain's settledFactsOf), kept so that Decision 766
-- and form II.06a for a ward or the city are summed in SQL by comparing dates, without reading histories.
-- A write to a dossier, its apology letter or its procedure (limit, fee, online level, paper result) drops the
-- dossier's facts and lists it in dossier_facts_pending, in the writing statement's transaction, whatever code path
-- made it; facts computed under another working calendar carry its old version and are not used. The next read
-- computes what is missing through the domain and stores it (modules/indicators/summed-period.ts).
CREATE TABLE dossier_facts (
  tenant_id uuid NOT NULL,
  dossier_id uuid NOT NULL,
  calendar_version text NOT NULL,
  -- Copied from the dossier row: the period's rows, the II.06a units, the feedback's codes.
  code text NOT NULL,
  procedure_id uuid NOT NULL,
  unit_id uuid,
  row_received_at timestamptz,
  row_ended_at timestamptz,
  -- The facts hold for a day judged after this instant (null: the dossier records no event).
  last_event_at timestamptz,
  received_on date,
  finished boolean NOT NULL,
  ended_on date,
  end_status smallint,
  -- The date compared with the due date: the end's or the pending supplement request's; null: the day judged.
  judged_on date,
  due_on date,
  due_on_with_letter date,
  supplement_requests integer NOT NULL,
  office_minutes double precision NOT NULL,
  online boolean NOT NULL,
  counts_as_online boolean NOT NULL,
  sync_known boolean NOT NULL,
  synced boolean NOT NULL,
  fee_synced boolean NOT NULL,
  paid_online boolean NOT NULL,
  owes_fee boolean NOT NULL,
  paper_result boolean NOT NULL,
  result_file boolean NOT NULL,
  digitised boolean NOT NULL,
  PRIMARY KEY (tenant_id, dossier_id),
  FOREIGN KEY (tenant_id, dossier_id) REFERENCES dossiers (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX dossier_facts_procedure ON dossier_facts (tenant_id, procedure_id);

-- Dossiers whose facts are to be computed.
CREATE TABLE dossier_facts_pending (
  tenant_id uuid NOT NULL,
  dossier_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, dossier_id),
  FOREIGN KEY (tenant_id, dossier_id) REFERENCES dossiers (tenant_id, id) ON DELETE CASCADE
);
INSERT INTO dossier_facts_pending (tenant_id, dossier_id) SELECT tenant_id, id FROM dossiers;

-- Statement-level, with transition tables: an import of 10 000 dossiers runs two statements, not 20 000.
CREATE FUNCTION dossier_facts_drop() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM dossier_facts f USING new_rows n WHERE f.tenant_id = n.tenant_id AND f.dossier_id = n.id;
  INSERT INTO dossier_facts_pending (tenant_id, dossier_id) SELECT DISTINCT tenant_id, id FROM new_rows
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
CREATE TRIGGER dossier_facts_insert AFTER INSERT ON dossiers REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_facts_drop();
CREATE TRIGGER dossier_facts_update AFTER UPDATE ON dossiers REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_facts_drop();

-- An apology letter moves the due date under rules that let it, and is an event of the dossier.
CREATE FUNCTION dossier_facts_drop_letter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM dossier_facts f USING changed_rows c WHERE f.tenant_id = c.tenant_id AND f.dossier_id = c.dossier_id;
  INSERT INTO dossier_facts_pending (tenant_id, dossier_id)
    SELECT DISTINCT c.tenant_id, c.dossier_id FROM changed_rows c
     WHERE EXISTS (SELECT 1 FROM dossiers d WHERE d.tenant_id = c.tenant_id AND d.id = c.dossier_id)
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
CREATE TRIGGER dossier_facts_letter_insert AFTER INSERT ON dossier_apologies REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_facts_drop_letter();
CREATE TRIGGER dossier_facts_letter_update AFTER UPDATE ON dossier_apologies REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_facts_drop_letter();
CREATE TRIGGER dossier_facts_letter_delete AFTER DELETE ON dossier_apologies REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_facts_drop_letter();

-- A procedure's limit, fee, online level or paper result decides its dossiers' due dates and traits.
CREATE FUNCTION dossier_facts_drop_procedure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dossier_facts_pending (tenant_id, dossier_id)
    SELECT f.tenant_id, f.dossier_id FROM dossier_facts f JOIN new_rows n ON f.tenant_id = n.tenant_id AND f.procedure_id = n.id
    ON CONFLICT DO NOTHING;
  DELETE FROM dossier_facts f USING new_rows n WHERE f.tenant_id = n.tenant_id AND f.procedure_id = n.id;
  RETURN NULL;
END;
$$;
CREATE TRIGGER dossier_facts_procedure_update AFTER UPDATE ON procedures REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_facts_drop_procedure();
