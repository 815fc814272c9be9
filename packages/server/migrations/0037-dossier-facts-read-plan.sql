-- What the fast path of Decision 766 and form II.06a reads of dossier_facts, planned from the columns (lane city766).
-- The dossiers whose facts do not answer for the day judged (an older or newer calendar, or an event after the day)
-- are found as ranges of this index, not by reading every fact of the wards: a few hundred of 100 000.
CREATE INDEX dossier_facts_holding ON dossier_facts (calendar_version, last_event_at);
-- Each ward has its own procedures: without this, the sums per ward and procedure were estimated at four times the
-- groups there are.
CREATE STATISTICS dossier_facts_ward_procedure (ndistinct) ON tenant_id, procedure_id FROM dossier_facts;
