/**
 * Phrases in Vietnamese search. Vietnamese writes a word as two or three
 * syllables separated by spaces ("hợp tác", "biên giới"), so a page where the
 * query's syllables stand side by side, in order, is about what was asked; a
 * page where "hợp" and "tác" appear apart ("tác giả") is not. Positions are
 * word numbers in a page's text split at white space, as Pagefind counts them.
 */

export interface ParsedQuery {
  /** Every word of the query, in order, quotes removed: each is one search term. */
  terms: string[];
  /** Runs of terms written inside "…": a page must hold each as a phrase. */
  quoted: { from: number; to: number }[];
}

const QUOTES = /["“”„«»]/;

/** Splits a query into terms at white space and notes what was quoted: `"hợp tác" sơn la`. */
export function parseQuery(query: string): ParsedQuery {
  const terms: string[] = [];
  const quoted: ParsedQuery['quoted'] = [];
  query.split(QUOTES).forEach((part, index) => {
    const words = part.split(/\s+/).filter(Boolean);
    // Odd parts lie between an opening and a closing quote.
    if (index % 2 === 1 && words.length > 1) quoted.push({ from: terms.length, to: terms.length + words.length });
    terms.push(...words);
  });
  return { terms, quoted };
}

export interface PhraseMatch {
  /** Where the whole run of terms starts, in order and side by side. */
  starts: number[];
  /** How many neighbouring terms of the query stand side by side somewhere on the page (0 … terms − 1). */
  adjacentPairs: number;
  /** Every position that belongs to a whole-phrase match (or, without one, to any hit). */
  highlight: number[];
}

/** Where the terms (positions of each, in query order) make the phrase, from `from` to `to`. */
export function matchPhrase(positions: readonly (readonly number[])[], from = 0, to = positions.length): PhraseMatch {
  const sets = positions.map((list) => new Set(list));
  const starts = (positions[from] ?? []).filter((start) => {
    for (let offset = 1; from + offset < to; offset++) if (!sets[from + offset]!.has(start + offset)) return false;
    return true;
  });
  let adjacentPairs = 0;
  for (let term = from; term + 1 < to; term++) if (positions[term]!.some((at) => sets[term + 1]!.has(at + 1))) adjacentPairs++;
  const highlight =
    starts.length > 0 && to - from > 1
      ? [...new Set(starts.flatMap((start) => Array.from({ length: to - from }, (_, offset) => start + offset)))]
      : [...new Set(positions.slice(from, to).flat())];
  return { starts, adjacentPairs, highlight: highlight.sort((a, b) => a - b) };
}

/**
 * How well a page answers a query of several words: 2 when it holds them all
 * as one phrase, 1 when some neighbours stand together, 0 when they are apart.
 * A one-word query scores 2 on every page that has it. (3, given after
 * reading the text, is a phrase of whole words: run.ts.)
 */
export function phraseTier(match: PhraseMatch, termCount: number): 0 | 1 | 2 {
  if (termCount < 2 || match.starts.length > 0) return 2;
  return match.adjacentPairs > 0 ? 1 : 0;
}

/** True when every quoted run of the query stands as a phrase in the page. */
export function holdsQuoted(parsed: ParsedQuery, positions: readonly (readonly number[])[]): boolean {
  return parsed.quoted.every(({ from, to }) => matchPhrase(positions, from, to).starts.length > 0);
}

/** A word as compared with a query term: no marks, đ and ḑ as d, lowercase, no punctuation at its edges. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Keeps the positions where the page's word is the term itself, not a longer word that starts with it ("ho" is "hồ" or "hộ", not "hóa"). */
export function wholeWordPositions(words: readonly string[], terms: readonly string[], positions: readonly (readonly number[])[]): number[][] {
  return positions.map((list, index) => {
    const term = foldWord(terms[index]!);
    return list.filter((at) => foldWord(words[at] ?? '') === term);
  });
}

/** The word as written, lowercase, without punctuation at its edges (marks kept). */
export function markedWord(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** True when every term typed with marks stands somewhere in the words written exactly so ("đường", not "dưỡng"). */
export function hasTypedMarks(words: readonly string[], terms: readonly string[]): boolean {
  const marked = terms.map(markedWord).filter((term) => term !== foldWord(term));
  if (marked.length === 0) return false;
  const written = new Set(words.map(markedWord));
  return marked.every((term) => written.has(term));
}
