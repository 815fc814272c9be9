import { learnServerTime } from './clock';
import type { components } from './generated';
import { pickedWard } from './ward-pick';

/** The API's one error shape (`components.schemas.ErrorBody` of the OpenAPI document). */
export type ErrorBody = components['schemas']['ErrorBody'];

/** Why a call was refused, the rule's code and values: branch on `reason.code`, never on the message. */
export type ApiErrorReason = ErrorBody['error']['reason'];

/** The API's one error shape, raised by every failed call. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    /** Without a body from the server (a proxy's page, a network failure) the reason is the status's code. */
    readonly reason: ApiErrorReason = { code, values: {} },
    /** The reason of each field in `fields`, under the same name. */
    readonly fieldReasons: Record<string, ApiErrorReason> = {},
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

/** Remembered from /auth/me; sent on every write so the server can refuse forged cross-site requests. */
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

/**
 * Calls `/api/v1<path>` with JSON, or with a `FormData` body as multipart (uploads); the current UI language goes
 * along so messages come back in it, and writes carry the session's CSRF token.
 */
export async function api<T>(path: string, init: { method?: string; body?: unknown; lang?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': init.lang ?? document.documentElement.lang ?? 'vi' };
  const form = init.body instanceof FormData ? init.body : null;
  if (init.body !== undefined && !form) headers['content-type'] = 'application/json';
  const ward = pickedWard();
  if (ward) headers['x-cchc-tenant'] = ward;
  if (init.method && init.method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: form ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    credentials: 'same-origin',
  });
  learnServerTime(response.headers.get('x-server-time'));
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const e = (data as Partial<ErrorBody> | null)?.error;
    const code = e?.code ?? 'internal';
    throw new ApiError(response.status, code, e?.message ?? response.statusText, e?.fields, e?.reason, e?.fieldReasons);
  }
  return data as T;
}

/** A multipart body of fields (empty ones left out) and files, for `api(path, { method: 'POST', body })`. */
export function formData(fields: Record<string, string | undefined>, files: Record<string, readonly File[]> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value) form.append(name, value);
  for (const [name, list] of Object.entries(files)) for (const file of list) form.append(name, file, file.name);
  return form;
}
