import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { excerptOf, searchSite } from '../../src/lib/search';
import { startPagefind, type PagefindApi } from '../../src/lib/search/pagefind';
import { fromIndexedText } from '../../src/lib/search/text';

export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * Runs the built site's own pagefind.js in Node, against the index on disk:
 * the same code and files a visitor's browser uses, with `fetch` of file:
 * URLs answered from the disk.
 */
export async function loadBuiltSearch(distDir: string) {
  const nodeFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return nodeFetch(input, init);
    return new Response(await readFile(fileURLToPath(url.split('?')[0]!)));
  };
  const root = resolve(distDir);
  const base = `${pathToFileURL(root).href}/pagefind/`;
  const pagefind = await startPagefind((await import(`${base}pagefind.js`)) as PagefindApi, { basePath: base });

  /** The query as the search page sends it; results as the page shows them. */
  return async function search(query: string | null, filters: Record<string, string[]> = {}, limit = 10, newest = false): Promise<Hit[]> {
    const found = await searchSite(pagefind, { query: query ?? '', filters, newest });
    const shown = found.results.slice(0, limit);
    const data = await Promise.all(shown.map((result) => result.data()));
    return data.map((item, index) => ({
      // Pagefind makes URLs from its base path; in Node that is a file: URL of the build folder.
      url: item.url.slice(item.url.indexOf(root) + root.length),
      title: fromIndexedText(item.meta.title ?? ''),
      excerpt: fromIndexedText(excerptOf(shown[index]!, item.content, item.excerpt)),
      meta: Object.fromEntries(Object.entries(item.meta).map(([key, value]) => [key, fromIndexedText(value)])),
      filters: Object.fromEntries(Object.entries(item.filters).map(([key, values]) => [key, values.map(fromIndexedText)])),
    }));
  };
}
