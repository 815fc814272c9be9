/**
 * Complaints (khiếu nại, Law on Complaints 2011) and denunciations (tố cáo, Law on Denunciations 2018) follow
 * their own procedures and deadlines; the feedback desk recognises them and points the citizen there instead of
 * handling them (docs/DOMAIN.md §5).
 */
export type ComplaintKind = 'complaint' | 'denunciation';

interface Marker {
  kind: ComplaintKind;
  /** As written with accents. */
  accented: RegExp;
  /** As typed without accents: only trusted when the whole text has none, since "to cao" also means "tall". */
  plain: RegExp;
}

const MARKERS: readonly Marker[] = [
  { kind: 'complaint', accented: /(?<!\p{L})khiếu\s+(nại|kiện)(?!\p{L})/iu, plain: /\bkhieu\s+(nai|kien)\b/i },
  { kind: 'denunciation', accented: /(?<!\p{L})tố\s+(cáo|giác)(?!\p{L})/iu, plain: /\bto\s+(cao|giac)\b/i },
];

const hasVietnameseAccents = (text: string) => /[^\p{ASCII}]/u.test(text.normalize('NFC'));

/**
 * The kinds of complaint or denunciation a text reads as, by its keywords; empty for an ordinary feedback.
 * A hit is a signal for the form to warn and for the officer to decide, not a verdict: "tôi không khiếu nại"
 * matches too, and the officer rejects with reason `complaint` only after reading.
 */
export function recogniseComplaint(text: string): ComplaintKind[] {
  const normalised = text.normalize('NFC');
  const accented = hasVietnameseAccents(normalised);
  return MARKERS.filter((m) => m.accented.test(normalised) || (!accented && m.plain.test(normalised))).map(
    (m) => m.kind,
  );
}
