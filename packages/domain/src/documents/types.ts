import type { IsoDate } from '../clock.js';

/**
 * The issuing body as printed at the top left (Decree 30/2020, Appendix I). For the ward People's Committee the
 * two lines are one name split in two (`ỦY BAN NHÂN DÂN` / `PHƯỜNG HẢI DƯƠNG`), both bold.
 */
export interface DocumentIssuer {
  /** First line, e.g. `ỦY BAN NHÂN DÂN`. */
  parent: string;
  /** Second line, e.g. `PHƯỜNG HẢI DƯƠNG`. */
  name: string;
  /**
   * A unit of the committee issuing in its own name (the one-stop forms: `TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG`).
   * Printed bold under the committee, whose lines then turn regular: Decree 30 prints a parent body unbolded.
   */
  unit?: string;
}

/** Type codes of the documents a ward issues: plan, report, decision, notice, submission, letter (công văn). */
export type DocumentTypeCode = 'KH' | 'BC' | 'QĐ' | 'TB' | 'TTr' | 'CV';

/** The parts of the number line `Số: 12/BC-UBND` (or `Số: 12/UBND-VP` for a letter). */
/**
 * The number line of a document: composed from its registry number and codes, or, for a number registered whole
 * (an apology letter's `15/TB-UBND`, in `parseDocumentNumber`'s form), printed as written.
 */
export type DocumentNumbering = ComposedNumbering | { written: string };

export interface ComposedNumbering {
  /** The registry number; null for a draft not yet numbered (printed `…`). */
  number: string | null;
  typeCode: DocumentTypeCode;
  /** Abbreviation of the issuing body, `UBND`. */
  issuerCode: string;
  /** A letter's number names the drafting unit instead of a type (`UBND-VP`); required when `typeCode` is CV. */
  draftingUnitCode?: string;
}

/** A stretch of text with its own emphasis, for lines mixing plain and bold text. */
export interface TextSpan {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Plain text, or spans when part of the line is emphasised. */
export type RichText = string | readonly TextSpan[];

/** A table cell value; numbers are formatted the Vietnamese way in documents and stay numbers in spreadsheets. */
export type CellValue = string | number | null;

/** One column of a table. */
export interface TableColumn {
  /** The column's heading (the lowest header row when `headerRows` is given). */
  title: string;
  /** Relative width: the renderers share the page's text width between columns in these proportions. */
  width: number;
  /** Alignment of the body cells; numbers default to centre, text to left. */
  align?: 'left' | 'center' | 'right';
}

/** A header cell of a grouped heading (form II.06a's "Số hồ sơ nhận giải quyết" over four columns). */
export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

/** A body row: one value per column, or a group row spanning the table (`I. Chỉ đạo điều hành…`). */
export type TableRow = readonly CellValue[] | { readonly group: string };

/** A table of the body or of an appendix, shared by the docx, HTML and xlsx renderers. */
export interface DocumentTable {
  /** Caption printed above the table, bold and centred. */
  title?: string;
  columns: readonly TableColumn[];
  /** Header rows with spans; absent means one header row of the column titles. */
  headerRows?: readonly (readonly HeaderCell[])[];
  rows: readonly TableRow[];
  /** A bold last row (`Tổng cộng`). */
  totals?: readonly CellValue[];
}

/** Blocks of the body, in reading order. */
export type DocumentBlock =
  /** `I. …` (level 1), `1. …` (level 2), `a) …` (level 3): the text carries its own numbering. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | {
      kind: 'paragraph';
      text: RichText;
      /** Default justify, as Decree 30 sets for the body. */
      align?: 'justify' | 'center' | 'left' | 'right';
      /** Default true: the body's first-line indent; false for centred lines and form fields. */
      indent?: boolean;
    }
  /** A `- …` item; the dash is added by the renderer. */
  | { kind: 'bullet'; text: RichText }
  | { kind: 'table'; table: DocumentTable }
  | { kind: 'pageBreak' }
  /** Blocks on landscape pages (wide appendix tables); the pages after it return to portrait. */
  | { kind: 'landscape'; blocks: readonly DocumentBlock[] };

/** A signature block: authority line, title, room for the signature, name. */
export interface Signature {
  /** `TM. ỦY BAN NHÂN DÂN` or `KT. CHỦ TỊCH`; absent when the signer signs in their own right. */
  authority?: string;
  /** `CHỦ TỊCH`, `PHÓ CHỦ TỊCH`, or a form's role (`NGƯỜI TIẾP NHẬN HỒ SƠ`). */
  title: string;
  /** A form's italic hint under the title, `(Ký và ghi rõ họ tên)`. */
  hint?: string;
  /** The signer's name, bold; null leaves the line for a handwritten name. */
  name: string | null;
}

/** An official document in the format of Decree 30/2020/NĐ-CP (docs/DOMAIN.md §6), independent of any file format. */
export interface OfficialDocument {
  issuer: DocumentIssuer;
  /** Null for the one-stop forms, which carry the dossier code in their body instead of a number line. */
  numbering: DocumentNumbering | null;
  /** Place name of the date line, `Hải Dương`. */
  place: string;
  date: IsoDate;
  /** `BÁO CÁO`; null for a letter (CV), whose subject is printed under the number instead. */
  title: string | null;
  /** The subject (trích yếu), bold under the title; a letter's `V/v …`. */
  subject: string | null;
  /** `Kính gửi:` lines, for submissions, letters and the apology letter. */
  addressees?: readonly string[];
  body: readonly DocumentBlock[];
  /** `Nơi nhận:` lines as printed, the last `- Lưu: VT, …`; empty for none. */
  recipients: readonly string[];
  /** The right-hand signature; null for a form signed per row (the control slip). */
  signature: Signature | null;
  /** A second signer in the left column instead of the recipients (the receipt slip's applicant). */
  counterSignature?: Signature;
  /** Appendix blocks (phụ lục) after the signature, from a new page: wide tables go in a landscape block. */
  appendix?: readonly DocumentBlock[];
}
