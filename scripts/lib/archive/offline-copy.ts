/**
 * Turns a built site into a copy that works from a disk (file://): links point
 * at files, no address starts at the disk's root, nothing is asked of any
 * host, scripts run as classic scripts (browsers refuse module scripts from
 * file://), and search runs on an index shipped as a classic script because
 * Pagefind cannot run there either.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { glob } from 'tinyglobby';
import { createProgress, type ProgressOutput } from '../../../src/lib/build/progress';
import { offlinePolicy } from '../../../src/lib/security/csp';
import type { OfflinePage } from '../../../src/lib/search/offline';
import { buildOfflineIndex } from '../../../src/lib/search/offline-index';
import { isHostFile, redirectPageFiles } from '../../../src/lib/publish';
import { isSavedCopy, isSavedCopyPath } from '../../../src/lib/share/saved-page';
import { toIndexedText } from '../../../src/lib/search/text';
import { indexedText } from '../../../src/lib/search/indexed-text';
import { mapPool } from '../../../src/lib/shared/pool';
import { FILES_AT_ONCE } from './files';

/**
 * Parts of the site left out of the copy: the editor (needs a Git host),
 * Pagefind (cannot run from file://) and the hosts' files (`_headers`, `.br` copies…).
 */
export const OFFLINE_EXCLUDED = ['admin/', 'pagefind/', '_headers'];
/** The search page, and the index the copy gives it. */
export const SEARCH_PAGE = 'tim-kiem/index.html';
export const OFFLINE_INDEX = 'tim-kiem/chi-muc.js';
/** Attributes that hold addresses (data-viewer-srcset: the album viewer's). */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action'];
const SRCSET_ATTRIBUTES = ['srcset', 'data-viewer-srcset'];
/** Hooks of scripts that would reach a host: the YouTube player is created on click. */
const ONLINE_HOOKS = ['data-youtube-id'];

export interface OfflineCopyOptions {
  siteDir: string;
  outDir: string;
  /** Shown at the top of every page: what this copy is and when it was made. */
  notice: string;
  /** Where "Bản lưu ngoại tuyến: trang n / total" is printed (src/lib/build/progress.ts); nowhere without. */
  progressOut?: ProgressOutput;
}

export interface OfflineCopyReport {
  pages: number;
  files: number;
  /** Pages the offline search indexes. */
  indexed: number;
}

/** A link in the built site that leads nowhere in the copy. */
export class BrokenOfflineLink extends Error {}

const isExcluded = (path: string) => isHostFile(path) || OFFLINE_EXCLUDED.some((prefix) => path.startsWith(prefix));
const hasScheme = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

/** A path with its escapes decoded; one with a malformed `%` escape is kept as written, not thrown on. */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The file an address on `fromFile` leads to, written relative to it
 * (`/tin-tuc/` on `van-ban/a/index.html` → `../../tin-tuc/index.html`),
 * or the address unchanged when it leaves the site or stays on the page.
 */
export function relativeAddress(url: string, fromFile: string, isFolder: (path: string) => boolean): string {
  if (url === '' || url.startsWith('#') || hasScheme(url)) return url;
  const resolved = new URL(url, `http://site/${fromFile}`);
  let path = safeDecode(resolved.pathname).slice(1);
  if (path === '' || path.endsWith('/')) path += 'index.html';
  else if (isFolder(path)) path += '/index.html';
  const from = posix.dirname(fromFile);
  const relative = posix.relative(from, path) || posix.basename(path);
  const encoded = relative
    .split('/')
    .map((segment) => (segment === '..' ? segment : encodeURIComponent(segment)))
    .join('/');
  return encoded + resolved.search + resolved.hash;
}

/** The file path (relative to the copy's root) that a rewritten address on `fromFile` opens. */
function targetFile(address: string, fromFile: string): string | undefined {
  if (address === '' || address.startsWith('#') || hasScheme(address)) return undefined;
  return safeDecode(new URL(address, `http://site/${fromFile}`).pathname).slice(1);
}

function rewriteSrcset(value: string, rewrite: (url: string) => string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [rewrite(url), ...descriptor].join(' ');
    })
    .join(', ');
}

