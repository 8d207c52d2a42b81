/**
 * What the offline copy's search costs a reader who opens it from a disk: for
 * each query, the search scripts Chromium loads from file:// before the first
 * results can be shown, their bytes, and the time from opening the page to
 * that moment. The index is made from demo pages (no site is built); the page
 * runs the search page's own steps (startPagefind, searchSite, the first
 * results' data) under the copy's Content Security Policy.
 */
import { statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, posix, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { offlineIndexFiles, OFFLINE_INDEX, SEARCH_PAGE } from '../archive/offline-copy';
import { offlinePolicy } from '../../../src/lib/security/csp';
import type { OfflinePage } from '../../../src/lib/search/offline';
import { median } from './stats';

/** Results shown at once by the search page (src/client/search-page.ts), whose data it awaits before showing any. */
const SHOWN = 10;
const HARNESS = 'tim-kiem/do-hieu-nang.js';

export interface OfflineQueryFigures {
  query: string;
  results: number;
  /** Search scripts loaded before the first results could be shown, relative to the copy's root. */
  scripts: string[];
  bytes: number;
  /** Median time from opening the page to the first results' data, over the runs. */
  firstResultMs: number;
}

/** Writes the offline search's files for `pages` under `dir`, with a search page that runs one query and reports. */
export async function writeOfflineSearchHarness(dir: string, pages: OfflinePage[]): Promise<{ indexBytes: number; indexFiles: number }> {
  await rm(dir, { recursive: true, force: true });
  const files = await offlineIndexFiles(pages);
  const harness = await build({
    stdin: {
      contents: `import { startPagefind } from './pagefind';
        import { searchSite } from './run';
        const query = new URLSearchParams(location.search).get('q') ?? '';
        (async () => {
          const found = await searchSite(await startPagefind(window.offlineSearch), { query, filters: {} });
          await Promise.all(found.results.slice(0, ${SHOWN}).map((result) => result.data()));
          document.body.dataset.done = JSON.stringify({ ms: performance.now(), results: found.results.length });
        })();`,
      resolveDir: fileURLToPath(new URL('../../../src/lib/search', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  const fromPage = (path: string) => posix.relative(posix.dirname(SEARCH_PAGE), path);
  files.set(HARNESS, harness.outputFiles[0]!.text);
  files.set(
    SEARCH_PAGE,
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${offlinePolicy()}">` +
      `<script src="${fromPage(OFFLINE_INDEX)}" defer></script><script src="${fromPage(HARNESS)}" defer></script></head><body></body></html>`,
  );
  let indexBytes = 0;
  for (const [path, content] of files) {
    await mkdir(join(dir, posix.dirname(path)), { recursive: true });
    await writeFile(join(dir, path), content);
    if (path !== HARNESS && path !== SEARCH_PAGE) indexBytes += Buffer.byteLength(content);
  }
  return { indexBytes, indexFiles: files.size - 2 };
}

/** Opens the harness's search page from file:// once per run for each query, in a fresh browser context each time. */
export async function measureOfflineQueries(browser: Browser, dir: string, queries: string[], runs: number): Promise<OfflineQueryFigures[]> {
  const root = resolve(dir);
  const figures: OfflineQueryFigures[] = [];
  for (const query of queries) {
    const times: number[] = [];
    let scripts: string[] = [];
    let results = 0;
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const requested: string[] = [];
      const errors: string[] = [];
      tab.on('request', (request) => requested.push(request.url()));
      tab.on('pageerror', (error) => errors.push(error.message));
      tab.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await tab.goto(`${pathToFileURL(join(root, SEARCH_PAGE)).href}?q=${encodeURIComponent(query)}`);
      const done = await tab.waitForFunction(() => document.body?.dataset.done, undefined, { timeout: 60_000 }).catch(() => undefined);
      if (!done) throw new Error(`"${query}": no results reported. ${errors.join('; ')}`);
      const report = JSON.parse((await done.jsonValue()) as string) as { ms: number; results: number };
      times.push(report.ms);
      results = report.results;
      scripts = requested
        .map((url) => relative(root, fileURLToPath(url.split('?')[0]!)))
        .filter((path) => path.endsWith('.js') && path !== HARNESS)
        .sort();
      await context.close();
    }
    const bytes = scripts.reduce((sum, path) => sum + statSync(join(root, path)).size, 0);
    figures.push({ query, results, scripts, bytes, firstResultMs: Math.round(median(times)) });
  }
  return figures;
}
