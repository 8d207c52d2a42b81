import { pagefindFilters, type SearchRequest } from './search-query';
import { foldVietnamese } from './slug';
import { toIndexedText } from './search-text';

export interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
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
}

/**
 * Pagefind's default length penalty buries long official texts (the history
 * page, decrees) under short news; a lighter one keeps them findable.
 */
export const RANKING = { pageLength: 0.3 };

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

/** True when the text carries Vietnamese marks (including đ). */
export function hasDiacritics(text: string): boolean {
  return foldVietnamese(text) !== text;
}

/**
 * Searches as a Vietnamese reader expects: a query typed with its marks first
 * gets the pages written exactly so, then every page that matches once marks
 * are folded ("đường" before "dưỡng"); a query without marks is folded only.
 * Filter counts come from the folded search, which includes the exact one.
 */
export async function searchVietnamese(pagefind: PagefindApi, request: SearchRequest): Promise<PagefindSearch> {
  const query = request.query ? toIndexedText(request.query) : null;
  const options = {
    filters: pagefindFilters(request, toIndexedText),
    ...(query ? {} : { sort: { date: 'desc' } }),
  };
  await pagefind.options({ exactDiacritics: false });
  const folded = await pagefind.search(query, options);
  if (!query || !hasDiacritics(request.query)) return folded;
  await pagefind.options({ exactDiacritics: true });
  const exact = await pagefind.search(query, options);
  await pagefind.options({ exactDiacritics: false });
  const first = new Set(exact.results.map((result) => result.id));
  return { ...folded, results: [...exact.results, ...folded.results.filter((result) => !first.has(result.id))] };
}
