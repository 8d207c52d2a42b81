/** One record of a CSV file, with the line of the file it starts on (1-based). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; expected: string };

/**
 * Reads CSV as RFC 4180 writes it: quoted cells may hold commas, `""` and
 * line breaks; CRLF or LF; a UTF-8 byte-order mark is dropped. The separator
 * is the comma, or the semicolon when the first line has semicolons and no
 * comma (Excel set to Vietnamese writes `;`). Blank lines are skipped.
 */
export function parseCsv(text: string): CsvResult {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (char === '"') {
      return { ok: false, line, expected: 'dấu ngoặc kép chỉ ở đầu và cuối một ô; trong ô có ngoặc kép thì viết ""' };
    } else {
      cell += char;
    }
  }
  if (quoted) return { ok: false, line: quoteLine, expected: 'dấu ngoặc kép mở ở dòng này được đóng lại' };
  endRecord();
  return { ok: true, records };
}
