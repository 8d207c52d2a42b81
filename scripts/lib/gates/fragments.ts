import { parseHTML } from 'linkedom';

/** A link whose `#fragment` names no element of the page it points to. */
export interface BrokenFragment {
  /** The page holding the link, from the site's root. */
  page: string;
  /** The link as written. */
  href: string;
}

/** Fragments every HTML page has: `#` and `#top` go to the top (HTML, "scroll to the fragment"). */
const ALWAYS_THERE = new Set(['', 'top']);

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** What `#x` can reach on a page: every `id`, and the `name` of every `<a>`. */
export function fragmentTargets(html: string): Set<string> {
  const { document } = parseHTML(html);
  return new Set([
    ...[...document.querySelectorAll('[id]')].map((el) => el.getAttribute('id')!),
    ...[...document.querySelectorAll('a[name]')].map((el) => el.getAttribute('name')!),
  ]);
}

/**
 * Every link of every page (`<a>` and `<area>`) that ends in `#fragment` and
 * points to a page of the site, checked against the ids of that page. Pages
 * are keyed by their path (`/tin-tuc/`); a link to `/tin-tuc` finds `/tin-tuc/`.
 * A link to a file that is not a page (`x.pdf#page=2`) is not checked here:
 * its fragment means something to the viewer, not an id.
 */
export function findBrokenFragments(pages: ReadonlyMap<string, string>): BrokenFragment[] {
  const origin = 'http://site.invalid';
  const targets = new Map<string, Set<string>>();
  const targetsOf = (path: string) => {
    if (!targets.has(path)) targets.set(path, fragmentTargets(pages.get(path)!));
    return targets.get(path)!;
  };
  const broken: BrokenFragment[] = [];
  for (const [page, html] of pages) {
    const { document } = parseHTML(html);
    for (const link of document.querySelectorAll('a[href*="#"], area[href*="#"]')) {
      const href = link.getAttribute('href')!;
      const url = new URL(href, `${origin}${page}`);
      if (url.origin !== origin) continue;
      const path = pages.has(url.pathname) ? url.pathname : pages.has(`${url.pathname}/`) ? `${url.pathname}/` : undefined;
      if (path === undefined) continue;
      const fragment = decode(url.hash.slice(1));
      if (ALWAYS_THERE.has(fragment.toLowerCase()) || targetsOf(path).has(fragment)) continue;
      broken.push({ page, href });
    }
  }
  return broken;
}
