/**
 * Personal data under Decree 13/2023/NĐ-CP (bảo vệ dữ liệu cá nhân): what is masked for readers who do not need it,
 * and how long each kind of record keeps it.
 */

/** Keeps the last 3 digits of a phone number: enough to tell two applicants apart at the counter. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 3 ? '***' : `${'*'.repeat(digits.length - 3)}${digits.slice(-3)}`;
}

/** Keeps the last 3 characters of an identity number (CCCD). */
export const maskIdNumber = (id: string | null) =>
  id ? `${'*'.repeat(Math.max(id.length - 3, 3))}${id.slice(-3)}` : id;

/** Keeps the first letter and the domain of an e-mail address. */
export function maskEmail(email: string | null): string | null {
  if (!email) return email;
  const at = email.indexOf('@');
  return at < 1 ? '***' : `${email[0]}***${email.slice(at)}`;
}

/** Masks an address but for its last part (the ward or city). */
export function maskAddress(address: string | null): string | null {
  if (!address) return address;
  const parts = address.split(',');
  return parts.length > 1 ? `***,${parts.slice(-1)[0]}` : '***';
}

/** Keeps the initial of each word of a name: "Nguyễn Văn An" → "N***** V** A*". */
export function maskName(name: string | null): string | null {
  if (!name) return name;
  return name
    .trim()
    .split(/\s+/)
    .map((w) => `${[...w][0] ?? ''}${'*'.repeat(Math.max([...w].length - 1, 1))}`)
    .join(' ');
}

/** A citizen as one record holds them; every field is optional because records hold different ones. */
export interface PersonFields {
  name?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  idNumber?: string | null;
}

/** Masks every field the record holds; `keepName` for readers who may see who wrote but not how to reach them. */
export function maskPerson<T extends PersonFields>(person: T, options: { keepName?: boolean } = {}): T {
  const out: T = { ...person };
  if (person.name !== undefined && !options.keepName) out.name = maskName(person.name);
  if (person.phone !== undefined) out.phone = maskPhone(person.phone);
  if (person.email !== undefined) out.email = maskEmail(person.email);
  if (person.address !== undefined) out.address = maskAddress(person.address);
  if (person.idNumber !== undefined) out.idNumber = maskIdNumber(person.idNumber);
  return out;
}

/** The fields a record actually holds for a person: what a logged read names. */
export const heldFields = (person: PersonFields) =>
  (['name', 'phone', 'email', 'address', 'idNumber'] as const).filter((f) => person[f]);

/** Kinds of record holding personal data, each with its own retention. */
export const RETENTION_KINDS = [
  'loginFailures',
  'lookupFailures',
  'expiredSessions',
  'feedbackContacts',
  'dossierContacts',
  'notifications',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/**
 * Days each kind keeps its personal data, counted from: the failure (throttles), the session's expiry, a feedback's
 * last change once closed, a dossier's end of processing, a staff notification's creation. Throttles, sessions and
 * notifications are then deleted; feedback and dossiers lose their contacts (feedback also the submitter's name,
 * and the name and contacts quoted in its texts), the record itself staying for the statistics and the archive.
 * The audit trail, reads of personal data included, is never erased: it holds who read which record, never the
 * values, and its hash chain must stay whole (docs/SECURITY.md).
 */
export const DEFAULT_RETENTION_DAYS: Record<RetentionKind, number> = {
  loginFailures: 30,
  lookupFailures: 30,
  expiredSessions: 30,
  feedbackContacts: 5 * 365,
  dossierContacts: 10 * 365,
  notifications: 365,
};

/** The instant before which a kind's records are past their retention. */
export const retentionCutoff = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);
