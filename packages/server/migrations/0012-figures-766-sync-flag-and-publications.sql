-- Decision 766 as the national portal counts it.
-- 1. Whether a dossier reached the national portal is known only when its source says so (DaDongBo): NULL means
--    unknown, so 1.4 and the 3.3 sync ratio are computed only from data that carries the flag. Dossiers imported
--    before this migration could not tell "0" from "no column"; their false stays false.
ALTER TABLE dossiers ALTER COLUMN synced DROP NOT NULL;
ALTER TABLE dossiers ALTER COLUMN synced SET DEFAULT NULL;

-- 2. A published month is frozen: each publication of a ward's month is a dated revision holding the figures
--    as shown. A later import or correction that changes the figures adds a revision; none is ever updated.
CREATE TABLE indicator_publications (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  month text NOT NULL CHECK (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  revision integer NOT NULL CHECK (revision >= 1),
  published_at timestamptz NOT NULL,
  -- Why this revision exists: first publication, a later import, a manual republication.
  reason text NOT NULL CHECK (reason IN ('published', 'import', 'republished')),
  report jsonb NOT NULL,
  -- The public figures' digest, to tell whether a recomputation changed anything.
  digest text NOT NULL,
  published_by uuid,
  PRIMARY KEY (tenant_id, month, revision),
  FOREIGN KEY (tenant_id, published_by) REFERENCES users (tenant_id, id)
);

CREATE FUNCTION indicator_publications_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'indicator_publications is append-only: publish a new revision instead';
END;
$$;

CREATE TRIGGER indicator_publications_no_change BEFORE UPDATE OR DELETE ON indicator_publications
  FOR EACH ROW EXECUTE FUNCTION indicator_publications_append_only();
