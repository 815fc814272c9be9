import { maskAddress, maskEmail, maskIdNumber, maskName, maskPhone } from '@cchc/domain';

/**
 * What log lines may carry (Decree 13): secrets never, a citizen's name, phone, e-mail, address and ID number only
 * masked. Logs are read by whoever runs the server, who needs none of them.
 */

const SECRETS = ['password', 'newPassword', 'currentPassword', 'cookie', 'x-csrf-token', 'authorization'];
const PERSON_KEYS = [
  'phone',
  'email',
  'idNumber',
  'phoneLast4',
  'applicant_name',
  'applicant_phone',
  'applicant_email',
  'applicant_address',
  'applicant_id_number',
  'submitter_name',
  'submitter_phone',
  'submitter_email',
  'submitter_address',
];
// A bare `name` or `address` is too often a unit's name or a socket's address (a connection error): only a
// citizen's are masked.
const NAME_PATHS = ['applicant', 'submitter'].flatMap((who) =>
  ['name', 'address'].flatMap((f) => [`${who}.${f}`, `*.${who}.${f}`]),
);

/** pino's redact paths: each key at the top, one and two levels down. */
export const LOG_REDACT_PATHS = [
  ...[...SECRETS, ...PERSON_KEYS].flatMap((k) => {
    const key = /^[A-Za-z_]\w*$/.test(k) ? k : `["${k}"]`;
    const join = (prefix: string) => (key.startsWith('[') ? `${prefix}${key}` : `${prefix}.${key}`);
    return [key.startsWith('[') ? `req.headers${key}` : key, join('*'), join('*.*')];
  }),
  ...NAME_PATHS,
];

function maskByKey(key: string, value: string): string {
  if (/phone/i.test(key)) return maskPhone(value) ?? '';
  if (/email/i.test(key)) return maskEmail(value) ?? '';
  if (/id_?number/i.test(key)) return maskIdNumber(value) ?? '';
  if (/address/i.test(key)) return maskAddress(value) ?? '';
  return maskName(value) ?? '';
}

/** pino's censor: secrets go, personal fields are masked by what they are. */
export function censorLogValue(value: unknown, path: string[]): unknown {
  const key = path[path.length - 1] ?? '';
  if (SECRETS.includes(key)) return '[redacted]';
  return typeof value === 'string' ? maskByKey(key, value) : '[masked]';
}

const QUERY_PERSON_KEY = /phone|email|idnumber|cccd|name|address/i;

/** A request URL for the log, with the values of personal query parameters masked (`?phone=0912…` → `*******678`). */
export function maskUrlForLog(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  for (const [key, value] of [...params]) if (QUERY_PERSON_KEY.test(key)) params.set(key, maskByKey(key, value));
  return `${url.slice(0, q)}?${params.toString()}`;
}

interface LoggedRequest {
  method: string;
  url: string;
  host?: string | undefined;
  ip?: string | undefined;
  socket?: { remotePort?: number | undefined } | undefined;
  id?: string | undefined;
}

/** Fastify's request serializer, the URL masked. */
export const serializeRequest = (req: LoggedRequest) => ({
  method: req.method,
  url: maskUrlForLog(req.url),
  host: req.host,
  remoteAddress: req.ip,
  remotePort: req.socket?.remotePort,
});
