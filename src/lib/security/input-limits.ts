/**
 * Limits on what staff files may be, checked before anything parses them, so
 * a huge, binary or oddly encoded file gets one Vietnamese message naming it
 * instead of a crash (a 50 MB Markdown file ran Astro out of memory; a YAML
 * alias bomb expands into billions of nodes). The staff guide lists them
 * (docs/huong-dan-bien-tap.md, "Giới hạn").
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseDocument, visit } from 'yaml';
import type { ContentProblem } from '../checks/problem';
import { splitFrontMatter } from '../content/front-matter';

const MB = 1024 * 1024;

/** The largest text file of each kind, in bytes. */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  '.md': 2 * MB,
  '.mdx': 2 * MB,
  '.yaml': 1 * MB,
  '.yml': 1 * MB,
  '.vtt': 2 * MB,
  // A year of page views for 5,000 pages is ~2 million rows, ~80 MB; read as a stream (src/lib/stats/view-files.ts).
  '.csv': 512 * MB,
};

/** Aliases (`*name`) a YAML text may hold: staff never need them, a bomb needs many. */
export const MAX_YAML_ALIASES = 20;

const CHUNK = 1 * MB;

const formatMegabytes = (bytes: number) => `${(bytes / MB).toFixed(1).replace('.', ',')} MB`;

/**
 * The text of a file, a chunk at a time, decoded as UTF-8 (a byte-order mark
 * dropped). Throws InputError on bytes that are not UTF-8 or on a NUL byte,
 * with the line where it happened.
 */
export function* readTextChunks(path: string, chunkBytes = CHUNK): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const fd = openSync(path, 'r');
  // Sized to the file (one byte more, to see its end): a zeroed megabyte per file was most of the check's time.
  const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(chunkBytes, fstatSync(fd).size + 1)));
  let line = 1;
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      const bytes = buffer.subarray(0, read);
      const nul = bytes.indexOf(0);
      let text: string;
      try {
        text = decoder.decode(nul >= 0 ? bytes.subarray(0, nul) : bytes, { stream: read > 0 && nul < 0 });
      } catch {
        throw new InputError(
          line,
          'tệp có byte không phải UTF-8',
          'lưu tệp với bảng mã UTF-8 (trong Excel: "CSV UTF-8"; trong trình soạn thảo: Save with Encoding → UTF-8)',
        );
      }
      const lines = countLines(text);
      if (nul >= 0)
        throw new InputError(line + lines, 'tệp có ký tự NUL (byte 0): đây là tệp nhị phân hoặc bị hỏng', 'một tệp chữ: mở lại và lưu ở dạng văn bản UTF-8');
      line += lines;
      if (text) yield text;
      if (read === 0) return;
    }
  } finally {
    closeSync(fd);
  }
}

function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** A file that cannot be read as text, with the line where reading stopped. */
export class InputError extends Error {
  constructor(
    readonly line: number,
    readonly found: string,
    readonly expected: string,
  ) {
    super(found);
  }
}

/** How many aliases a YAML text holds, without expanding them. */
export function yamlAliasCount(yaml: string): number {
  let count = 0;
  visit(parseDocument(yaml), { Alias: () => void count++ });
  return count;
}

/**
 * What is wrong with one text file of the content tree: too large, not UTF-8,
 * a NUL byte, too many YAML aliases (in a YAML file or a Markdown file's front
 * matter). An empty list when the file may be read.
 */
export function textFileProblems(path: string, shown: string): ContentProblem[] {
  const extension = extname(path).toLowerCase();
  const limit = TEXT_LIMITS[extension];
  if (limit === undefined) return [];
  const bytes = statSync(path).size;
  if (bytes > limit) {
    return [
      {
        file: shown,
        field: '(kích thước tệp)',
        found: formatMegabytes(bytes),
        expected: `một tệp ${extension} không quá ${formatMegabytes(limit)}; chia bài dài thành nhiều bài, hoặc đưa văn bản dài vào tệp PDF đính kèm`,
      },
    ];
  }
  let text = '';
  try {
    for (const chunk of readTextChunks(path)) if (extension !== '.csv') text += chunk;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [{ file: shown, line: error.line, field: '(bảng mã)', found: error.found, expected: error.expected }];
  }
  if (extension === '.csv' || extension === '.vtt') return [];
  const yaml = extension.startsWith('.md') ? (splitFrontMatter(text)?.yaml ?? '') : text;
  const aliases = yaml.includes('*') ? yamlAliasCount(yaml) : 0;
  if (aliases > MAX_YAML_ALIASES) {
    return [
      {
        file: shown,
        field: '(YAML)',
        found: `${aliases} bí danh (*tên)`,
        expected: `không quá ${MAX_YAML_ALIASES} bí danh YAML: viết thẳng giá trị thay cho "&tên"/"*tên"`,
      },
    ];
  }
  return [];
}
