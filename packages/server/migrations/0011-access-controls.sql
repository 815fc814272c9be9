-- Access that holds: account lifecycle columns, throttle indexes, the action scope of dossiers and the
-- tamper-evident audit chain.

-- A temporary password (an admin's reset) must be changed before anything else; demo and console accounts are not.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN password_changed_at timestamptz;

-- Sessions are listed to their user (where, when last used) and end after an idle time the ward sets.
ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz;
ALTER TABLE sessions ADD COLUMN ip text;
ALTER TABLE sessions ADD COLUMN user_agent text;
CREATE INDEX sessions_user ON sessions (tenant_id, user_id);

-- Login failures are counted per (account, address) and per address, so a stranger's guesses never lock the
-- owner out from another address.
CREATE INDEX login_failures_ip_username_at ON login_failures (ip, username, at);
-- Lookup failures likewise per (code, address) and per address.
CREATE INDEX dossier_lookup_failures_ip_at ON dossier_lookup_failures (ip, code, at);

-- Who may act on a dossier: 'ward' (any officer with the right role) or 'unit' (the handling unit's staff and the
-- dossier's assignees only).
ALTER TABLE dossier_settings ADD COLUMN action_scope text NOT NULL DEFAULT 'ward'
  CHECK (action_scope IN ('ward', 'unit'));

-- The audit chain: each event carries its place in its tenant's chain and the hash of the one before, so an
-- edited, deleted or reordered event shows (`cchc audit verify`). The head keeps the last link, so cutting the
-- chain's tail shows too.
ALTER TABLE audit_events ADD COLUMN seq bigint;
ALTER TABLE audit_events ADD COLUMN prev_hash bytea;
ALTER TABLE audit_events ADD COLUMN hash bytea;
CREATE UNIQUE INDEX audit_events_chain ON audit_events (tenant_id, seq);

CREATE TABLE audit_chain_heads (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  last_seq bigint NOT NULL,
  last_hash bytea NOT NULL,
  PRIMARY KEY (tenant_id)
);

-- The digest of one event over the previous link. Times in microseconds since the epoch and jsonb's canonical
-- text, so the same row hashes the same whatever the session's time zone.
CREATE FUNCTION audit_event_digest(prev bytea, e audit_events) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
  SELECT sha256(coalesce(prev, '\x'::bytea) || convert_to(concat_ws(E'\x1f',
    e.tenant_id::text,
    (extract(epoch FROM e.at) * 1000000)::bigint::text,
    coalesce(e.actor_user_id::text, '-'),
    e.action, e.entity, e.entity_id,
    coalesce(e.before::text, 'null'),
    coalesce(e.after::text, 'null')), 'UTF8'))
$$;

-- Appends under a per-tenant advisory lock held to the end of the transaction: two writers of one ward take turns,
-- two wards never wait for each other.
CREATE FUNCTION audit_chain_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash bytea;
BEGIN
  PERFORM pg_advisory_xact_lock(1211, hashtext(NEW.tenant_id::text));
  SELECT h.last_seq, h.last_hash INTO last_seq, last_hash FROM audit_chain_heads h WHERE h.tenant_id = NEW.tenant_id;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := last_hash;
  NEW.hash := audit_event_digest(last_hash, NEW);
  INSERT INTO audit_chain_heads (tenant_id, last_seq, last_hash) VALUES (NEW.tenant_id, NEW.seq, NEW.hash)
    ON CONFLICT (tenant_id) DO UPDATE SET last_seq = EXCLUDED.last_seq, last_hash = EXCLUDED.last_hash;
  RETURN NEW;
END;
$$;

-- Chain the events written before this migration, in the order they were written.
ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
DO $$
DECLARE
  e audit_events;
  prev bytea;
  n bigint;
  current_tenant uuid;
BEGIN
  FOR e IN SELECT * FROM audit_events ORDER BY tenant_id, id LOOP
    IF current_tenant IS DISTINCT FROM e.tenant_id THEN
      current_tenant := e.tenant_id;
      prev := NULL;
      n := 0;
    END IF;
    n := n + 1;
    e.seq := n;
    e.prev_hash := prev;
    e.hash := audit_event_digest(prev, e);
    UPDATE audit_events SET seq = e.seq, prev_hash = e.prev_hash, hash = e.hash
      WHERE tenant_id = e.tenant_id AND id = e.id;
    INSERT INTO audit_chain_heads VALUES (e.tenant_id, n, e.hash)
      ON CONFLICT (tenant_id) DO UPDATE SET last_seq = EXCLUDED.last_seq, last_hash = EXCLUDED.last_hash;
    prev := e.hash;
  END LOOP;
END;
$$;
ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;

CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_chain_append();
