import type { Vocabulary } from './suggest';

export interface PagefindResult {
  id: string;
  /** Positions of the matched words in the page's text (its words split at white space). */
  words?: number[];
  data: () => Promise<{
    url: string;
    excerpt: string;
    /** The page's indexed text, HTML-escaped. */
    content?: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
  }>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** For each filter, how many results each value would leave. */
  filters: Record<string, Record<string, number>>;
}

/** The part of Pagefind's JS API this site uses. */
export interface PagefindApi {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options: object) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** The site's words for "did you mean"; only the offline copy's engine has them in memory. */
  vocabulary?: () => Promise<Vocabulary>;
}

/**
 * Pagefind's default length penalty buries long official texts (the history
 * page, decrees) under short news; a lighter one keeps them findable.
 * `diacriticSimilarity` (Pagefind ≥ 1.5) lifts pages written with the marks
 * the query was typed with ("đường" before "dưỡng") in the one folded search.
 */
export const RANKING = { pageLength: 0.3, diacriticSimilarity: 0.8 };

/**
 * Gets Pagefind ready: ranking set, and the filter index loaded, without which
 * a search reports no counts for its filters.
 */
export async function startPagefind(pagefind: PagefindApi, options: object = {}): Promise<PagefindApi> {
  await pagefind.options({ ranking: RANKING, ...options });
  await pagefind.init();
  await pagefind.filters();
  return pagefind;
}
