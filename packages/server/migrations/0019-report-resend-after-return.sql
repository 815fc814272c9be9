-- A consolidated report the city returned (city_report_returns) is sent again (issue 16): each sending is its own
-- row, keyed by the version that went out, so the first sending stays as it was and the city sees the latest.
ALTER TABLE report_dispatches DROP CONSTRAINT report_dispatches_pkey;
ALTER TABLE report_dispatches ADD PRIMARY KEY (tenant_id, report_id, version);
