import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isVisible, type AfterBuildStep, type BuildFiles } from '../lib/build/after-build';
import { formatDate } from '../lib/shared/dates';
import { DerivedCache, hashKey, sourceVersion } from '../lib/build/derived-cache';
import { savedCopyTarget, savedPage } from '../lib/share/saved-page';
import { mapPool } from '../lib/shared/pool';

/** The code that makes a copy: part of each cached copy's key. */
const SAVED_PAGE_SOURCE = new URL('../lib/share/saved-page.ts', import.meta.url);
/** Stands for the date in a cached copy; replaced as each copy is written. */
const MADE_ON = '\u2063ngay-luu\u2063';

/** What is known of a copy an earlier build made: where it goes and the hashes of the files it read. Its HTML is kept beside, as it is (`.html`). */
interface CachedCopy {
  /** Where the page's "Lưu" link says the copy goes. */
  target: string;
  reads: Record<string, string>;
}

/** Pages handled at once: reading, hashing and writing overlap (a copy is ~50 KB, a warm build mostly copies them). */
const PAGES_IN_FLIGHT = 8;

export interface SavedPagesReport {
  written: number;
  /** Of those, copies an earlier build made from the same page and files. */
  reused: number;
}

/**
 * Writes the file each "Lưu" link downloads (src/components/site/PageTools.astro):
 * a self-contained copy of the page, beside it. A link to the page's own
 * address would save HTML whose styles and pictures are on the server, and
 * `download` on a folder URL names the file after the folder; this copy opens
 * whole from a disk and works the same from the CDN and the offline archive.
 * With a cache, a copy an earlier build made from the same page HTML and the
 * same files is written again as it was, with today's date.
 */
export async function writeSavedPages(files: BuildFiles, site: URL, madeOn = new Date(), cache?: DerivedCache): Promise<SavedPagesReport> {
  const outDir = files.root;
  const pages = files.filter((path) => /(?:^|\/)index\.html$/.test(path) && isVisible(path) && !/^(?:admin|pagefind)\//.test(path));
  const fromSite = (sitePath: string) => join(outDir, decodeURIComponent(sitePath));
  // The files copies read (the stylesheet, pictures), hashed once per build.
  const fileHashes = new Map<string, Promise<string>>();
  const hashOf = (sitePath: string) => {
    if (!fileHashes.has(sitePath))
      fileHashes.set(
        sitePath,
        readFile(fromSite(sitePath)).then(
          (bytes) => hashKey(bytes),
          () => 'missing',
        ),
      );
    return fileHashes.get(sitePath)!;
  };
  const version = sourceVersion(SAVED_PAGE_SOURCE);
  const report: SavedPagesReport = { written: 0, reused: 0 };
  const unchanged = async (made: CachedCopy) =>
    (await Promise.all(Object.entries(made.reads).map(async ([path, hash]) => (await hashOf(path)) === hash))).every(Boolean);
  await mapPool(pages, PAGES_IN_FLIGHT, async (file) => {
    const html = await readFile(join(outDir, file), 'utf8');
    // Most pages have no "Lưu" link: only those are parsed (src/lib/share/saved-page.ts).
    if (!html.includes('data-save-page')) return;
    const pagePath = `/${file.slice(0, -'index.html'.length)}`;
    const url = new URL(pagePath, site).href;
    const key = hashKey(version, url, html);
    let made = await cache?.readJson<CachedCopy>(key);
    let copy = made && (await unchanged(made)) ? (await cache?.read(key, 'html'))?.toString('utf8') : undefined;
    if (made && copy !== undefined) {
      report.reused++;
    } else {
      const target = savedCopyTarget(html);
      if (!target) return;
      const reads: Record<string, string> = {};
      const read = async (sitePath: string) => {
        reads[sitePath] = await hashOf(sitePath);
        return readFile(fromSite(sitePath));
      };
      // Made with a stand-in for the date, so the copy stays reusable on another day.
      copy = await savedPage({ html, url, madeOn: MADE_ON, readText: async (path) => (await read(path)).toString('utf8'), readBytes: read });
      made = { target, reads };
      // The copy first: a build stopped between the two leaves no record of a copy that is not there.
      await cache?.write(key, 'html', copy);
      await cache?.writeJson(key, made);
    }
    await writeFile(fromSite(made.target), copy.replace(MADE_ON, formatDate(madeOn)));
    files.add(decodeURIComponent(made.target));
    report.written++;
  });
  return report;
}

/** Before the search index, which leaves the copies out (they carry no `data-pagefind-body`). */
export default function savedPages(): AfterBuildStep {
  return {
    name: 'saved-pages',
    run: async (files, { site, log }) => {
      const cache = DerivedCache.for('saved-pages');
      const { written, reused } = await writeSavedPages(files, site, new Date(), cache);
      cache.prune();
      log(`${written} saved copies written (the "Lưu" links), ${reused} of them reused from an earlier build`);
    },
  };
}
