import type { ErrorCode } from '../errors.js';

/**
 * What a PostgreSQL or connection failure means to the caller. Schemas and use cases refuse bad values first;
 * this is the net under them, so a value that slips through (a number past int4, a date past a CHECK) is still
 * the client's 400 and a database that went away is a 503 the client may retry, never a 500.
 */
const BY_SQLSTATE: Record<string, ErrorCode> = {
  '23505': 'conflict', // unique_violation
  '23P01': 'conflict', // exclusion_violation
  '40001': 'conflict', // serialization_failure: the write raced another; retrying is safe
  '40P01': 'conflict', // deadlock_detected
  '23502': 'validation_failed', // not_null_violation
  '23503': 'validation_failed', // foreign_key_violation: the referenced record does not exist
  '23514': 'validation_failed', // check_violation
  '53300': 'unavailable', // too_many_connections
  '57P01': 'unavailable', // admin_shutdown
  '57P02': 'unavailable', // crash_shutdown
  '57P03': 'unavailable', // cannot_connect_now (starting up, recovering)
  '57014': 'unavailable', // query_canceled (statement timeout)
};

// Node's own codes for a server that is not there (yet).
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN']);
// node-postgres raises these as plain Errors without a code.
const CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Cannot use a pool after calling end',
  'Client was closed and is not queryable',
];

/** The API error code of a database failure, or null when the error did not come from the database. */
export function dbErrorCode(error: unknown): ErrorCode | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (BY_SQLSTATE[code]) return BY_SQLSTATE[code];
    if (code.startsWith('22')) return 'validation_failed'; // data exception: out of range, bad format, NUL…
    if (code.startsWith('08')) return 'unavailable'; // connection exception
    if (CONNECTION_CODES.has(code)) return 'unavailable';
  }
  if (CONNECTION_MESSAGES.some((m) => error.message.includes(m))) return 'unavailable';
  return null;
}
