/**
 * The offline search's index, split as Pagefind splits its own so that a
 * search reads only what it needs from the disk (src/lib/search/offline.ts
 * reads it; scripts/lib/archive/offline-copy.ts writes each part as a script):
 *
 * - the summary, read with the engine: each page's address, text length,
 *   filter values and sort keys (for counts and order), and the first and last
 *   word of each word shard;
 * - word shards (`tu-N`): the words of every page, folded (no marks, đ as d),
 *   in alphabetical order, each with its written forms (lowercase, marks kept)
 *   and where each stands, so a query reads the shards of its words only;
 * - page shards (`trang-N`): the title, facts and text shown with a result, for
 *   `PAGES_PER_SHARD` pages in a row, read for the results shown;
 * - the vocabulary (`tu-vung`) for "did you mean", read when nothing is found.
 */
import { buildVocabulary } from './suggest';
import { fromIndexedText } from './text';

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
  /** The page's indexed text, marks kept, đ written as ḑ, single spaces between words. */
  text: string;
}

/** What every search needs, one entry per page in page order. */
export interface OfflineSummary {
  /** Addresses, each as the length it shares with the one before and the rest; `…/index.html` written `…/`. */
  urls: [shared: number, rest: string][];
  /** The length of each page's text, for the length penalty. */
  lengths: number[];
  /** For each sort key, each page's rank among the key's values as `localeCompare` orders them ('' without one). */
  sort: Record<string, number[]>;
  /** Every filter value once, the distinct sets of them pages have (as numbers of those), and each page's set. */
  filterValues: [key: string, value: string][];
  filterSets: number[][];
  filters: number[];
  /** The first and last word of each word shard. */
  wordShards: [first: string, last: string][];
}

/**
 * A word shard: each folded word, with each form it is written in and, for
 * each page holding that form, its delta-coded postings: page number (after
 * the previous page), hits in the title, hits in the text, then the text
 * hits' codes (after the previous code). A code is the hit's word number (the
 * text split at spaces) × 4, plus 1 when the word has letters before the hit
 * ("(UNICEF" holds "unicef" after a bracket) and 2 when it has more after it
 * ("Lào," or "12/QĐ").
 */
export type WordShard = Record<string, [form: string, postings: number[]][]>;

/** A page shard: what a result shows of each page, title and text as indexed. */
export type PageShard = Pick<OfflinePage, 'title' | 'meta' | 'text'>[];

/** Bytes of JSON a word shard grows to before the next starts (a single word may make a bigger one). */
const WORD_SHARD_BYTES = 24_000;
/** Pages a page shard holds: a page of ten results reads at most ten shards. */
export const PAGES_PER_SHARD = 8;
export const VOCABULARY_SHARD = 'tu-vung';
export const wordShardName = (index: number) => `tu-${index}`;
export const pageShardName = (page: number) => `trang-${Math.floor(page / PAGES_PER_SHARD)}`;

/** A code's flags: letters before the hit in its word, letters after it. */
export const NOT_WORD_START = 1;
export const NOT_WORD_END = 2;

/** Words as the search sees them: runs of letters and digits (đ written ḑ is one). */
const TOKEN = /[\p{L}\p{N}]+/gu;

/** Lowercases and drops marks (đ → d too) one character at a time, so the result lines up with its input. */
export function foldInPlace(text: string): string {
  let folded = '';
  for (const char of text.toLowerCase()) {
    folded += char === 'đ' ? 'd' : char.length === 1 ? (char.normalize('NFD')[0] ?? char) : char;
  }
  return folded;
}

/** Calls `visit` for each page of a form's postings, in page order. */
export function eachPosting(postings: readonly number[], visit: (page: number, titleHits: number, codes: number[]) => void): void {
  let page = 0;
  for (let at = 0; at < postings.length;) {
    page += postings[at++]!;
    const titleHits = postings[at++]!;
    const codes = new Array<number>(postings[at++]!);
    let code = 0;
    for (let hit = 0; hit < codes.length; hit++) codes[hit] = code += postings[at++]!;
    visit(page, titleHits, codes);
  }
}

/** Each written form of a page's words, with its title hits and the codes of its text hits. */
function pageForms(page: OfflinePage): Map<string, { titleHits: number; codes: number[] }> {
  const forms = new Map<string, { titleHits: number; codes: number[] }>();
  const form = (word: string) => forms.get(word) ?? forms.set(word, { titleHits: 0, codes: [] }).get(word)!;
  for (const word of page.title.normalize('NFC').toLowerCase().match(TOKEN) ?? []) form(word).titleHits++;
  let number = 0;
  for (const [word] of page.text.normalize('NFC').toLowerCase().matchAll(/\S+/g)) {
    for (const token of word.matchAll(TOKEN)) {
      const end = token.index + token[0].length;
      form(token[0]).codes.push(number * 4 + (token.index > 0 ? NOT_WORD_START : 0) + (end < word.length ? NOT_WORD_END : 0));
    }
    number++;
  }
  return forms;
}

