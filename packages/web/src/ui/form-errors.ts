import type { FormInstance } from 'antd';
import i18n from 'i18next';
import { ApiError } from '../api/client';

/**
 * The one mapping of the API's error (`{ error: { code, message, fields } }`) onto an AntD form: each field's
 * message under that field (a dotted name is a path, `items.0.text`), and the message to show above the form when
 * the error names none of the form's fields (403, 409, a network failure), else null. `fieldNames` lists the form's
 * own fields when the server may name others.
 */
export function showServerErrors(form: FormInstance, error: unknown, fieldNames?: readonly string[]): string | null {
  if (!(error instanceof ApiError)) return i18n.t('errors.generic');
  const known = Object.entries(error.fields).filter(([name]) => !fieldNames || fieldNames.includes(name));
  form.setFields(known.map(([name, message]) => ({ name: name.split('.'), errors: [message] })));
  return known.length > 0 ? null : error.message;
}
