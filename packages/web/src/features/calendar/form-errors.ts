import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client';

/**
 * Shows the server's field messages under the form's own fields; returns the message to show elsewhere when the
 * error names no field of this form (403, 409 without fields, network failure).
 */
export function showServerErrors(form: FormInstance, error: unknown, fieldNames: readonly string[]): string | null {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const known = Object.entries(error.fields).filter(([name]) => fieldNames.includes(name));
  form.setFields(known.map(([name, message]) => ({ name, errors: [message] })));
  return known.length > 0 ? null : error.message;
}
