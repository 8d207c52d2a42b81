/** One record of a CSV file, with the line of the file it starts on (1-based). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; expected: string };

/** A CSV text that cannot be read, with its line. */
export class CsvError extends Error {
  constructor(
    readonly line: number,
    readonly expected: string,
  ) {
    super(expected);
  }
}

/**
 * Reads CSV as RFC 4180 writes it: quoted cells may hold commas, `""` and
 * line breaks; CRLF or LF; a UTF-8 byte-order mark is dropped. The separator
 * is the comma, or the semicolon when the first line has semicolons and no
 * comma (Excel set to Vietnamese writes `;`). Blank lines are skipped.
 *
 * The text comes in chunks and records go out one at a time, so a file of
 * millions of rows is never held whole (src/lib/stats/view-files.ts). Throws
 * CsvError on a stray quote.
 */
export function* csvRecords(chunks: Iterable<string>): Generator<CsvRecord> {
  let separator: string | undefined;
  let pending = '';
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let first = true;
  const finish = (): CsvRecord | undefined => {
    cells.push(cell);
    const record = cells.length > 1 || cells[0] !== '' ? { line: recordLine, cells } : undefined;
    cells = [];
    cell = '';
    return record;
  };
  const iterator = chunks[Symbol.iterator]();
  let done = false;
  while (!done) {
    const next = iterator.next();
    done = next.done === true;
    let source = pending + (done ? '' : next.value);
    if (first && source.length > 0) {
      source = source.replace(/^\uFEFF/, '');
      first = false;
    }
    if (separator === undefined) {
      const end = source.search(/\r?\n/);
      if (end < 0 && !done) {
        pending = source;
        continue;
      }
      const firstLine = end < 0 ? source : source.slice(0, end);
      separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
    }
    // A `"` or `\r` at the end of a chunk needs the next character to be read.
    const keep = !done && /["\r]$/.test(source) ? 1 : 0;
    const limit = source.length - keep;
    // Characters are copied in runs (`source.slice`), not one by one: a string grown a
    // character at a time costs a node per character, and millions of rows ran out of memory.
    let i = 0;
    let start = 0;
    const take = (end: number) => {
      cell += source.slice(start, end);
    };
    for (; i < limit; i++) {
      const char = source[i]!;
      if (quoted) {
        if (char === '"' && source[i + 1] === '"') {
          take(i + 1);
          i++;
          start = i + 1;
        } else if (char === '"') {
          take(i);
          quoted = false;
          start = i + 1;
        } else if (char === '\n') {
          line++;
        }
      } else if (char === '"' && cell === '' && start === i) {
        quoted = true;
        quoteLine = line;
        start = i + 1;
      } else if (char === separator) {
        take(i);
        cells.push(cell);
        cell = '';
        start = i + 1;
      } else if (char === '\n' || char === '\r') {
        take(i);
        if (char === '\r' && source[i + 1] === '\n') i++;
        const record = finish();
        if (record) yield record;
        line++;
        recordLine = line;
        start = i + 1;
      } else if (char === '"') {
        throw new CsvError(line, 'dấu ngoặc kép chỉ ở đầu và cuối một ô; trong ô có ngoặc kép thì viết ""');
      }
    }
    take(Math.min(i, limit));
    // A pair read past `limit` (`""`, CRLF) is not read again.
    pending = source.slice(i);
  }
  if (quoted) throw new CsvError(quoteLine, 'dấu ngoặc kép mở ở dòng này được đóng lại');
  const record = finish();
  if (record) yield record;
}

/** The whole of a small CSV text at once (`csvRecords` for large files). */
export function parseCsv(text: string): CsvResult {
  try {
    return { ok: true, records: [...csvRecords([text])] };
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, line: error.line, expected: error.expected };
    throw error;
  }
}
