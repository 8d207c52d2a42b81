import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { addCapture, emptySite, type SavedSite } from './captures';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.aspx': 'text/html',
  '.php': 'text/html',
  '.jsp': 'text/html',
};

// HTTrack writes the address a file was saved from into it.
const HTTRACK = /<!-- Mirrored from (\S+) by HTTrack/;
const HOST_FOLDER = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?$/i;

/**
 * The address a file of a `wget --mirror` or HTTrack folder was saved from.
 * wget puts the host first (`host/path`), writes `?` as `?` or `@` (Windows
 * names) and, with --adjust-extension, adds `.html` after a query.
 */
export function mirrorUrl(relativePath: string, firstBytes: string, defaultHost: string): string {
  const httrack = HTTRACK.exec(firstBytes)?.[1];
  if (httrack) return /^https?:\/\//.test(httrack) ? httrack : `http://${httrack}`;
  const [first, ...rest] = relativePath.split('/');
  const hasHost = rest.length > 0 && HOST_FOLDER.test(first!);
  const host = hasHost ? first! : defaultHost;
  let path = (hasHost ? rest : [first!, ...rest]).join('/');
  path = path.replace(/%3F/i, '?').replace(/@(?=[^/]*=)/, '?');
  if (path.includes('?')) path = path.replace(/\.html?$/i, '');
  path = path.replace(/(^|\/)index\.html?$/i, '$1');
  const [pathname, query] = path.split('?', 2) as [string, string | undefined];
  const encoded = pathname.split('/').map(encodeURIComponent).join('/');
  return `http://${host}/${encoded}${query === undefined ? '' : `?${query}`}`;
}

/** Reads a folder saved with `wget --mirror` or HTTrack: every file is a response. */
export async function readMirror(folder: string): Promise<SavedSite> {
  const site = emptySite('mirror');
  // A folder named after the host (`wget -nH` left out, or the host folder itself given) names the host.
  const named = basename(resolve(folder));
  const defaultHost = HOST_FOLDER.test(named) ? named : 'old-site.invalid';
  const files = (await glob('**/*', { cwd: folder, onlyFiles: true, dot: false })).sort();
  for (const file of files) {
    if (/^hts-|\/hts-cache\/|\.(?:orig|tmp)$/.test(file)) continue;
    const absolute = join(folder, file);
    if ((await stat(absolute)).size === 0) continue;
    const bytes = await readFile(absolute);
    const url = mirrorUrl(file, bytes.subarray(0, 1024).toString('latin1'), defaultHost);
    const extension = extname(file.split('?')[0]!).toLowerCase();
    addCapture(site, { url, bytes, origin: file, contentType: CONTENT_TYPES[extension] ?? (file.includes('?') ? 'text/html' : undefined) });
  }
  return site;
}