/** The word shards: every folded word in order, a shard closed when it passes WORD_SHARD_BYTES. */
function wordShards(pages: OfflinePage[]): { shards: WordShard[]; ranges: [string, string][] } {
  const postings = new Map<string, { page: number; list: number[] }>();
  pages.forEach((page, number) => {
    for (const [form, { titleHits, codes }] of pageForms(page)) {
      const entry = postings.get(form) ?? postings.set(form, { page: 0, list: [] }).get(form)!;
      codes.sort((a, b) => a - b);
      entry.list.push(number - entry.page, titleHits, codes.length, ...codes.map((code, index) => code - (codes[index - 1] ?? 0)));
      entry.page = number;
    }
  });
  const words = new Map<string, [string, number[]][]>();
  for (const form of [...postings.keys()].sort()) {
    const word = foldInPlace(form);
    words.set(word, [...(words.get(word) ?? []), [form, postings.get(form)!.list]]);
  }
  const shards: WordShard[] = [];
  const ranges: [string, string][] = [];
  let bytes = Infinity;
  for (const word of [...words.keys()].sort()) {
    const size = word.length + JSON.stringify(words.get(word)).length;
    if (bytes + size > WORD_SHARD_BYTES) {
      shards.push({});
      ranges.push([word, word]);
      bytes = 0;
    }
    shards.at(-1)![word] = words.get(word)!;
    ranges.at(-1)![1] = word;
    bytes += size;
  }
  return { shards, ranges };
}

/** The summary's filters: each value and each distinct set once, in the order pages first have them. */
function filterSets(pages: OfflinePage[]): Pick<OfflineSummary, 'filterValues' | 'filterSets' | 'filters'> {
  const values = new Map<string, number>();
  const sets = new Map<string, number>();
  const summary: Pick<OfflineSummary, 'filterValues' | 'filterSets' | 'filters'> = { filterValues: [], filterSets: [], filters: [] };
  for (const page of pages) {
    const set = Object.entries(page.filters).flatMap(([key, list]) =>
      list.map((value) => {
        const pair = JSON.stringify([key, value]);
        if (!values.has(pair)) values.set(pair, summary.filterValues.push([key, value]) - 1);
        return values.get(pair)!;
      }),
    );
    const name = set.join(' ');
    if (!sets.has(name)) sets.set(name, summary.filterSets.push(set) - 1);
    summary.filters.push(sets.get(name)!);
  }
  return summary;
}

/** Each page's rank among the values of a sort key, pages without one ranked as ''. */
function sortRanks(pages: OfflinePage[], key: string): number[] {
  const values = pages.map((page) => page.sort[key] ?? '');
  const distinct = [...new Set(values)].sort((a, b) => a.localeCompare(b));
  const ranks = new Map<string, number>();
  distinct.forEach((value, index) => ranks.set(value, index > 0 && value.localeCompare(distinct[index - 1]!) === 0 ? ranks.get(distinct[index - 1]!)! : index));
  return values.map((value) => ranks.get(value)!);
}

/** Addresses as the summary holds them: the part each shares with the one before is left out. */
function frontCoded(urls: string[]): [number, string][] {
  return urls.map((url, index) => {
    const before = urls[index - 1] ?? '';
    let shared = 0;
    while (shared < url.length && url[shared] === before[shared]) shared++;
    return [shared, url.slice(shared)];
  });
}

/** The addresses of a summary, in page order. */
export function summaryUrls(summary: OfflineSummary): string[] {
  const urls: string[] = [];
  for (const [shared, rest] of summary.urls) urls.push((urls.at(-1) ?? '').slice(0, shared) + rest);
  return urls.map((url) => (url.endsWith('/') ? `${url}index.html` : url));
}

/** The offline index of some pages: its summary, and its shards by name. */
export function buildOfflineIndex(pages: OfflinePage[]): { summary: OfflineSummary; shards: Map<string, unknown> } {
  const { shards: words, ranges } = wordShards(pages);
  const sortKeys = [...new Set(pages.flatMap((page) => Object.keys(page.sort)))];
  const summary: OfflineSummary = {
    urls: frontCoded(pages.map((page) => page.url.replace(/\/index\.html$/, '/'))),
    lengths: pages.map((page) => page.text.normalize('NFC').length),
    sort: Object.fromEntries(sortKeys.map((key) => [key, sortRanks(pages, key)])),
    ...filterSets(pages),
    wordShards: ranges,
  };
  const shards = new Map<string, unknown>(words.map((shard, index) => [wordShardName(index), shard]));
  pages.forEach((page, number) => {
    const name = pageShardName(number);
    const shard = (shards.get(name) as PageShard | undefined) ?? (shards.set(name, []).get(name) as PageShard);
    shard.push({ title: page.title, meta: page.meta, text: page.text });
  });
  shards.set(VOCABULARY_SHARD, buildVocabulary(pages.map((page) => fromIndexedText(page.text.normalize('NFC')))));
  return { summary, shards };
}
