import { listPageParam, listPageUrl } from './urls';

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  items: T[];
  totalPages: number;
  url: string;
  prevUrl?: string;
  nextUrl?: string;
}

/**
 * Splits items into pages whose first page lives at `base` and the others at
 * `listPageUrl(base, n)` (src/lib/routing/urls.ts).
 * An empty list still has one (empty) page, so the list URL always exists.
 */
export function paginate<T>(items: readonly T[], pageSize: number, base: string): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  }
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  const urlOf = (n: number) => listPageUrl(base, n);
  return Array.from({ length: totalPages }, (_, i) => {
    const number = i + 1;
    return {
      number,
      items: items.slice(i * pageSize, number * pageSize),
      totalPages,
      url: urlOf(number),
      prevUrl: number > 1 ? urlOf(number - 1) : undefined,
      nextUrl: number < totalPages ? urlOf(number + 1) : undefined,
    };
  });
}

/**
 * `getStaticPaths` entries for a `[...page].astro` route: page 1 at the list's
 * own URL (no parameter), page n at `listPageParam(n)`.
 */
export function pagePaths<T, P extends Record<string, string | undefined> = Record<never, never>>(
  items: readonly T[],
  pageSize: number,
  base: string,
  params: P = {} as P,
) {
  return paginate(items, pageSize, base).map((page) => ({
    params: { ...params, page: listPageParam(page.number) },
    props: { page },
  }));
}

export interface ListGroup<T> {
  /** What the group is, passed to the page as `group`: `2024`, `Hợp tác quốc tế`. */
  name: string;
  /** The route parameter: `2024`, `hop-tac-quoc-te`. */
  param: string;
  /** Where its first page lives. */
  base: string;
  items: readonly T[];
}

/**
 * `getStaticPaths` entries for a `[group]/[...page].astro` route: one
 * paginated list per group (a year of documents, a news category).
 */
export function groupPagePaths<T>(groups: readonly ListGroup<T>[], pageSize: number, paramName: string) {
  return groups.flatMap((group) =>
    pagePaths(group.items, pageSize, group.base, { [paramName]: group.param }).map((path) => ({
      ...path,
      props: { ...path.props, group: group.name },
    })),
  );
}

/** Items per list page, by collection. */
export const PAGE_SIZES = { news: 12, documents: 25, albums: 12, videos: 12 } as const;
