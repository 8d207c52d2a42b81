import { readFile, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import * as pagefind from 'pagefind';
import { gunzipSync } from 'node:zlib';
import { glob } from 'tinyglobby';
import { isVisible, listFiles, type AfterBuildStep } from '../lib/build/after-build';
import { codeVersion, DerivedCache, hashKey } from '../lib/build/derived-cache';
import { createProgress, type ProgressOutput } from '../lib/build/progress';
import { fromIndexedText, toIndexedText } from '../lib/search/text';
import { buildVocabulary, VOCABULARY_FILE } from '../lib/search/suggest';
import { isSavedCopyPath } from '../lib/share/saved-page';
import { mapPool } from '../lib/shared/pool';

/** Files Pagefind writes for its own UIs, which this site does not use (it has its own page). */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export interface IndexReport {
  /** Pages that carry data-pagefind-body, so are results. */
  pages: number;
  /** HTML files read. */
  files: number;
  milliseconds: number;
  /** The index an earlier build made of the same pages was copied instead (`cache`). */
  reused: boolean;
}

/** What makes the index, besides the pages: Pagefind (its package.json names its version) and this site's code around it. */
const INDEX_VERSION = codeVersion(import.meta.url, [
  '../../node_modules/pagefind/package.json',
  './search-index.ts',
  '../lib/search/text.ts',
  '../lib/search/suggest.ts',
]);

interface IndexOptions {
  /** What Pagefind reads of a page: đ rewritten by default (src/lib/search/text.ts); the benchmark passes another to compare. */
  encode?: (html: string) => string;
  /** The build's file list, when the after-build pass has it (src/lib/build/after-build.ts). */
  files?: readonly string[];
  /** Where "Tìm kiếm n / total" is printed (src/lib/build/progress.ts); nowhere without. */
  progressOut?: ProgressOutput;
  /**
   * Where the index of a build is kept (src/lib/build/derived-cache.ts): when every page Pagefind would
   * read is as it was, with the same code, that index is copied instead of made again (a third of a
   * minute at 10,000 entries). Never with a non-default `encode`.
   */
  cache?: DerivedCache;
}

/** The element every result page marks for Pagefind (src/layouts/BaseLayout.astro). */
const SEARCHABLE_MAIN = /<main\b[^>]*\sdata-pagefind-body[\s=>]/;

/**
 * What Pagefind is given of a page: its `<main data-pagefind-body>`, which holds
 * the indexed text and every data-pagefind-meta, -filter and -sort
 * (src/components/site/SearchMetadata.astro), without the header, sidebar and
 * footer around it. A third of the bytes through Pagefind's pipe (13 → 8 s at
 * 10,000 entries), and Pagefind no longer takes the page's first picture, the
 * sidebar's newest article, as the picture of a page that has none. A page
 * marked some other way is given whole. Undefined for a page that is not a
 * result (lists, 404).
 */
export function searchablePart(html: string): string | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const start = html.search(SEARCHABLE_MAIN);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  return `<!doctype html><html><body>${html.slice(start, end + '</main>'.length)}</body></html>`;
}

/**
 * A key for what an index is made of: each indexed page's path and the part
 * Pagefind reads, in order. A change around it (the hotline in the footer, the
 * newest article in the sidebar) leaves the index as it was.
 */
async function pagesKey(outDir: string, htmlFiles: readonly string[]): Promise<string> {
  const digests = await mapPool(htmlFiles, 8, async (file) => {
    const part = searchablePart(await readFile(`${outDir}/${file}`, 'utf8'));
    return part === undefined ? '' : hashKey(file, part);
  });
  return hashKey(INDEX_VERSION, ...digests);
}