/** What Pagefind would index of a page, for the offline search; undefined for pages that are not results. */
export function offlinePageOf(document: Document, url: string): OfflinePage | undefined {
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const pairs = (attribute: string) =>
    [...document.querySelectorAll(`[${attribute}]`)].map((element) => {
      const value = element.getAttribute(attribute)!;
      const colon = value.indexOf(':');
      return [value.slice(0, colon), value.slice(colon + 1)] as const;
    });
  const text = indexedText(document)!;
  const title = (body.querySelector('h1')?.textContent ?? document.title).replace(/\s+/g, ' ').trim();
  const filters: Record<string, string[]> = {};
  for (const [key, value] of pairs('data-pagefind-filter')) (filters[key] ??= []).push(toIndexedText(value));
  return {
    url,
    title: toIndexedText(title),
    meta: Object.fromEntries(pairs('data-pagefind-meta').map(([key, value]) => [key, toIndexedText(value)])),
    filters,
    sort: Object.fromEntries(pairs('data-pagefind-sort')),
    text: toIndexedText(text),
  };
}

/** esbuild's settings for one classic script, bundled with everything it imports, written nowhere. */
const CLASSIC_SCRIPT = { bundle: true, format: 'iife', minify: true, target: 'es2020', write: false, logLevel: 'silent' } as const;
/** The notice's look, added to the site's stylesheets (no inline style, for the CSP). */
const NOTICE_STYLE =
  '\n.offline-notice{margin:0;padding:.5rem 1rem;background:#fff8e1;color:#3d2f00;border-bottom:1px solid #c9a227;font-size:.95rem;text-align:center}\n';

/**
 * The offline search's files, by path in the copy: the engine with the index's
 * summary, and the shards it reads as searches need them (src/lib/search/offline-index.ts),
 * each a classic script handing its data to `window.offlineSearchShard` (src/client/offline-search.ts).
 */
