import { extname } from 'node:path';
import { lookup } from 'mrmime';

/** The office formats staff attach to documents (src/lib/media/files.ts), which mrmime's web table leaves out. */
const OFFICE_TYPES: Readonly<Record<string, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/** The MIME type of a file by its extension (mrmime's table, plus the office formats), or undefined. */
export function mimeType(path: string): string | undefined {
  const extension = extname(path).slice(1).toLowerCase();
  return OFFICE_TYPES[extension] ?? lookup(extension);
}

/** The `Content-Type` a file is served with: text in UTF-8, an unknown kind as bytes. */
export function contentTypeOf(path: string): string {
  const type = mimeType(path) ?? 'application/octet-stream';
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}
