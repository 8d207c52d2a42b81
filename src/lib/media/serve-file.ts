import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
};

/** The MIME type a file is served with. */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * A file beside an entry, as the response of a static endpoint: the build
 * writes it to the page's folder, and the dev server serves it the same way.
 */
export async function fileResponse(absolutePath: string): Promise<Response> {
  const body = await readFile(absolutePath);
  return new Response(body, { headers: { 'Content-Type': contentTypeOf(absolutePath) } });
}
