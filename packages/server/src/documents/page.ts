// Page geometry, type sizes and fixed texts of Decree 30/2020 (docs/DOMAIN.md §6), shared by the docx and HTML renderers.

/** A4 in millimetres. */
export const A4_MM = { width: 210, height: 297 } as const;

/**
 * Margins in millimetres: the low end of Decree 30's ranges (top/bottom 20–25, left 30–35, right 15–20), which
 * leaves the most room for wide tables. The left margin is the binding edge.
 */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** Where the page number sits: inside the 20 mm top margin. */
export const HEADER_DISTANCE_MM = 10;

/** Twips (1/20 pt) in a millimetre: 1440 per inch. */
const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to whole twips, the unit of Word's page and table measures (20 mm → 1134, 30 mm → 1701). */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Width between the margins, in millimetres, for a portrait or landscape page. */
export function textWidthMm(landscape: boolean): number {
  const paperWidth = landscape ? A4_MM.height : A4_MM.width;
  return paperWidth - MARGINS_MM.left - MARGINS_MM.right;
}

/** Quốc hiệu and Tiêu ngữ, the national title and motto every official document carries. */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** The one typeface Decree 30 allows. */
export const FONT = 'Times New Roman';

/** Type sizes in points. */
export const SIZE_PT = {
  body: 14,
  /** Issuer lines, the number line, the Quốc hiệu's companion lines. */
  header: 13,
  /** `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`: 12 keeps it on one line in 60% of the text width. */
  nationalTitle: 12,
  motto: 13,
  title: 14,
  table: 12,
  recipientsLabel: 12,
  recipients: 11,
} as const;

/** First-line indent of body paragraphs: 1.27 cm, half an inch. */
export const FIRST_LINE_INDENT_MM = 12.7;

/** Space before each body paragraph, in points (Decree 30: at least 6 pt). */
export const PARAGRAPH_SPACING_PT = 6;

/** Shares of the header and closing tables (left, right). */
export const HEADER_SPLIT = [0.4, 0.6] as const;
export const CLOSING_SPLIT = [0.45, 0.55] as const;

/** Lengths of the rules under the issuer and the motto, in millimetres (about 1/3 of the issuer line; the motto's length). */
export const ISSUER_RULE_MM = 22;
export const MOTTO_RULE_MM = 56;

/**
 * The rule under a subject: Decree 30 wants 1/3 to 1/2 of the subject's line. Without font metrics the line is
 * estimated at 2.1 mm per character of bold 14 pt (measured on a rendered subject), capped at the text width;
 * the rule takes 40%.
 */
export function subjectRuleMm(subject: string, landscape = false): number {
  const lineMm = Math.min(subject.length * 2.1, textWidthMm(landscape));
  return Math.round(lineMm * 0.4);
}
