import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isVisible, type AfterBuildStep, type BuildFiles } from '../lib/build/after-build';
import { formatDate } from '../lib/shared/dates';
import { DerivedCache, hashKey, sourceVersion } from '../lib/build/derived-cache';
import { savedCopyTarget, savedPage } from '../lib/share/saved-page';
import { mapPool } from '../lib/shared/pool';

/** The code that makes a copy and this file, which dates it: part of each cached copy's key. */
const SOURCES = [new URL('../lib/share/saved-page.ts', import.meta.url), new URL('./saved-pages.ts', import.meta.url)];

/**
 * Files named by their content (`/_astro/style.ksMBl8vk.css`, `/_astro/anh-01.DTlTmNVG_Z1IKoTJ.webp`): Vite's
 * hash of the bytes, and for a photo Astro's hash of the original's name and the transform, the key Astro's own
 * image cache reuses the file by. The name is their version, so a warm build need not read and hash ~10,000 photos
 * to know a copy that inlines them is unchanged.
 */
const CONTENT_NAMED = /^\/_astro\/[^/]+\.[\w-]{8}(?:_[\w-]+)?\.[a-z0-9]+$/;

/**
 * What is known of a copy an earlier build made: where it goes and the versions of the files it read. Its HTML is
 * kept beside (`.html`), whole, and linked into the output as it is.
 */
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
 * A copy carries the day it was made. With a cache, a copy an earlier build
 * made from the same page HTML and the same files is linked into the output
 * as it is, with that day: the page has not changed since.
 */
export async function writeSavedPages(files: BuildFiles, site: URL, madeOn = new Date(), cache?: DerivedCache): Promise<SavedPagesReport> {
  const outDir = files.root;
  const pages = files.filter((path) => /(?:^|\/)index\.html$/.test(path) && isVisible(path) && !/^(?:admin|pagefind)\//.test(path));
  const fromSite = (sitePath: string) => join(outDir, decodeURIComponent(sitePath));
  // The versions of the files copies read (the stylesheet, pictures): the name, or a hash once per build.
  const fileHashes = new Map<string, Promise<string>>();
  const hashOf = (sitePath: string) => {
    if (CONTENT_NAMED.test(sitePath)) return Promise.resolve('named');
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
  const version = hashKey(...SOURCES.map(sourceVersion));
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
    const made = await cache?.readJson<CachedCopy>(key);
    let target: string;
    if (made && (await unchanged(made)) && (await cache!.linkTo(key, 'html', fromSite(made.target)))) {
      target = made.target;
      report.reused++;
    } else {
      const found = savedCopyTarget(html);
      if (!found) return;
      target = found;
      const reads: Record<string, string> = {};
      const read = async (sitePath: string) => {
        reads[sitePath] = await hashOf(sitePath);
        return readFile(fromSite(sitePath));
      };
      const copy = await savedPage({ html, url, madeOn: formatDate(madeOn), readText: async (path) => (await read(path)).toString('utf8'), readBytes: read });
      await writeFile(fromSite(target), copy);
      // The copy first: a build stopped between the two leaves no record of a copy that is not there.
      await cache?.write(key, 'html', copy);
      await cache?.writeJson(key, { target, reads } satisfies CachedCopy);
    }
    files.add(decodeURIComponent(target));
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
