import { formatDate, toIsoDay, yearOf } from '../shared/dates';

/** Kinds of result, as the search page shows and filters them. */
export const SEARCH_KINDS = ['Tin tức', 'Văn bản', 'Thủ tục hành chính', 'Hỏi đáp', 'Lịch công tác', 'Album ảnh', 'Video', 'Giới thiệu'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Filter keys in the index; their labels live in the i18n dictionary. */
export const SEARCH_FILTERS = ['kind', 'category', 'type', 'year', 'issuer', 'field', 'status'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** What a page tells the search index about itself. */
export interface SearchEntry {
  kind: SearchKind;
  /** Shown in results (dd/mm/yyyy) and used to sort. */
  date?: Date;
  /** Extra filters: a news item's category; a document's type, year, issuer, field, status. */
  filters?: Partial<Record<Exclude<SearchFilter, 'kind'>, string[]>>;
  /**
   * Facts shown with a result (author, document number and status, photo
   * count…): kept as Pagefind metadata so the words of labels and values do
   * not become words of the page (a query for "tác giả" must not find every article).
   */
  facts?: Partial<Record<SearchFact, string>>;
  /**
   * A document's summary (trích yếu), which reads as its headline: a result
   * holding the query there ranks with those holding it in their title
   * (src/lib/search/run.ts). Not shown as a fact.
   */
  summary?: string;
}

/** Facts a result may show beside its kind and date. */
export const SEARCH_FACTS = ['number', 'status', 'category', 'author', 'photos', 'duration'] as const;
export type SearchFact = (typeof SEARCH_FACTS)[number];

export interface SearchAttributes {
  meta: Record<string, string>;
  filters: [SearchFilter, string][];
  sort: Record<string, string>;
}

/** The Pagefind meta, filter and sort values a page carries. */
export function searchAttributes(entry: SearchEntry): SearchAttributes {
  const meta: Record<string, string> = { kind: entry.kind };
  for (const key of SEARCH_FACTS) {
    const value = entry.facts?.[key];
    if (value) meta[key] = value;
  }
  if (entry.summary) meta.summary = entry.summary;
  const sort: Record<string, string> = {};
  if (entry.date) {
    meta.date = formatDate(entry.date);
    sort.date = toIsoDay(entry.date);
  }
  const filters: [SearchFilter, string][] = [['kind', entry.kind]];
  for (const [key, values] of Object.entries(entry.filters ?? {}) as [SearchFilter, string[]][]) {
    for (const value of values) filters.push([key, value]);
  }
  return { meta, filters, sort };
}

/** The filters of an official document: type, year of issue, issuers, field and, when known, its status as shown. */
export function documentFilters(data: { type: string; issued: Date; issuer: string[]; field: string }, status: string | undefined): SearchEntry['filters'] {
  return {
    type: [data.type],
    year: [String(yearOf(data.issued))],
    issuer: data.issuer,
    field: [data.field],
    ...(status ? { status: [status] } : {}),
  };
}

/** The facts a document result shows: its number and whether it is in force. */
export function documentFacts(data: { number: string; status?: string }): SearchEntry['facts'] {
  return { number: data.number, status: data.status };
}
