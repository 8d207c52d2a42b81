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
import { parseQuery } from './phrase';
import { escapeHtml } from '../shared/html';
import {
  buildOfflineIndex,
  eachPosting,
  foldInPlace,
  NOT_WORD_END,
  pageShardName,
  PAGES_PER_SHARD,
  summaryUrls,
  VOCABULARY_SHARD,
  wordShardName,
  type OfflinePage,
  type OfflineSummary,
  type PageShard,
  type WordShard,
} from './offline-index';
import type { Vocabulary } from './suggest';

export { foldInPlace, type OfflinePage };

/** A page's shown part, ready for excerpts. */
interface PreparedPage {
  title: string;
  meta: Record<string, string>;
  text: string;
  /** Lowercased, same length as the text so positions match. */
  lowerText: string;
  foldedText: string;
}

/** How often one term of a query is on a page. */
interface TermHits {
  /** Hits in the text, and in the title counted TITLE_WEIGHT times. */
  hits: number;
  /** Text hits written with the marks the term was typed with. */
  same: number;
  /** The text hits' codes (src/lib/search/offline-index.ts). */
  codes: number[];
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

function prepare(page: PageShard[number]): PreparedPage {
  const text = page.text.normalize('NFC');
  return { title: page.title.normalize('NFC'), meta: page.meta, text, lowerText: text.toLowerCase(), foldedText: foldInPlace(text) };
}

/** The pages among `candidates` where a phrase's words (the hits of each) stand side by side, single spaces between. */
function pagesHolding(words: Map<number, TermHits>[], candidates: number[]): Set<number> {
  const last = words.length - 1;
  return new Set(
    candidates.filter((page) => {
      const first = words[0]!.get(page)?.codes ?? [];
      if (last === 0) return first.length > 0;
      const others = words.slice(1).map((word) => new Set(word.get(page)?.codes));
      return first.some((code) => {
        if (code & NOT_WORD_END) return false;
        const start = code >> 2;
        return others.every((codes, index) => {
          const at = (start + index + 1) * 4;
          return codes.has(at) || (index + 1 === last && codes.has(at + NOT_WORD_END));
        });
      });
    }),
  );
}

/** The word numbers of some hits, in order, each once. */
function wordsOf(hits: TermHits[]): number[] {
  const words = hits.flatMap(({ codes }) => codes.map((code) => code >> 2)).sort((a, b) => a - b);
  return words.filter((word, index) => word !== words[index - 1]);
}

/** Reads a shard by name; the same shard is read once. */
export type ShardLoader = (name: string) => Promise<unknown>;

/** A Pagefind-shaped search over pages held in memory (the tests' and the vocabulary's way in). */
export function createOfflineSearch(pages: OfflinePage[]): PagefindApi {
  const { summary, shards } = buildOfflineIndex(pages);
  return searchOfflineIndex(summary, async (name) => shards.get(name));
}

/** A Pagefind-shaped search over an offline index, reading its shards as searches need them. */
export function searchOfflineIndex(summary: OfflineSummary, loadShard: ShardLoader): PagefindApi {
  const urls = summaryUrls(summary);
  const filterSets = summary.filterSets.map((set) => {
    const filters: Record<string, string[]> = {};
    for (const [key, value] of set.map((number) => summary.filterValues[number]!)) (filters[key] ??= []).push(value);
    return filters;
  });
  const pageFilters = summary.filters.map((set) => filterSets[set]!);
  const averageLength = summary.lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, urls.length);
  // Shards, pages ready for excerpts and terms' hits, each worked out once: a search asks for each word several times (run.ts).
  const known = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, make: () => Promise<T>) => (known.get(key) ?? known.set(key, make()).get(key)!) as Promise<T>;
  const load = <T>(name: string) => once<T>(`shard ${name}`, () => loadShard(name) as Promise<T>);
  let exact = false;
  let pageLengthWeight = 0.3;
  let diacriticWeight = 0.8;

  /** The forms a term finds, with their postings: its own word, or every word it starts when `prefix` (the word being typed). */
  async function formsOf(term: string, prefix: boolean): Promise<[string, number[]][]> {
    const word = foldInPlace(term);
    const wanted = summary.wordShards.flatMap(([first, last], index) =>
      (prefix ? last >= word && (first <= word || first.startsWith(word)) : first <= word && word <= last) ? [index] : [],
    );
    const shards = await Promise.all(wanted.map((index) => load<WordShard>(wordShardName(index))));
    const forms = shards.flatMap((shard) =>
      prefix ? Object.entries(shard).flatMap(([key, list]) => (key.startsWith(word) ? list : [])) : Object.hasOwn(shard, word) ? shard[word]! : [],
    );
    return exact ? forms.filter(([form]) => (prefix ? form.startsWith(term) : form === term)) : forms;
  }

  /** Each page holding `term` (typed as `marked`), with its hits. */
  const termHits = (term: string, marked: string, prefix: boolean) => once(`hits ${exact} ${prefix} ${term} ${marked}`, () => readHits(term, marked, prefix));

  async function readHits(term: string, marked: string, prefix: boolean): Promise<Map<number, TermHits>> {
    const pages = new Map<number, TermHits>();
    for (const [form, postings] of await formsOf(term, prefix)) {
      // Written with the marks the visitor typed: worth more, as online.
      const same = marked !== term && form.startsWith(marked);
      eachPosting(postings, (page, titleHits, codes) => {
        const hits = pages.get(page);
        const count = titleHits * TITLE_WEIGHT + codes.length;
        if (!hits) pages.set(page, { hits: count, same: same ? codes.length : 0, codes });
        else {
          hits.hits += count;
          if (same) hits.same += codes.length;
          hits.codes = hits.codes.concat(codes);
        }
      });
    }
    return pages;
  }

  /** The pages among `candidates` holding a phrase's words side by side. */
  async function phrasePages(phrase: string, candidates: number[]): Promise<Set<number>> {
    const words = await Promise.all(phrase.split(' ').map((word) => termHits(word, word, false)));
    return pagesHolding(words, candidates);
  }

  /** Every page holding all terms, in page order, with its score and its hits of each term. */
  async function scored(terms: string[], marked: string[]): Promise<{ page: number; score: number; hits: TermHits[] }[]> {
    if (terms.length === 0) return urls.map((_, page) => ({ page, score: 1, hits: [] }));
    const perTerm = await Promise.all(terms.map((term, index) => termHits(term, marked[index]!, index === terms.length - 1)));
    const pages = [...perTerm[0]!.keys()].filter((page) => perTerm.every((hits) => hits.has(page))).sort((a, b) => a - b);
    return pages.map((page) => {
      let total = 0;
      const hits = perTerm.map((term) => term.get(page)!);
      for (const { hits: count, same } of hits) total += count + same * diacriticWeight;
      const length = Math.pow(Math.max(summary.lengths[page]!, 1) / Math.max(averageLength, 1), pageLengthWeight);
      return { page, score: total / length, hits };
    });
  }

  function matchesFilters(page: number, filters: FilterArgument, skip?: string): boolean {
    return Object.entries(filters).every(([key, { any }]) => key === skip || any.length === 0 || any.some((value) => pageFilters[page]![key]?.includes(value)));
  }

  function filterCounts(matching: number[], filters: FilterArgument): Record<string, Record<string, number>> {
    const counts: Record<string, Record<string, number>> = {};
    // Keys and values in the order pages first have them.
    for (const [key, value] of summary.filterValues) (counts[key] ??= {})[value] = 0;
    // Pages with the same set count alike: each set is weighed once.
    const pagesPerSet = new Array<number>(filterSets.length).fill(0);
    for (const page of matching) pagesPerSet[summary.filters[page]!]!++;
    const chosen = Object.entries(filters).filter(([, { any }]) => any.length > 0);
    for (const [set, pages] of pagesPerSet.entries()) {
      if (pages === 0) continue;
      const own = filterSets[set]!;
      const unmet = chosen.filter(([key, { any }]) => !any.some((value) => own[key]?.includes(value))).map(([key]) => key);
      // A value's count is of the pages every other chosen filter leaves.
      for (const [key, values] of Object.entries(own)) {
        if (unmet.some((other) => other !== key)) continue;
        for (const value of values) counts[key]![value]! += pages;
      }
    }
    return counts;
  }

  const pageData = (page: number) => once(`page ${page}`, async () => prepare((await load<PageShard>(pageShardName(page)))[page % PAGES_PER_SHARD]!));

  return {
    options: async (options: EngineOptions) => {
      if (options.exactDiacritics !== undefined) exact = options.exactDiacritics;
      pageLengthWeight = options.ranking?.pageLength ?? pageLengthWeight;
      diacriticWeight = options.ranking?.diacriticSimilarity ?? diacriticWeight;
    },
    init: async () => {},
    vocabulary: () => load<Vocabulary>(VOCABULARY_SHARD),
    filters: async () =>
      filterCounts(
        urls.map((_, page) => page),
        {},
      ),
    search: async (query: string | null, options: SearchOptions): Promise<PagefindSearch> => {
      const terms = query ? queryTerms(query, exact) : [];
      const marked = query ? queryTerms(query, true) : [];
      // Words in quotes must stand side by side, as in Pagefind's phrase search.
      const parsed = parseQuery(query ?? '');
      const phrases = parsed.quoted.map(({ from, to }) => queryTerms(parsed.terms.slice(from, to).join(' '), exact).join(' ')).filter(Boolean);
      const found = await scored(terms, marked);
      const candidates = found.map(({ page }) => page);
      const holding = await Promise.all(phrases.map((phrase) => phrasePages(phrase, candidates)));
      const filters = options.filters ?? {};
      const matches = found.filter(({ page }) => holding.every((pages) => pages.has(page)));
      const [sortKey, direction] = Object.entries(options.sort ?? {})[0] ?? [];
      if (sortKey) {
        const sign = direction === 'asc' ? 1 : -1;
        // Ranked when the index was made, as localeCompare orders the values (dates, as ISO days).
        const ranks = summary.sort[sortKey] ?? [];
        matches.sort((a, b) => sign * ((ranks[a.page] ?? 0) - (ranks[b.page] ?? 0)));
      } else {
        matches.sort((a, b) => b.score - a.score);
      }
      const results: PagefindResult[] = matches
        .filter(({ page }) => matchesFilters(page, filters))
        .map(({ page, hits }) => ({
          id: urls[page]!,
          // Worked out when asked: of a word's many pages, a search reads the positions of those it found (run.ts).
          get words() {
            return wordsOf(hits);
          },
          data: async () => {
            const shown = await pageData(page);
            return {
              url: urls[page]!,
              excerpt: excerptOf(shown.text, exact ? shown.lowerText : shown.foldedText, terms),
              content: escapeHtml(shown.text),
              meta: { title: shown.title, ...shown.meta },
              filters: pageFilters[page]!,
            };
          },
        }));
      return {
        results,
        filters: filterCounts(
          matches.map(({ page }) => page),
          filters,
        ),
      };
    },
  };
}
