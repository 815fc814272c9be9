import { type FieldErrors, fieldsOut } from '../../../errors.js';
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

/** The report of a refused row: its field errors (sentences and reasons), the message naming each field. */
export function errorRow(row: number, code: string | null, fields: FieldErrors, message?: string): RowReport {
  const described = Object.entries(fields)
    .map(([f, m]) => `${f}: ${m.message}`)
    .join('; ');
  return { row, code, action: 'error', message: message ?? described, ...fieldsOut(fields) };
}
