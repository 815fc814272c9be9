import type { OfficialDocument, Signature } from '@cchc/domain';
import { AlignmentType, Paragraph, type Table } from 'docx';
import { layoutTable } from './docx-layout-table.js';
import { centredLine, run } from './docx-text.js';
import { CLOSING_SPLIT, SIZE_PT, textWidthMm } from './page.js';

/** Room left for the handwritten signature and the seal, in points. */
const SIGNATURE_ROOM_PT = 60;

/** `Nơi nhận:` in 12 pt bold italic, then the `- …;` lines in 11 pt, flush left. */
function recipientsCell(recipients: readonly string[]): Paragraph[] {
  if (recipients.length === 0) return [];
  const line = (text: string, bold: boolean, italic: boolean, size: number) =>
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { before: 0, after: 0 },
      children: [run(text, { size, bold, italic })],
    });
  return [
    line('Nơi nhận:', true, true, SIZE_PT.recipientsLabel),
    ...recipients.map((recipient) => line(recipient, false, false, SIZE_PT.recipients)),
  ];
}

/** Authority and title bold caps, the form's hint italic, room to sign, then the name bold. */
export function signatureCell(signature: Signature | null | undefined): Paragraph[] {
  if (!signature) return [];
  const size = SIZE_PT.body;
  // Every line keeps with the next: the signer's name never lands alone on a page (Decree 30's signature block).
  const lines = [
    ...(signature.authority ? [centredLine(signature.authority, { size, bold: true }, 0, true)] : []),
    centredLine(signature.title, { size, bold: true }, 0, true),
    ...(signature.hint ? [centredLine(signature.hint, { size: SIZE_PT.header, italic: true }, 0, true)] : []),
  ];
  lines.push(centredLine(signature.name ?? '', { size, bold: true }, SIGNATURE_ROOM_PT));
  return lines;
}

/** The closing table under the body: recipients or a second signer on the left, the signer on the right. */
export function documentClosing(doc: OfficialDocument): (Paragraph | Table)[] {
  const left = doc.counterSignature ? signatureCell(doc.counterSignature) : recipientsCell(doc.recipients);
  const right = signatureCell(doc.signature);
  if (left.length === 0 && right.length === 0) return [];
  // A form with two signers shares the width equally; otherwise the recipients take the narrower column.
  const split = doc.counterSignature ? ([0.5, 0.5] as const) : CLOSING_SPLIT;
  return [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    layoutTable(textWidthMm(false), split, [[left, right]]),
  ];
}
