import type { Problem } from '@cchc/domain';

/** Error codes the API can answer with; each maps to one HTTP status and one message per language. */
export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_credentials: 401,
  unauthenticated: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable_file: 422,
  too_many_requests: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The machine-readable reason of a refusal: a domain rule's code and values, sent beside the message. */
export type ErrorReason = Problem;

/** A sentence for people with, beside it, the rule's code and values for code: a field's problem, a warning. */
export interface ReasonedMessage {
  message: string;
  reason: ErrorReason;
}

/** One field's problem. */
export type FieldError = ReasonedMessage;

/** Field-level problems, keyed by the dotted path of the input field. */
export type FieldErrors = Record<string, FieldError>;

/**
 * The one error type use cases throw. Every refusal has a `reason`: the refused rule's code and values when a
 * rule refused (then `message` is that rule's sentence), else the error code itself, so callers always branch on
 * `reason.code`, never on a sentence. `fields` carries field-level problems for forms, each with its own reason.
 * A custom sentence comes only with its reason (the overloads say so), so no sentence reaches a caller unexplained.
 */
export class AppError extends Error {
  readonly reason: ErrorReason;
  readonly hasCustomMessage: boolean;
  constructor(code: ErrorCode);
  constructor(code: ErrorCode, message: undefined, fields: FieldErrors);
  constructor(code: ErrorCode, message: string, fields: FieldErrors | undefined, reason: ErrorReason);
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields?: FieldErrors,
    reason?: ErrorReason,
  ) {
    super(message ?? code);
    this.hasCustomMessage = message !== undefined;
    this.reason = reason ?? { code, values: {} };
  }
}

/** Field errors as an answer carries them: the sentences under `fields`, their reasons under `fieldReasons`. */
export function fieldsOut(fields: FieldErrors | undefined) {
  const entries = Object.entries(fields ?? {});
  if (entries.length === 0) return {};
  return {
    fields: Object.fromEntries(entries.map(([key, field]) => [key, field.message])),
    fieldReasons: Object.fromEntries(entries.map(([key, field]) => [key, field.reason])),
  };
}

/** A refusal of several fields at once: the message joins their sentences, the reason is the first field's. */
export function fieldsRefused(fields: FieldErrors, code: ErrorCode = 'validation_failed'): AppError {
  const all = Object.values(fields);
  const first = all[0];
  if (!first) return new AppError(code);
  return new AppError(code, all.map((f) => f.message).join('; '), fields, first.reason);
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
