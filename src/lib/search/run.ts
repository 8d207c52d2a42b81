/**
 * One search as the site runs it, online (Pagefind) and offline (the copy's
 * engine, which answers the same calls): Vietnamese phrases first, exact marks
 * preferred through Pagefind's diacritic weight (one search, one download),
 * quotes forcing a phrase, newest first on request, and excerpts centred on
 * the phrase.
 */
import { pagefindFilters, type SearchRequest } from './query';
import type { PagefindApi, PagefindResult, PagefindSearch } from './pagefind';
import { toIndexedText } from './text';
import { phraseExcerpt, unescapeHtml, wordsOf } from './excerpt';
import { foldWord, hasTypedMarks, markedWord, matchPhrase, parseQuery, phraseTier, wholeWordPositions, type PhraseMatch } from './phrase';

/**
 * How many of the first results are checked word by word against their text
 * (Pagefind matches the start of words, so "van ho" also meets "văn hóa").
 * Their text is fetched anyway to show them; two more than a page of results.
 */
export const CHECKED_RESULTS = 12;

/** A result with what the page needs to show it. */
export interface RankedResult {
  id: string;
  data: PagefindResult['data'];
  /** The phrase's place in the page, for the excerpt. */
  match?: PhraseMatch;
  termCount: number;
}

export interface RankedSearch {
  results: RankedResult[];
  filters: PagefindSearch['filters'];
}

/**
 * Searches for a request: one Pagefind search for the whole query (pages with
 * every word), then one per word (the same index chunks, already loaded) to
 * learn where each word stands on each page. Pages holding the words side by
 * side come first (measured: tests/helpers/search-relevance.ts); within a tier
 * Pagefind's own order is kept.
 */
export async function searchSite(pagefind: PagefindApi, request: SearchRequest): Promise<RankedSearch> {
  const typed = toIndexedText(request.query).trim();
  const parsed = parseQuery(typed);
  const newest = request.newest === true || parsed.terms.length === 0;
  const options = { filters: pagefindFilters(request, toIndexedText), ...(newest ? { sort: { date: 'desc' } } : {}) };
  let found = await pagefind.search(typed || null, options);
  // Where the words stand somewhere as one phrase, pages where they stand apart
  // are about something else ("tác giả" is not "hợp tác … giải"): Pagefind's own
  // phrase search (in quotes, marks folded) says which pages hold it, with filter
  // counts that match; its order is not kept (it weighs titles less, measured).
  // Only when no page has the phrase are the words looked for apart.
  if (parsed.terms.length > 1 && parsed.quoted.length === 0) {
    const phrase = await pagefind.search(`"${parsed.terms.join(' ')}"`, options);
    const holding = new Set(phrase.results.map((result) => result.id));
    if (holding.size > 0) found = { results: found.results.filter((result) => holding.has(result.id)), filters: phrase.filters };
  }
  if (parsed.terms.length === 0) return { results: found.results.map((result) => ({ ...result, termCount: 0 })), filters: found.filters };

  const perTerm = await Promise.all([...new Set(parsed.terms)].map(async (term) => [term, await pagefind.search(term, {})] as const));
  // Positions are read for the pages found only (the offline engine works them out when asked).
  const positions = new Map(perTerm.map(([term, search]) => [term, new Map(search.results.map((result) => [result.id, result]))]));
  const ranked = found.results.map((result, index): Candidate => {
    const where = parsed.terms.map((term) => positions.get(term)?.get(result.id)?.words ?? []);
    const match = matchPhrase(where);
    // Each fragment is fetched once, whether for this check or to be shown.
    let loaded: ReturnType<PagefindResult['data']> | undefined;
    const data = () => (loaded ??= result.data());
    return { id: result.id, data, index, where, match, tier: phraseTier(match, parsed.terms.length), inTitle: false, marks: false };
  });
  if (!newest) ranked.sort(byTier);
  const checked = ranked.slice(0, CHECKED_RESULTS);
  await Promise.all(
    checked.map(async (item) => {
      const { content, meta } = await item.data();
      item.inTitle = titleHolds(meta.title ?? '', parsed.terms) || titleHolds(meta.summary ?? '', parsed.terms);
      if (content === undefined) return;
      const words = wordsOf(unescapeHtml(content));
      item.marks = hasTypedMarks(words, parsed.terms);
      // Whole words rank above a last word that is only the start of one ("van ho" → "Vân Hồ" before "văn hóa").
      const whole = wholeWordPositions(words, parsed.terms, item.where);
      const wholeMatch = matchPhrase(whole);
      if (whole.every((list) => list.length > 0) && (wholeMatch.starts.length > 0 || parsed.terms.length === 1)) {
        [item.where, item.match, item.tier] = [whole, wholeMatch, 3];
        return;
      }
      const loose = [...whole.slice(0, -1), item.where.at(-1) ?? []];
      item.where = loose;
      item.match = matchPhrase(loose);
      item.tier = phraseTier(item.match, parsed.terms.length);
    }),
  );
  if (!newest) checked.sort(byTier);
  return {
    results: [...checked, ...ranked.slice(CHECKED_RESULTS)].map(({ id, data, match }) => ({ id, data, match, termCount: parsed.terms.length })),
    filters: found.filters,
  };
}

interface Candidate extends Ordered {
  id: string;
  data: PagefindResult['data'];
  /** Word numbers of each term on the page. */
  where: number[][];
  match: PhraseMatch;
}

interface Ordered {
  /** 3: the words as one phrase of whole words; 2: a phrase (the last word may be longer); 1: some side by side; 0: apart. */
  tier: number;
  /** Every word typed with marks is on the page written so. */
  marks: boolean;
  inTitle: boolean;
  index: number;
}

/** Higher tier first, then pages with the marks as typed, then pages whose title (or a document's summary) holds the phrase; Pagefind's order after that. */
function byTier(a: Ordered, b: Ordered): number {
  return b.tier - a.tier || Number(b.marks) - Number(a.marks) || Number(b.inTitle) - Number(a.inTitle) || a.index - b.index;
}

/**
 * True when the title holds the query's words side by side, in order (the
 * last may be the start of a word); a word typed with marks must have them
 * ("đường" is not "dưỡng").
 */
function titleHolds(title: string, terms: string[]): boolean {
  const words = wordsOf(title);
  return words.some((_, start) =>
    terms.every((term, offset) => {
      const marked = markedWord(term);
      const exact = foldWord(term) !== marked;
      const raw = words[start + offset] ?? '';
      const word = exact ? markedWord(raw) : foldWord(raw);
      const wanted = exact ? marked : foldWord(term);
      return offset === terms.length - 1 ? word.startsWith(wanted) : word === wanted;
    }),
  );
}

/** The excerpt of a result: centred on its first phrase (else its first hit), whole words marked. */
export function excerptOf(result: RankedResult, content: string | undefined, fallback: string): string {
  const match = result.match;
  if (content === undefined || !match || match.highlight.length === 0) return fallback;
  const centre = match.starts[0] ?? match.highlight[0]!;
  const phraseLength = match.starts.length > 0 ? result.termCount : 1;
  return phraseExcerpt(unescapeHtml(content), match.highlight, centre, { phraseLength, starts: match.starts });
}
