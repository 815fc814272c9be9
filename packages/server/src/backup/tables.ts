import type pg from 'pg';

/** A table of the public schema with the tables its foreign keys point to. */
interface TableInfo {
  name: string;
  dependsOn: string[];
}

/**
 * The application's tables, parents before children (foreign-key order), so a restore can load them one by one
 * without disabling constraints (which needs superuser on a city's server).
 */
export async function tablesInLoadOrder(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string; deps: string[] | null }>(`
    SELECT c.relname::text AS name,
           array_remove(array_agg(DISTINCT r.relname::text), NULL) AS deps
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'f'
      LEFT JOIN pg_class r ON r.oid = k.confrelid AND r.oid <> c.oid
     WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
     GROUP BY c.relname`);
  return topologicalOrder(rows.map((r) => ({ name: r.name, dependsOn: r.deps ?? [] })));
}

function topologicalOrder(tables: TableInfo[]): string[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const order: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (done.has(name) || path.has(name)) return;
    path.add(name);
    for (const dep of byName.get(name)?.dependsOn ?? []) visit(dep, path);
    done.add(name);
    order.push(name);
  };
  for (const t of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(t.name, new Set());
  return order;
}

/** Quotes an identifier that came from the catalog. */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
