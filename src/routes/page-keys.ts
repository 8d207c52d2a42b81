import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { getLanguagePages, getSidebarData, getSiteSettings, getStatsSettings } from '../data/portal';
import { listFiles } from '../lib/build/after-build';
import { hashKey } from '../lib/build/derived-cache';
import { CONTENT_DIR, SETTINGS_FOLDER } from '../lib/content/collections';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild` in astro.config.mjs): a page of
 * `getStaticPaths` whose key and code (Astro hashes the page's modules) are those of the previous build is
 * copied from that build instead of rendered. So a key covers everything the page shows that is not code:
 * its props (the entry, with its photos as Astro names them by their bytes, and what is listed beside it),
 * what the page reads while it renders and the props do not hold (a document's status on the day of the
 * build, the sizes of its files: passed in `extra`), the photos its body shows (by their bytes: a photo
 * replaced under the same name keeps the Markdown as it was) and, for a page in the site's frame, the
 * frame: settings, sidebar, language switch. tests/incremental-build.test.ts builds a site, changes
 * each of these, and compares the pages an incremental build left with a full build's.
 */

/** JSON of anything a page is given, Sets and Maps included (JSON.stringify writes them as `{}`). */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Set) return [...(item as Set<unknown>)];
    if (item instanceof Map) return [...(item as Map<unknown, unknown>)];
    return item;
  });
}

const fileHashes = new Map<string, string>();
/** A file's bytes, hashed once per build; a file that cannot be read has a key of its own, so the page renders (and fails there). */
function fileHash(path: string): string {
  let known = fileHashes.get(path);
  if (known === undefined) {
    try {
      known = hashKey(readFileSync(path));
    } catch {
      known = `unreadable ${Date.now()} ${Math.random()}`;
    }
    fileHashes.set(path, known);
  }
  return known;
}

/** The photos a Markdown body shows, by their bytes: Astro resolves them as the page renders, the entry holds only their names. */
function bodyImageHashes(entry: { filePath?: string; rendered?: { metadata?: { imagePaths?: string[] } } }): string[] {
  const paths = entry.rendered?.metadata?.imagePaths ?? [];
  if (paths.length === 0 || !entry.filePath) return [];
  const folder = dirname(resolve(entry.filePath));
  return paths.map((path) => `${path} ${fileHash(join(folder, path))}`);
}

let frame: Promise<string> | undefined;
/** What every page in the site's frame (src/layouts/BaseLayout.astro) shows beside its own content, with every settings file. */
function frameKey(): Promise<string> {
  return (frame ??= (async () => {
    const settingsFolder = join(CONTENT_DIR, SETTINGS_FOLDER);
    const settingsFiles = (await listFiles(settingsFolder)).sort().map((file) => join(settingsFolder, file));
    const [site, stats, sidebar, languagePages] = await Promise.all([getSiteSettings(), getStatsSettings(), getSidebarData(), getLanguagePages()]);
    return hashKey(stableJson({ site, stats, sidebar, languagePages }), ...settingsFiles.map((file) => `${file} ${fileHash(file)}`));
  })());
}

/** The key of a page in the site's frame that shows `props`, plus what it reads while rendering (`extra`). */
export async function framedPageKey(props: unknown, entries: readonly Parameters<typeof bodyImageHashes>[0][], extra?: unknown): Promise<string> {
  return hashKey(await frameKey(), stableJson(props), stableJson(extra ?? null), ...entries.flatMap(bodyImageHashes));
}

/** The key of a file drawn from `data` alone (a share card). */
export const dataKey = (data: unknown): string => hashKey(stableJson(data));
