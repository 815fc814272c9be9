-- The ward lifecycle and the IOC data feed's API keys.

-- The official administrative-unit code (mã đơn vị hành chính, Decision 19/2025), the state of a ward
-- (a deactivated ward is read only, its data kept) and when it was last renamed or deactivated.
ALTER TABLE tenants ADD COLUMN admin_unit_code text;
ALTER TABLE tenants ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE tenants ADD COLUMN updated_at timestamptz;
-- (The one-stop agency code is unique in the city since 0005; the administrative-unit code is too.)
CREATE UNIQUE INDEX tenants_admin_unit_code ON tenants (admin_unit_code) WHERE admin_unit_code IS NOT NULL;

-- A merger (sáp nhập): a former ward or commune and the ward it became, so series reported under the former
-- name can be reported under the new ward. Owned by the ward it became.
CREATE TABLE tenant_mergers (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  former_name text NOT NULL,
  -- The former unit's administrative-unit code, when it had one.
  former_code text,
  -- The former unit, when it was a tenant here itself (deactivated by the merger).
  former_tenant_id uuid REFERENCES tenants (id),
  effective_on date NOT NULL,
  recorded_by uuid,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, former_name)
);

-- API keys of the city's data consumers (the IOC). Owned by the city tenant. Only the sha256 of the key is
-- stored: a leaked table does not give working keys.
CREATE TABLE feed_keys (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  name text NOT NULL,
  key_hash bytea NOT NULL UNIQUE,
  -- The first characters of the key, to tell keys apart in lists without revealing them.
  key_prefix text NOT NULL,
  -- The wards the key may read; null means every ward of the city.
  ward_ids uuid[],
  created_by uuid,
  created_at timestamptz NOT NULL,
  revoked_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);

-- Every call of the feed, answered or refused (a refused call has no key).
CREATE TABLE feed_calls (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id bigint GENERATED ALWAYS AS IDENTITY,
  key_id uuid,
  at timestamptz NOT NULL,
  path text NOT NULL,
  status integer NOT NULL,
  ip text NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, key_id) REFERENCES feed_keys (tenant_id, id)
);
CREATE INDEX feed_calls_key_at ON feed_calls (tenant_id, key_id, at);
