// The heading and signature block of the issuing document (Decree 30/2020 layout, docs/DOMAIN.md §6) as the text
// converter left them: one field per line, columns flattened, the plan title glued to "KẾ HOẠCH".
import { isoOfCivil } from '../calendar/dates.js';
import { isRealDate } from './dates.js';
import type { SourceLine } from './lines.js';
import { isUpperCaseText, startsLowerCase, stripTrailingPunctuation } from './text.js';
import type { PlanHeader } from './types.js';

/** The header plus what the parser needs from it. */
export interface HeaderRead {
  header: PlanHeader;
  /** False when neither a number line, a place and date, nor a plan title was found. */
  found: boolean;
  /** The plan year read from the title, the subject or the date. */
  year: number | null;
}

const NUMBER_LINE = /^Số\s*:\s*(.*)$/i;
const PLACE_DATE = /^(.+?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\.?$/u;
const AUTHORITY_LINE = /^(?:CHỦ TỊCH|TM\.)\s*((?:ỦY|UỶ) BAN NHÂN DÂN .+)$/u;
const NATIONAL_MOTTO = /CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP/u;
const PLAN_HEADING = /^KẾ HOẠCH(?:\s+(.*))?$/u;
const BULLET = /^[-–+•]\s*/;

function indexWhere(lines: SourceLine[], pattern: RegExp, from = 0): number {
  const at = lines.slice(from).findIndex((line) => pattern.test(line.text));
  return at < 0 ? -1 : at + from;
}

/** The lines from `from` on, as long as `keep` holds. */
function runFrom(lines: SourceLine[], from: number, keep: (line: SourceLine) => boolean): SourceLine[] {
  const rest = lines.slice(Math.max(0, from));
  const stop = rest.findIndex((line) => !keep(line));
  return stop < 0 ? rest : rest.slice(0, stop);
}

function readNumber(lines: SourceLine[]): Pick<PlanHeader, 'number' | 'symbol'> {
  const rest = NUMBER_LINE.exec(lines.find((line) => NUMBER_LINE.test(line.text))?.text ?? '')?.[1];
  if (rest === undefined) return { number: null, symbol: null };
  const slash = rest.indexOf('/');
  if (slash < 0) return { number: rest.trim() || null, symbol: null };
  return { number: rest.slice(0, slash).trim() || null, symbol: rest.slice(slash + 1).trim() || null };
}

function readPlaceDate(lines: SourceLine[]): Pick<PlanHeader, 'place' | 'date'> {
  for (const line of lines) {
    const m = PLACE_DATE.exec(line.text);
    if (!m) continue;
    const [y, mo, d] = [Number(m[4]), Number(m[3]), Number(m[2])];
    return { place: m[1] ?? null, date: isRealDate(y, mo, d) ? isoOfCivil(y, mo, d) : null };
  }
  return { place: null, date: null };
}

/** The issuing body: the capitalised lines above "Số:", else the body named in the authority line. */
function readIssuer(lines: SourceLine[]): string | null {
  const numberAt = indexWhere(lines, NUMBER_LINE);
  const above = lines.slice(0, Math.max(0, numberAt)).filter((l) => isUpperCaseText(l.text));
  const body = above.filter((l) => !NATIONAL_MOTTO.test(l.text)).map((l) => l.text);
  if (body.length > 0) return body.join(' ');
  for (const line of lines) {
    const m = AUTHORITY_LINE.exec(line.text);
    if (m) return m[1] ?? null;
  }
  return null;
}

/** The document type ("QUYẾT ĐỊNH") is the first short capitalised line after the date; its subject follows. */
function readDocumentType(lines: SourceLine[]): Pick<PlanHeader, 'documentType' | 'subject'> {
  const from = Math.max(indexWhere(lines, PLACE_DATE), indexWhere(lines, NUMBER_LINE));
  const at = lines.findIndex(
    (l, i) => i > from && isUpperCaseText(l.text) && l.text.split(' ').length <= 4 && !NATIONAL_MOTTO.test(l.text),
  );
  if (at < 0) return { documentType: null, subject: null };
  const next = lines[at + 1];
  const subject = next && !isUpperCaseText(next.text) ? next.text : null;
  return { documentType: lines[at]?.text ?? null, subject };
}

function readRecipients(lines: SourceLine[]): Pick<PlanHeader, 'recipients' | 'archive'> & { end: number } {
  const start = indexWhere(lines, /^Nơi nhận\s*:?/i);
  if (start < 0) return { recipients: [], archive: null, end: -1 };
  const bullets = runFrom(lines, start + 1, (line) => BULLET.test(line.text));
  const entries = bullets.map((line) => stripTrailingPunctuation(line.text.replace(BULLET, '')));
  // "Lưu: VT, …" closes the list: the archive copy, not a recipient.
  const archive = entries.map((entry) => /^Lưu\s*:\s*(.*)$/i.exec(entry)?.[1]).find((kept) => kept !== undefined);
  return {
    recipients: entries.filter((entry) => entry !== '' && !/^Lưu\s*:/i.test(entry)),
    archive: archive ?? null,
    end: start + 1 + bullets.length,
  };
}

/** After the recipients: the authority in capitals (one or more lines), then the signer's name. */
function readSignature(lines: SourceLine[], from: number): Pick<PlanHeader, 'signer' | 'signerTitle'> {
  if (from < 0) return { signer: null, signerTitle: null };
  const titles = runFrom(lines, from, (line) => isUpperCaseText(line.text)).map((line) => line.text);
  const name = lines[from + titles.length];
  const signer = name && titles.length > 0 && !PLAN_HEADING.test(name.text) ? name.text : null;
  return { signer, signerTitle: titles.length > 0 ? titles.join('\n') : null };
}

/** The plan's title: the rest of the "KẾ HOẠCH" line or the line after it, with lower-case continuations. */
function readTitle(lines: SourceLine[]): string | null {
  const at = indexWhere(lines, PLAN_HEADING);
  if (at < 0) return null;
  const sameLine = PLAN_HEADING.exec(lines[at]?.text ?? '')?.[1];
  const first = sameLine ?? lines[at + 1]?.text ?? '';
  const rest = runFrom(lines, sameLine ? at + 1 : at + 2, (line) => startsLowerCase(line.text));
  const title = [first, ...rest.map((line) => line.text)].join(' ').trim();
  return title === '' ? null : title;
}

function yearIn(text: string | null): number | null {
  const m = /năm (\d{4})/.exec(text ?? '');
  return m ? Number(m[1]) : null;
}

/** Reads the header from the lines before the plan's first section. */
export function readHeader(preamble: SourceLine[]): HeaderRead {
  const number = readNumber(preamble);
  const placeDate = readPlaceDate(preamble);
  const type = readDocumentType(preamble);
  const recipients = readRecipients(preamble);
  const title = readTitle(preamble);
  const header: PlanHeader = {
    issuer: readIssuer(preamble),
    ...number,
    ...placeDate,
    ...type,
    ...readSignature(preamble, recipients.end),
    title,
    recipients: recipients.recipients,
    archive: recipients.archive,
  };
  const found = preamble.some((line) => NUMBER_LINE.test(line.text)) || placeDate.date !== null || title !== null;
  const year = yearIn(title) ?? yearIn(type.subject) ?? (placeDate.date ? Number(placeDate.date.slice(0, 4)) : null);
  return { header, found, year };
}
