import { readFile } from 'node:fs/promises';
import { contentTypeOf } from './mime';

/**
 * A file beside an entry, as the response of a static endpoint: the build
 * writes it to the page's folder, and the dev server serves it the same way.
 */
export async function fileResponse(absolutePath: string): Promise<Response> {
  const body = await readFile(absolutePath);
  return new Response(body, { headers: { 'Content-Type': contentTypeOf(absolutePath) } });
}
