-- Organisation (city -> wards/communes -> units), users, sessions and the audit log.
-- Every tenant-owned table carries tenant_id first in its primary key and in its foreign keys, so a city can
-- distribute these tables on Citus by tenant_id (docs/ARCHITECTURE.md, "Tenancy and scale-out").

-- The city and its wards, communes and special zones. A reference table on Citus (small, read everywhere).
CREATE TABLE tenants (
  id uuid PRIMARY KEY,
  code text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('city', 'ward', 'commune', 'special_zone')),
  parent_id uuid REFERENCES tenants (id),
  name text NOT NULL,
  short_name text NOT NULL,
  -- Agency code on the national portal (mã đơn vị), the prefix of dossier codes.
  agency_code text,
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL
);

CREATE TABLE units (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  code text NOT NULL,
  name text NOT NULL,
  short_name text NOT NULL,
  -- Other spellings documents use (typos included), resolved by the plan importer.
  aliases text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code)
);

CREATE TABLE users (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  unit_id uuid,
  username text NOT NULL,
  full_name text NOT NULL,
  email text,
  password_hash text NOT NULL,
  roles text[] NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, username),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id)
);

-- Usernames are unique across the city: login looks up the tenant here before touching tenant data.
-- A reference table on Citus; it holds no secret.
CREATE TABLE user_logins (
  username text PRIMARY KEY,
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL
);

CREATE TABLE sessions (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  user_id uuid NOT NULL,
  -- sha256 of the secret half of the cookie: a leaked table does not give live sessions.
  secret_hash bytea NOT NULL,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);

-- Failed logins, counted per username and per address to slow password guessing. Not tenant data.
CREATE TABLE login_failures (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username text NOT NULL,
  ip text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX login_failures_username_at ON login_failures (username, at);
CREATE INDEX login_failures_ip_at ON login_failures (ip, at);

-- Append-only: who changed what, with the state before and after.
CREATE TABLE audit_events (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id bigint GENERATED ALWAYS AS IDENTITY,
  at timestamptz NOT NULL,
  actor_user_id uuid,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  before jsonb,
  after jsonb,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_events_entity ON audit_events (tenant_id, entity, entity_id);
