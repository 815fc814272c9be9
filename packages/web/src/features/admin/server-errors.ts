import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client';

/**
 * Puts the API's field-level messages on the form's fields; returns the message to show when the error is not
 * about one field.
 */
export function showFieldErrors(form: FormInstance, error: unknown, fallback: string): string | null {
  if (!(error instanceof ApiError)) return fallback;
  const fields = Object.entries(error.fields);
  if (fields.length === 0) return error.message;
  form.setFields(fields.map(([name, message]) => ({ name: name.split('.'), errors: [message] })));
  return null;
}
