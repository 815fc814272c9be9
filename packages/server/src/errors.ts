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

/** A field-level problem, keyed by the dotted path of the input field. */
export type FieldErrors = Record<string, string>;

/** The machine-readable reason of a refusal: a domain rule's code and values, sent beside the message. */
export type ErrorReason = Problem;

/**
 * The one error type use cases throw. `message` overrides the default text of the code; `fields` carries
 * field-level problems for forms; `reason` the refused rule's code and values, for callers that branch on it.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields?: FieldErrors,
    readonly reason?: ErrorReason,
  ) {
    super(message ?? code);
    this.hasCustomMessage = message !== undefined;
  }
  readonly hasCustomMessage: boolean;
}

export const notFound = (what?: string) => new AppError('not_found', what);
export const forbidden = () => new AppError('forbidden');
