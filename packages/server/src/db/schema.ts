import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables; kept in step with `migrations/*.sql` by the migration test. */
export interface Database {
  tenants: TenantsTable;
  units: UnitsTable;
  users: UsersTable;
  user_logins: UserLoginsTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  audit_events: AuditEventsTable;
  schema_migrations: SchemaMigrationsTable;
  tenant_mergers: TenantMergersTable;
  feed_keys: FeedKeysTable;
  feed_calls: FeedCallsTable;
}

type Timestamp = ColumnType<Date, Date, Date>;
type Json = ColumnType<unknown, string, string>;

export interface TenantsTable {
  id: string;
  code: string;
  kind: 'city' | 'ward' | 'commune' | 'special_zone';
  parent_id: string | null;
  name: string;
  short_name: string;
  agency_code: string | null;
  settings: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: Timestamp;
  // 0016: the ward lifecycle.
  admin_unit_code: ColumnType<string | null, string | null | undefined, string | null>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  updated_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface UnitsTable {
  tenant_id: string;
  id: string;
  code: string;
  name: string;
  short_name: string;
  aliases: ColumnType<string[], string[] | undefined, string[]>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
}

export interface UsersTable {
  tenant_id: string;
  id: string;
  unit_id: string | null;
  username: string;
  full_name: string;
  email: string | null;
  password_hash: string;
  roles: string[];
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  /** Migration 0011: a temporary password (an admin's reset) must be changed before anything else. */
  must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
  password_changed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** Migration 0022: since when the user takes their notifications by e-mail too; null, the bell only. */
  email_notifications_since: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface UserLoginsTable {
  username: string;
  tenant_id: string;
  user_id: string;
}

export interface SessionsTable {
  tenant_id: string;
  id: string;
  user_id: string;
  secret_hash: Buffer;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  /** Migration 0011: the last request (idle timeout), and where the session was opened, for the user's list. */
  last_seen_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  ip: ColumnType<string | null, string | null | undefined, string | null>;
  user_agent: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface LoginFailuresTable {
  id: Generated<string>;
  username: string;
  ip: string;
  at: Timestamp;
}

export interface AuditEventsTable {
  tenant_id: string;
  id: Generated<string>;
  at: Timestamp;
  actor_user_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  before: Json | null;
  after: Json | null;
  /** Migration 0011: the per-tenant hash chain, filled by the database's trigger; never written by the app. */
  seq: ColumnType<string | null, never, never>;
  prev_hash: ColumnType<Buffer | null, never, never>;
  hash: ColumnType<Buffer | null, never, never>;
}

export interface SchemaMigrationsTable {
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

// 0016: mergers of former wards and communes, and the IOC feed's API keys and call log.
export interface TenantMergersTable {
  tenant_id: string;
  id: string;
  former_name: string;
  former_code: string | null;
  former_tenant_id: string | null;
  effective_on: string;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface FeedKeysTable {
  tenant_id: string;
  id: string;
  name: string;
  key_hash: Buffer;
  key_prefix: string;
  ward_ids: string[] | null;
  created_by: string | null;
  created_at: Timestamp;
  revoked_at: Date | null;
}

export interface FeedCallsTable {
  tenant_id: string;
  id: Generated<string>;
  key_id: string | null;
  at: Timestamp;
  path: string;
  status: number;
  ip: string;
}
