import { SEARCH_FILTERS, type SearchFilter } from './meta';

/** What the search page is asked, as kept in its URL: `?q=…&kind=Văn bản&year=2024&sap-xep=moi-nhat`. */
export interface SearchRequest {
  query: string;
  filters: Partial<Record<SearchFilter, string[]>>;
  /** Newest first instead of most relevant first. */
  newest?: boolean;
}

/** The URL parameter and value that ask for newest first ("Mới nhất"); relevance is the default. */
export const ORDER_PARAM = 'sap-xep';
export const NEWEST = 'moi-nhat';

/** Reads the request from a URL's query string. */
export function readSearchRequest(params: URLSearchParams): SearchRequest {
  const filters: SearchRequest['filters'] = {};
  for (const key of SEARCH_FILTERS) {
    const values = params.getAll(key).filter((value) => value.trim() !== '');
    if (values.length > 0) filters[key] = values;
  }
  const request: SearchRequest = { query: (params.get('q') ?? '').trim(), filters };
  if (params.get(ORDER_PARAM) === NEWEST) request.newest = true;
  return request;
}

/** Writes the request as a query string, so a search can be shared and Back works. */
export function writeSearchRequest(request: SearchRequest): string {
  const params = new URLSearchParams();
  if (request.query) params.set('q', request.query);
  for (const key of SEARCH_FILTERS) for (const value of request.filters[key] ?? []) params.append(key, value);
  if (request.newest) params.set(ORDER_PARAM, NEWEST);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when there is something to search for. */
export function hasSearch(request: SearchRequest): boolean {
  return request.query !== '' || Object.keys(request.filters).length > 0;
}

/**
 * Pagefind's filter argument: values of one key are alternatives (any), keys
 * combine (all): two years and one type → documents of that type in either year.
 */
export function pagefindFilters(request: SearchRequest, encode: (text: string) => string) {
  return Object.fromEntries(Object.entries(request.filters).map(([key, values]) => [key, { any: values.map(encode) }]));
}
