import { LinkChecker, LinkState } from 'linkinator';
import { glob } from 'tinyglobby';
import { findBrokenFragments } from './fragments';
import { NOT_OUR_PAGES } from './html-validation';
import { serveStatic } from '../shared/static-server';

export interface BrokenLink {
  /** The address as written in the page, from the site's root: `/tin-tuc/x/#muc-2`. */
  link: string;
  /** The page that holds it, from the site's root. */
  page: string;
  /** The HTTP status, or that the fragment names no element. */
  reason: string;
}

/** `index.html` → `/`, `tin-tuc/index.html` → `/tin-tuc/`, `404.html` → `/404.html`: the URL a page is served at. */
export function pageUrlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Serves a build as a CDN would (scripts/lib/shared/static-server.ts) and has
 * linkinator request every page and everything each page links to on the
 * site: links, images, scripts, styles, and the fonts and images named in CSS.
 * Every page is a starting point, so a page no link reaches is checked too.
 * Then every `#fragment` link is checked against the ids of the page it points
 * to, as served (scripts/lib/gates/fragments.ts): linkinator 7's own `checkFragments`
 * checks a fragment only when the page it names is fetched after the link was
 * found, and so misses most links to the menu's pages.
 * Other hosts are not requested (builds and CI have no network; the settings'
 * website links are checked by `npm run settings -- --check-external`), nor
 * the web editor, a third-party app.
 */
export async function crawlInternalLinks(buildDir: string): Promise<{ pages: number; links: number; broken: BrokenLink[] }> {
  const files = await glob('**/*.html', { cwd: buildDir, ignore: NOT_OUR_PAGES });
  const server = await serveStatic(buildDir);
  const local = (url: string) => (url.startsWith(server.url) ? url.slice(server.url.length) : url);
  try {
    const { links } = await new LinkChecker().check({
      path: files.sort().map((file) => `${server.url}${pageUrlOf(file)}`),
      recurse: true,
      checkCss: true,
      concurrency: 8,
      timeout: 30_000,
      linksToSkip: async (url) => !url.startsWith(`${server.url}/`) || url.startsWith(`${server.url}/admin/`),
    });
    const broken = links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => ({
        link: local(link.url),
        page: local(link.parent ?? '(starting point)'),
        reason: link.status
          ? `HTTP ${link.status}`
          : (link.failureDetails?.map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join('; ') ?? 'no answer'),
      }));
    const served = new Map<string, string>();
    for (const file of files) {
      const page = pageUrlOf(file);
      served.set(page, await (await fetch(`${server.url}${page}`)).text());
    }
    for (const { page, href } of findBrokenFragments(served)) broken.push({ link: href, page, reason: 'no element on that page has this id' });
    return { pages: files.length, links: links.filter((link) => link.state === LinkState.OK).length, broken };
  } finally {
    await server.close();
  }
}
