import i18n from 'i18next';
import { ApiError } from '../../api/client';

/**
 * The Vietnamese message of each invalid control of a form (by `name`), from its own constraints (`required`,
 * `minLength`, `pattern` with its `title` as the message) and its label: the browser's own bubbles would speak the
 * browser's language. Empty when the form may be sent.
 */
export function checkForm(form: HTMLFormElement): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement))
      continue;
    if (!el.name || errors[el.name]) continue;
    const label = el.labels?.[0]?.textContent?.trim() || el.getAttribute('aria-label') || el.name;
    const value = el.value.trim();
    if (el.required && value === '') errors[el.name] = i18n.t('citizen.required', { label: label.toLowerCase() });
    else if (!(el instanceof HTMLSelectElement) && el.minLength > 0 && value !== '' && value.length < el.minLength)
      errors[el.name] = i18n.t('citizen.tooShort', { label, min: el.minLength });
    else if (el instanceof HTMLInputElement && el.validity.patternMismatch) errors[el.name] = el.title;
  }
  return errors;
}

/**
 * The API's error (`{ error: { code, message, fields } }`) for a plain form: the messages of the form's own fields,
 * and the message to show above the submit button when it names none of them (403, 409, a network failure).
 */
export function serverErrors(error: unknown, fieldNames: readonly string[]) {
  if (!(error instanceof ApiError)) return { fields: {}, message: messageOf(error) };
  const fields = Object.fromEntries(Object.entries(error.fields).filter(([name]) => fieldNames.includes(name)));
  return { fields, message: Object.keys(fields).length > 0 ? null : error.message };
}

/** What to tell the citizen of a failed call: the server's message (in the UI's language), else a plain "try again". */
export const messageOf = (error: unknown): string =>
  error instanceof ApiError ? error.message : i18n.t('errors.generic');
