/**
 * Search for the offline copy, where Pagefind cannot run (browsers refuse
 * module scripts and WebAssembly from file://). The archive ships every
 * indexed page's text in a classic script; this engine answers the search page
 * through the same calls as Pagefind (src/lib/search/pagefind.ts), so the page,
 * its filters and its counts work unchanged.
 *
 * Matching follows the online search: text and queries carry đ as ḑ
 * (src/lib/search/text.ts), marks are folded unless `exactDiacritics` is set,
 * pages written with the query's own marks score higher (as Pagefind's
 * `diacriticSimilarity`), title hits count more, and long pages are penalised
 * as lightly as online (RANKING.pageLength). Words of the query must be whole
 * words of the page but the last, which may be the start of one ("nghi duo"
 * finds "nghỉ dưỡng"). Each result gives the word numbers of its hits and its
 * text, as Pagefind's do, so src/lib/search/run.ts ranks phrases and cuts
 * excerpts the same way offline.
 */
import type { PagefindApi, PagefindResult, PagefindSearch } from './pagefind';
import { fromIndexedText } from './text';
import { parseQuery } from './phrase';
import { buildVocabulary } from './suggest';
import { escapeHtml } from '../shared/html';

/** One indexed page as the archive stores it. */
export interface OfflinePage {
  /** Relative to the search page. */
  url: string;
  title: string;
  /** Shown with the result: kind, date. */
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Sort keys, e.g. `date: 2024-05-01`. */
  sort: Record<string, string>;
  /** The page's indexed text, marks kept, đ written as ḑ. */
  text: string;
}

interface PreparedPage extends OfflinePage {
  /** Lowercased, same length as the originals so positions match. */
  lowerTitle: string;
  lowerText: string;
  foldedTitle: string;
  foldedText: string;
  /** Where each word of the text starts (the text has single spaces between words). */
  wordOffsets: number[];
}

type FilterArgument = Record<string, { any: string[] }>;

interface EngineOptions {
  exactDiacritics?: boolean;
  ranking?: { pageLength?: number; diacriticSimilarity?: number };
}

interface SearchOptions {
  filters?: FilterArgument;
  sort?: Record<string, 'asc' | 'desc'>;
}

const TITLE_WEIGHT = 5;
const EXCERPT_WORDS = 30;
const WORD = /[\p{L}\p{N}]/u;

/** Lowercases and drops marks (đ → d too) one character at a time, so the result lines up with its input. */
export function foldInPlace(text: string): string {
  let folded = '';
  for (const char of text.toLowerCase()) {
    folded += char === 'đ' ? 'd' : char.length === 1 ? (char.normalize('NFD')[0] ?? char) : char;
  }
  return folded;
}

/** The words of a query, lowercased; folded unless `exact`. */
export function queryTerms(query: string, exact: boolean): string[] {
  const lower = query.normalize('NFC').toLowerCase();
  return (exact ? lower : foldInPlace(lower)).split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
}

/** Where `term` is a word of `text`, or starts one when `prefix` (the word being typed). */
function wordStarts(text: string, term: string, prefix = true): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const after = text[at + term.length];
    if ((at === 0 || !WORD.test(text[at - 1]!)) && (prefix || after === undefined || !WORD.test(after))) found.push(at);
  }
  return found;
}

/** About EXCERPT_WORDS words of the text around the first hit, hits wrapped in <mark>, as Pagefind does. */
export function excerptOf(text: string, searched: string, terms: string[]): string {
  const hits = terms.flatMap((term, index) => wordStarts(searched, term, index === terms.length - 1).map((start) => [start, start + term.length] as const));
  hits.sort((a, b) => a[0] - b[0]);
  const words = [...text.matchAll(/\S+/g)];
  const firstHit = hits[0]?.[0] ?? 0;
  const hitWord = Math.max(
    0,
    words.findIndex((word) => word.index! + word[0].length > firstHit),
  );
  const fromWord = Math.max(0, Math.min(hitWord - Math.floor(EXCERPT_WORDS / 3), words.length - EXCERPT_WORDS));
  const lastWord = words[Math.min(words.length, fromWord + EXCERPT_WORDS) - 1];
  const start = words[fromWord]?.index ?? 0;
  const end = lastWord ? lastWord.index! + lastWord[0].length : 0;
  let excerpt = '';
  let at = start;
  for (const [hitStart, hitEnd] of hits) {
    if (hitStart < at || hitEnd > end) continue;
    excerpt += `${escapeHtml(text.slice(at, hitStart))}<mark>${escapeHtml(text.slice(hitStart, hitEnd))}</mark>`;
    at = hitEnd;
  }
  return excerpt + escapeHtml(text.slice(at, end));
}

function prepare(page: OfflinePage): PreparedPage {
  const title = page.title.normalize('NFC');
  const text = page.text.normalize('NFC');
  const lowerTitle = title.toLowerCase();
  const lowerText = text.toLowerCase();
  const wordOffsets = [...text.matchAll(/\S+/g)].map((word) => word.index!);
  return { ...page, title, text, lowerTitle, lowerText, foldedTitle: foldInPlace(title), foldedText: foldInPlace(text), wordOffsets };
}

