import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { contentTypeOf } from '../../../src/lib/media/mime';

/**
 * The headers a `_headers` file (Netlify's and Cloudflare Pages' format, as
 * src/lib/security/csp.ts writes it) gives `sitePath`: every rule whose path matches
 * (`/x/*` a prefix, otherwise exactly), two values of one header joined with
 * a comma, as those hosts do.
 */
export function headersFor(headersText: string, sitePath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let matches = false;
  for (const line of headersText.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      const rule = line.trim();
      matches = rule.endsWith('*') ? sitePath.startsWith(rule.slice(0, -1)) : sitePath === rule;
    } else if (matches) {
      const colon = line.indexOf(':');
      const [name, value] = [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
  }
  return headers;
}

export interface ServeOptions {
  /** Answer with the headers of the build's `_headers` file, as Netlify and Cloudflare Pages would. */
  hostHeaders?: boolean;
  /**
   * Send the build's `.br` or `.gz` copy of a file (src/integrations/precompress.ts) to a browser that
   * accepts it, as nginx's brotli_static and gzip_static and a CDN do: bytes as a visitor gets them.
   */
  compressed?: boolean;
}

/** The precompressed copies a server may send instead of a file, best first. */
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;

/** Serves a built site on a free loopback port, as a CDN would (index.html for folders, 404.html otherwise). */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const headersText = options.hostHeaders ? readFileSync(join(root, '_headers'), 'utf8') : '';
  const server: Server = createServer((request, response) => {
    const sitePath = new URL(request.url ?? '/', 'http://x').pathname;
    const path = normalize(decodeURIComponent(sitePath));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const copy = options.compressed ? ENCODINGS.find(([name, suffix]) => accepted.includes(name) && existsSync(file + suffix)) : undefined;
    response.writeHead(found ? 200 : 404, {
      ...headersFor(headersText, sitePath),
      'Content-Type': contentTypeOf(file),
      ...(options.compressed ? { Vary: 'Accept-Encoding' } : {}),
      ...(copy ? { 'Content-Encoding': copy[0] } : {}),
    });
    createReadStream(copy ? file + copy[1] : file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
