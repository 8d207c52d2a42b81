import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** Where tests/global-setup.ts builds the generated corpus, and from which content. */
export const TEST_CONTENT = '.tmp/test-content';
export const TEST_DIST = '.tmp/test-dist';
/** Size of the generated corpus the integration tests build. */
export const TEST_CORPUS_SIZE = 60;
/** "Today" of the test build (SITE_TODAY): the last day of the generated corpus. */
export { LAST_DAY as TEST_TODAY } from '../../scripts/lib/demo/entries';

/** The file a site path is served from: `/tin-tuc/` → `.tmp/test-dist/tin-tuc/index.html`. */
export function fileOf(sitePath: string): string {
  const path = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
  return join(TEST_DIST, path.endsWith('/') ? `${path}index.html` : path);
}

/** The path of every page the sitemap lists, read through its index: `/`, `/tin-tuc/`… */
export function sitemapPaths(): string[] {
  const locs = (path: string) => [...readFileSync(fileOf(path), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs('/sitemap-index.xml').flatMap(locs);
}

/** The parsed page at a site path. */
export function page(sitePath: string): Document {
  const file = fileOf(sitePath);
  if (!existsSync(file)) throw new Error(`No page at ${sitePath} (looked for ${file})`);
  return parseHTML(readFileSync(file, 'utf8')).document;
}

/** Text as a reader sees it: runs of white space shown as one space, none at the ends. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * A node's text as a reader sees it (the HTML keeps the line breaks between inline elements,
 * which the browser renders as spaces).
 */
export const visibleText = (node: { textContent: string | null } | null | undefined): string => squash(node?.textContent);
