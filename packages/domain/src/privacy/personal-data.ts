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

/** Kinds of record holding personal data, each with its own retention. */
export const RETENTION_KINDS = [
  'loginFailures',
  'lookupFailures',
  'expiredSessions',
  'feedbackContacts',
  'dossierContacts',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/**
 * Days each kind keeps its personal data, counted from: the failure (throttles), the session's expiry, a feedback's
 * last change once closed, a dossier's end of processing. Contacts are then erased; the record itself stays for
 * the statistics and the archive.
 */
export const DEFAULT_RETENTION_DAYS: Record<RetentionKind, number> = {
  loginFailures: 30,
  lookupFailures: 30,
  expiredSessions: 30,
  feedbackContacts: 5 * 365,
  dossierContacts: 10 * 365,
};

/** The instant before which a kind's records are past their retention. */
export const retentionCutoff = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);
