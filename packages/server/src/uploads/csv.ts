import { Readable } from 'node:stream';
import { parse } from 'csv-parse';

// Exports of provincial systems come in UTF-8 with a BOM, sometimes with semicolons (Excel in a Vietnamese locale).
// csv-parse streams the file: records come out chunk by chunk and the event loop keeps answering between chunks.

/** The delimiter of a file: a semicolon when the header line has more of them than commas. */
export function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** A CSV file broke a row or cell limit; the importer reports it with the limit. */
export class CsvLimitError extends Error {
  constructor(
    readonly rule: 'too_many_rows' | 'too_many_cells',
    readonly max: number,
  ) {
    super(rule);
  }
}

export interface CsvLimits {
  maxRows: number;
  maxCells: number;
}

const CHUNK = 64 * 1024;

/** A buffer as a stream of small chunks: one 95 MB chunk would be parsed in one blocking call. */
export function chunked(bytes: Buffer): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
    })(),
  );
}

async function firstChunk(stream: Readable): Promise<string> {
  for await (const chunk of stream) {
    stream.destroy();
    return (chunk as Buffer)
      .subarray(0, CHUNK)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  }
  return '';
}

/**
 * Reads CSV into rows of fields (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF).
 * Fully empty lines are skipped, rows may differ in width, a stray quote inside a field is kept as text. `open` is
 * called twice: once to find the delimiter from the header line, once to read.
 */
export async function readCsvRows(open: () => Readable, limits: CsvLimits): Promise<string[][]> {
  const delimiter = detectDelimiter(await firstChunk(open()));
  const parser = open().pipe(
    parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }),
  );
  const rows: string[][] = [];
  let cells = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    cells += record.length;
    if (rows.length >= limits.maxRows) throw stop(parser, new CsvLimitError('too_many_rows', limits.maxRows));
    if (cells > limits.maxCells) throw stop(parser, new CsvLimitError('too_many_cells', limits.maxCells));
    if (record.length > 1 || record[0] !== '') rows.push(record);
  }
  return rows;
}

function stop(parser: Readable, error: Error): Error {
  parser.destroy();
  return error;
}