/** The number of the word that holds character `offset`. */
function wordAt(offsets: number[], offset: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function matchesFilters(page: OfflinePage, filters: FilterArgument, skip?: string): boolean {
  return Object.entries(filters).every(([key, { any }]) => key === skip || any.length === 0 || any.some((value) => page.filters[key]?.includes(value)));
}

/** A Pagefind-shaped search over pages held in memory. */
export function createOfflineSearch(pages: OfflinePage[]): PagefindApi {
  const prepared = pages.map(prepare);
  const averageLength = prepared.reduce((sum, page) => sum + page.text.length, 0) / Math.max(1, prepared.length);
  let exact = false;
  let pageLengthWeight = 0.3;
  let diacriticWeight = 0.8;

  /** The page's score and the word numbers of its hits; score 0 when a term is missing. */
  function score(page: PreparedPage, terms: string[], marked: string[]): { score: number; words: number[] } {
    const [title, text] = exact ? [page.lowerTitle, page.lowerText] : [page.foldedTitle, page.foldedText];
    let total = 0;
    const words = new Set<number>();
    for (const [index, term] of terms.entries()) {
      const prefix = index === terms.length - 1;
      const inText = wordStarts(text, term, prefix);
      const hits = wordStarts(title, term, prefix).length * TITLE_WEIGHT + inText.length;
      if (hits === 0) return { score: 0, words: [] };
      // Written with the marks the visitor typed: worth more, as online.
      const same = marked[index] !== term ? inText.filter((at) => page.lowerText.startsWith(marked[index]!, at)).length : 0;
      total += hits + same * diacriticWeight;
      for (const at of inText) words.add(wordAt(page.wordOffsets, at));
    }
    const length = Math.pow(Math.max(page.text.length, 1) / Math.max(averageLength, 1), pageLengthWeight);
    return { score: total / length, words: [...words].sort((a, b) => a - b) };
  }

  function filterCounts(matching: PreparedPage[], filters: FilterArgument): Record<string, Record<string, number>> {
    const counts: Record<string, Record<string, number>> = {};
    for (const page of prepared) for (const [key, values] of Object.entries(page.filters)) for (const value of values) (counts[key] ??= {})[value] ??= 0;
    for (const [key, values] of Object.entries(counts)) {
      for (const page of matching) {
        if (!matchesFilters(page, filters, key)) continue;
        for (const value of page.filters[key] ?? []) values[value] = (values[value] ?? 0) + 1;
      }
    }
    return counts;
  }

  return {
    options: async (options: EngineOptions) => {
      if (options.exactDiacritics !== undefined) exact = options.exactDiacritics;
      pageLengthWeight = options.ranking?.pageLength ?? pageLengthWeight;
      diacriticWeight = options.ranking?.diacriticSimilarity ?? diacriticWeight;
    },
    init: async () => {},
    vocabulary: async () => buildVocabulary(prepared.map((page) => fromIndexedText(page.text))),
    filters: async () => filterCounts(prepared, {}),
    search: async (query: string | null, options: SearchOptions): Promise<PagefindSearch> => {
      const terms = query ? queryTerms(query, exact) : [];
      const marked = query ? queryTerms(query, true) : [];
      // Words in quotes must stand side by side, as in Pagefind's phrase search.
      const parsed = parseQuery(query ?? '');
      const phrases = parsed.quoted.map(({ from, to }) => queryTerms(parsed.terms.slice(from, to).join(' '), exact).join(' '));
      const filters = options.filters ?? {};
      const scored = prepared
        .map((page) => ({ page, ...(terms.length > 0 ? score(page, terms, marked) : { score: 1, words: [] }) }))
        .filter(({ score }) => score > 0)
        .filter(({ page }) => phrases.every((phrase) => wordStarts(exact ? page.lowerText : page.foldedText, phrase, false).length > 0));
      const [sortKey, direction] = Object.entries(options.sort ?? {})[0] ?? [];
      if (sortKey) {
        const sign = direction === 'asc' ? 1 : -1;
        scored.sort((a, b) => sign * (a.page.sort[sortKey] ?? '').localeCompare(b.page.sort[sortKey] ?? ''));
      } else {
        scored.sort((a, b) => b.score - a.score);
      }
      const matching = scored.map(({ page }) => page);
      const results: PagefindResult[] = scored
        .filter(({ page }) => matchesFilters(page, filters))
        .map(({ page, words }) => ({
          id: page.url,
          words,
          data: async () => ({
            url: page.url,
            excerpt: excerptOf(page.text, exact ? page.lowerText : page.foldedText, terms),
            content: escapeHtml(page.text),
            meta: { title: page.title, ...page.meta },
            filters: page.filters,
          }),
        }));
      return { results, filters: filterCounts(matching, filters) };
    },
  };
}