export async function offlineIndexFiles(pages: OfflinePage[]): Promise<Map<string, string>> {
  const { summary, shards } = buildOfflineIndex(pages);
  const engine = await build({ entryPoints: [fileURLToPath(new URL('../../../src/client/offline-search.ts', import.meta.url))], ...CLASSIC_SCRIPT });
  // JSON.parse of a string reads large data faster than a literal (https://v8.dev/blog/cost-of-javascript-2019#json).
  const parsed = (data: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(data))})`;
  const files = new Map([[OFFLINE_INDEX, `window.offlineSearchSummary=${parsed(summary)};\n${engine.outputFiles[0]!.text}`]]);
  const folder = OFFLINE_INDEX.replace(/\.js$/, '/');
  for (const [name, data] of shards) files.set(`${folder}${name}.js`, `window.offlineSearchShard(${JSON.stringify(name)},${parsed(data)});\n`);
  return files;
}

/** A module script bundled with what it imports into one classic script. */
async function classicScript(file: string): Promise<string> {
  const result = await build({
    entryPoints: [file],
    ...CLASSIC_SCRIPT,
    plugins: [
      {
        // Site-absolute imports (Pagefind's, which the copy replaces) are never reached offline.
        name: 'site-absolute-external',
        setup: (bundler) => bundler.onResolve({ filter: /^\// }, ({ path, kind }) => (kind === 'entry-point' ? undefined : { path, external: true })),
      },
    ],
  });
  return result.outputFiles[0]!.text;
}

/** Writes the offline copy of `siteDir` into `outDir`. Throws BrokenOfflineLink naming every page and address that leads nowhere. */
export async function makeOfflineCopy(options: OfflineCopyOptions): Promise<OfflineCopyReport> {
  const { siteDir, outDir } = options;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  // The pages left at old addresses only send a visitor on to a page the copy already has.
  const redirects = join(siteDir, '_redirects');
  const redirectPages = new Set(existsSync(redirects) ? redirectPageFiles(readFileSync(redirects, 'utf8')) : []);
  const files = (await glob('**/*', { cwd: siteDir, dot: true })).filter((file) => !isExcluded(file) && !redirectPages.has(file)).sort();
  const present = new Set(files);
  const folders = new Set(
    files.flatMap((file) =>
      file
        .split('/')
        .slice(0, -1)
        .map((_, index, parts) => parts.slice(0, index + 1).join('/')),
    ),
  );
  const isFolder = (path: string) => folders.has(path.replace(/\/$/, ''));
  await mapPool(files, FILES_AT_ONCE, (file) => cp(join(siteDir, file), join(outDir, file)));

  const broken: string[] = [];
  const modules = new Set<string>();
  const searchPages: OfflinePage[] = [];
  const rewrite = (fromFile: string) => (url: string) => {
    const address = relativeAddress(url, fromFile, isFolder);
    const target = targetFile(address, fromFile);
    if (target !== undefined && !present.has(target)) broken.push(`${fromFile}: ${url}`);
    return address;
  };

  const pages = files.filter((file) => file.endsWith('.html'));
  const progress = options.progressOut && createProgress({ label: 'Bản lưu ngoại tuyến: trang', total: pages.length, out: options.progressOut });
  for (const file of pages) {
    // A saved copy ("Lưu") stands alone: its links are to the live site and its policy is its own. Known by
    // its name, it is copied as it is without being parsed (it is mostly inlined pictures).
    const document = isSavedCopyPath(file) ? undefined : parseHTML(await readFile(join(siteDir, file), 'utf8')).document;
    if (!document || isSavedCopy(document)) {
      progress?.tick();
      continue;
    }
    for (const element of document.querySelectorAll('[data-online-only]')) element.remove();
    // The site's policy names its own origin ('self'), which a file:// page does not have.
    for (const meta of document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')) meta.setAttribute('content', offlinePolicy());
    for (const hook of ONLINE_HOOKS) for (const element of document.querySelectorAll(`[${hook}]`)) element.removeAttribute(hook);
    const rewriteHere = rewrite(file);
    for (const script of document.querySelectorAll('script[type="module"]')) {
      const src = script.getAttribute('src');
      if (!src) throw new Error(`${file}: an inline module script cannot run from file://`);
      modules.add(targetFile(rewriteHere(src), file)!);
      script.removeAttribute('type');
      script.setAttribute('defer', '');
    }
    for (const attribute of URL_ATTRIBUTES) {
      for (const element of document.querySelectorAll(`[${attribute}]`)) {
        element.setAttribute(attribute, rewriteHere(element.getAttribute(attribute)!));
      }
    }
    for (const attribute of SRCSET_ATTRIBUTES) {
      for (const element of document.querySelectorAll(`[${attribute}]`)) {
        element.setAttribute(attribute, rewriteSrcset(element.getAttribute(attribute)!, rewriteHere));
      }
    }
    // Browsers refuse caption tracks from file:// (each file is its own origin), but not from data: addresses.
    for (const track of document.querySelectorAll('track[src]')) {
      const vttFile = targetFile(track.getAttribute('src')!, file);
      // Already a data: address: nothing to inline.
      if (vttFile === undefined) continue;
      const vtt = await readFile(join(outDir, vttFile));
      track.setAttribute('src', `data:text/vtt;base64,${vtt.toString('base64')}`);
    }
    const notice = document.createElement('p');
    notice.className = 'offline-notice';
    notice.setAttribute('role', 'note');
    notice.textContent = options.notice;
    const skipLink = document.querySelector('.skip-link');
    if (skipLink) skipLink.after(notice);
    else document.body.prepend(notice);
    if (file === SEARCH_PAGE) {
      const index = document.createElement('script');
      index.setAttribute('src', posix.relative(posix.dirname(SEARCH_PAGE), OFFLINE_INDEX));
      index.setAttribute('defer', '');
      const firstScript = document.querySelector('script');
      if (firstScript) firstScript.before(index);
      else document.head.append(index);
    }
    const searchPage = offlinePageOf(document, posix.relative(posix.dirname(SEARCH_PAGE), file));
    // A copy: strings read out of a parsed page are slices that would keep the whole page's source alive
    // (a 10,000-entry site's pages held at once, gigabytes); structuredClone makes them strings of their own.
    if (searchPage) searchPages.push(structuredClone(searchPage));
    await writeFile(join(outDir, file), document.toString());
    progress?.tick();
  }
  progress?.done();

  for (const file of files.filter((name) => name.endsWith('.css'))) {
    const css = await readFile(join(siteDir, file), 'utf8');
    const rewritten = css.replace(/url\((['"]?)([^'")]+)\1\)/g, (_, quote: string, url: string) => `url(${quote}${rewrite(file)(url)}${quote})`);
    await writeFile(join(outDir, file), rewritten + NOTICE_STYLE);
  }
  if (broken.length > 0) throw new BrokenOfflineLink(`Links that lead nowhere in the offline copy:\n${broken.join('\n')}`);

  for (const module of modules) await writeFile(join(outDir, module), await classicScript(join(outDir, module)));
  const searchFiles = await offlineIndexFiles(searchPages);
  for (const [path, content] of searchFiles) {
    await mkdir(join(outDir, posix.dirname(path)), { recursive: true });
    await writeFile(join(outDir, path), content);
  }
  return { pages: pages.length, files: files.length + searchFiles.size, indexed: searchPages.length };
}
