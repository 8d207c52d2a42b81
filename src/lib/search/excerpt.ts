import { escapeHtml } from '../shared/html';
/**
 * Excerpts that read well: a window of whole words centred on the phrase the
 * visitor asked for, marked as one piece ("<mark>hợp tác</mark>", not two
 * syllables apart), with an ellipsis where the text was cut.
 */

/** Words around the phrase, as Pagefind's own excerpts (30). */
export const EXCERPT_WORDS = 30;

/** Splits text into words as Pagefind numbers them (its `word_separators`: white space but U+FEFF). */
export function wordsOf(text: string): string[] {
  return text.split(/[^\S\uFEFF]+/g);
}

/** Pagefind's fragment text is HTML-escaped; the excerpt escapes it again after cutting. */
export function unescapeHtml(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi, (entity, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name!.toLowerCase()] ?? entity;
  });
}

const EDGE_PUNCTUATION = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/**
 * The excerpt of `text` (plain, not escaped) around `centre` (a word number),
 * with the words at `highlight` marked, each run of them one <mark> unless a
 * new phrase begins at one of `starts`; HTML-escaped, <mark> the only markup.
 */
export function phraseExcerpt(
  text: string,
  highlight: readonly number[],
  centre: number,
  { phraseLength = 1, starts = [], length = EXCERPT_WORDS }: { phraseLength?: number; starts?: readonly number[]; length?: number } = {},
): string {
  const words = wordsOf(text);
  if (words.length === 0) return '';
  let start = Math.max(0, centre - Math.floor((length - phraseLength) / 2));
  const end = Math.min(words.length, start + length);
  start = Math.max(0, end - length);
  const marked = new Set(highlight);
  const begins = new Set(starts);
  let html = start > 0 ? '… ' : '';
  let open = false;
  for (let at = start; at < end; at++) {
    const [, lead = '', core = '', trail = ''] = EDGE_PUNCTUATION.exec(words[at]!) ?? [];
    const hit = marked.has(at) && core !== '';
    const nextHit = at + 1 < end && marked.has(at + 1) && !begins.has(at + 1);
    if (at > start) html += ' ';
    if (hit && !open) {
      html += `${escapeHtml(lead)}<mark>${escapeHtml(core)}`;
      open = true;
    } else {
      html += escapeHtml(lead + core);
    }
    // A phrase stays one mark across its spaces, unless punctuation ends it.
    if (open && (!nextHit || trail !== '')) {
      html += `</mark>${escapeHtml(trail)}`;
      open = false;
    } else {
      html += escapeHtml(trail);
    }
  }
  if (open) html += '</mark>';
  return end < words.length ? `${html} …` : html;
}
