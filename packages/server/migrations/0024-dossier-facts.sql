-- The facts of each dossier with every recorded event known (the domain's settledFactsOf), kept so that Decision 766
-- and form II.06a for a ward or the city are summed in SQL by comparing dates, without reading histories. A row holds
-- only while its basis is unchanged: the dossier row (its xmin), the procedure row (limit, fee, online level, paper
-- result) and the working calendar's content version. Any write to either row gives it a new xmin, so a row that no
-- longer matches is simply not used and is recomputed at the next read; nothing has to remember to refresh it.
CREATE TABLE dossier_facts (
  tenant_id uuid NOT NULL,
  dossier_id uuid NOT NULL,
  dossier_xmin xid NOT NULL,
  procedure_xmin xid NOT NULL,
  calendar_version text NOT NULL,
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
