/**
 * "Did you mean": when a query finds nothing, the closest spelling the site's
 * own words allow ("hua phn" → "hủa phăn", "bien gioii" → "biên giới"). The
 * vocabulary is every word of the indexed text with how often it appears, and
 * which words follow which, so the neighbour decides between close candidates.
 */
import { editDistance } from '../shared/suggest';
import { foldVietnamese } from '../shared/slug';

/** Where the build writes the vocabulary, in Pagefind's folder (the offline copy builds its own from its pages). */
export const VOCABULARY_FILE = 'tu-vung.json';

/** Words of the site: their written form (marks kept, lowercase) and counts, and neighbour counts. */
export interface Vocabulary {
  /** `[form, count]`, most frequent first. */
  words: [string, number][];
  /** `"hủa phăn": 12`: two words side by side, as written (lowercase). */
  pairs: Record<string, number>;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordsIn(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(WORD) ?? [];
}

function fold(word: string): string {
  return foldVietnamese(word).toLowerCase();
}

/** The vocabulary of some texts; neighbour pairs are kept when seen at least `minPair` times. */
export function buildVocabulary(texts: Iterable<string>, minPair = 2): Vocabulary {
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const text of texts) {
    const list = wordsIn(text);
    list.forEach((word, index) => {
      if (/^\d+$/.test(word)) return;
      words.set(word, (words.get(word) ?? 0) + 1);
      const next = list[index + 1];
      if (next) pairs.set(`${word} ${next}`, (pairs.get(`${word} ${next}`) ?? 0) + 1);
    });
  }
  return {
    words: [...words].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    pairs: Object.fromEntries([...pairs].filter(([, count]) => count >= minPair)),
  };
}

/** Edits allowed for a word of this length: none for one or two letters, one up to five, two beyond. */
function allowedEdits(length: number): number {
  return length <= 2 ? 0 : length <= 5 ? 1 : 2;
}

/**
 * The query as the site's words would spell it, or undefined when every word
 * is already one of them (or nothing close exists). Words the site knows keep
 * the visitor's spelling; an unknown one becomes the closest known word, the
 * one that stands beside its neighbours most often first, then the commonest.
 */
export function suggestQuery(query: string, vocabulary: Vocabulary): string | undefined {
  const known = new Set(vocabulary.words.map(([form]) => fold(form)));
  // Neighbour counts with the neighbour folded, as the visitor may type it without marks.
  const before = new Map<string, number>();
  const after = new Map<string, number>();
  for (const [pair, count] of Object.entries(vocabulary.pairs)) {
    const [first = '', second = ''] = pair.split(' ');
    before.set(`${fold(first)} ${second}`, (before.get(`${fold(first)} ${second}`) ?? 0) + count);
    after.set(`${first} ${fold(second)}`, (after.get(`${first} ${fold(second)}`) ?? 0) + count);
  }
  const typed = query.split(/\s+/).filter(Boolean);
  let changed = false;
  const result = typed.map((word) => word);
  typed.forEach((word, index) => {
    const folded = fold(word);
    if (!/^[\p{L}]+$/u.test(folded) || known.has(folded)) return;
    const limit = allowedEdits(folded.length);
    let best: { form: string; score: number } | undefined;
    for (const [form, count] of vocabulary.words) {
      const distance = editDistance(folded, fold(form));
      if (distance > limit) continue;
      const left = index > 0 ? (before.get(`${fold(result[index - 1]!)} ${form}`) ?? 0) : 0;
      const right = index + 1 < typed.length ? (after.get(`${form} ${fold(typed[index + 1]!)}`) ?? 0) : 0;
      // Fewer edits first, then neighbours, then frequency.
      const score = -distance * 1e9 + (left + right) * 1e4 + count;
      if (!best || score > best.score) best = { form, score };
    }
    if (best) {
      result[index] = best.form;
      changed = true;
    }
  });
  return changed ? result.join(' ') : undefined;
}
