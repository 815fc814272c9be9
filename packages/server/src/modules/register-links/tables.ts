import type { RegisterKind } from '@cchc/domain';
import type { ColumnType } from 'kysely';

// Type aliases rather than interfaces: `withTables` needs shapes assignable to an index signature.

export type TaskRegisterLinksTable = {
  tenant_id: string;
  task_id: string;
  record_kind: RegisterKind;
  record_id: string;
  evidence_id: string;
  linked_by: string | null;
  linked_at: ColumnType<Date, Date, Date>;
};

/** Kysely's view of `migrations/0022-register-task-links-and-mail-opt-in.sql`'s link table. */
export type RegisterLinkTables = { task_register_links: TaskRegisterLinksTable };
