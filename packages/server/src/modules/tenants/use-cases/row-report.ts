import type { RowReport } from '../schemas.js';

/** A per-row import report with its counts. */
export function summarise(rows: RowReport[]) {
  const count = (action: RowReport['action']) => rows.filter((r) => r.action === action).length;
  return {
    rows,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    errors: count('error'),
  };
}