async function indexedPageCount(pagefindDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(`${pagefindDir}/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Indexes every HTML file of a built site into `<outDir>/pagefind/`. Only pages
 * that mark their content `data-pagefind-body` are indexed (404 and list pages
 * do not). Throws on any indexing error, so the build fails.
 */
export async function indexBuiltSite(outDir: string, { encode = toIndexedText, files, progressOut, cache }: IndexOptions = {}): Promise<IndexReport> {
  const started = performance.now();
  // The "Lưu" copies are never results, and most of the bytes: not even read.
  const htmlFiles = (files ?? (await listFiles(outDir))).filter((path) => path.endsWith('.html') && isVisible(path) && !isSavedCopyPath(path));
  const key = cache && encode === toIndexedText ? await pagesKey(outDir, htmlFiles) : undefined;
  if (key && (await cache!.copyFolderTo(key, 'pagefind', `${outDir}/pagefind`))) {
    return { pages: await indexedPageCount(`${outDir}/pagefind`), files: htmlFiles.length, milliseconds: performance.now() - started, reused: true };
  }
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const progress = progressOut && createProgress({ label: 'Tìm kiếm', total: htmlFiles.length, out: progressOut });
  try {
    // A few files in flight at once keep Pagefind's process busy while the next is read.
    await mapPool(htmlFiles, 4, async (file) => {
      // Pagefind would read the whole page to find no data-pagefind-body in it (lists, 404).
      const part = searchablePart(await readFile(`${outDir}/${file}`, 'utf8'));
      if (part !== undefined) {
        const added = await index.addHTMLFile({ sourcePath: file, content: encode(part) });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
      }
      progress?.tick();
    });
    progress?.done();
    // Pagefind adds to what is there; a previous index would leave stale fragments behind.
    await rm(`${outDir}/pagefind`, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED_UI_FILES.map((name) => rm(`${outDir}/pagefind/${name}`, { force: true })));
    // Words of the site for "did you mean" (src/lib/search/suggest.ts), fetched only when a search finds nothing.
    await writeFile(`${outDir}/pagefind/${VOCABULARY_FILE}`, JSON.stringify(buildVocabulary(await indexedTexts(`${outDir}/pagefind`))));
    if (key) await cache!.writeFolder(key, 'pagefind', `${outDir}/pagefind`);
    return { pages: await indexedPageCount(`${outDir}/pagefind`), files: htmlFiles.length, milliseconds: performance.now() - started, reused: false };
  } finally {
    // On an error, the terminal's line gives way to the error.
    progress?.clear();
    await pagefind.close();
  }
}

/**
 * The text of every indexed page, read back from Pagefind's fragments: 25
 * times faster than parsing the pages again (0.4 s against 10.8 s for the
 * 208 pages of the demo build). A fragment is gzipped JSON after a short
 * signature; a change of that format stops the build here.
 */
async function indexedTexts(pagefindDir: string): Promise<string[]> {
  const files = await glob('fragment/*.pf_fragment', { cwd: pagefindDir });
  return Promise.all(
    files.map(async (file) => {
      const text = gunzipSync(await readFile(`${pagefindDir}/${file}`)).toString('utf8');
      try {
        return fromIndexedText((JSON.parse(text.slice(text.indexOf('{'))) as { content: string }).content);
      } catch {
        throw new Error(`Pagefind's fragment ${file} is not the JSON this site reads (did Pagefind change its format?)`);
      }
    }),
  );
}

/**
 * Indexes the site for search, after the pages and saved copies, so it indexes the final HTML.
 * `cache` makes the kept index (DerivedCache.for('search-index') by default); `() => undefined` indexes every time.
 */
export default function searchIndex({ cache = () => DerivedCache.for('search-index') }: { cache?: () => DerivedCache | undefined } = {}): AfterBuildStep {
  return {
    name: 'search-index',
    run: async (files, { log, progressOut }) => {
      const kept = cache();
      const report = await indexBuiltSite(files.root, { files: files.list(), progressOut, cache: kept });
      kept?.prune();
      await files.addFolder('pagefind');
      const seconds = (report.milliseconds / 1000).toFixed(1);
      const made = report.reused ? 'unchanged since an earlier build, whose search index was reused,' : 'indexed for search';
      log(`${report.pages} of ${report.files} pages ${made} in ${seconds} s → ${relative(process.cwd(), files.root)}/pagefind/`);
    },
  };
}
