import { type RawBuilder, sql } from 'kysely';

/**
 * `= ANY($1::uuid[])` for `.where(column, '=', anyUuid(ids))`: one parameter however many ids, so a read of many
 * tenants is one statement of one shape (the planner's cached plan serves 1 ward or 114).
 */
export const anyUuid = (ids: readonly string[]): RawBuilder<string> => sql<string>`ANY(${[...ids]}::uuid[])`;
