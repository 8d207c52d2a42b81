/**
 * Pagefind folds diacritics that Unicode decomposes (ư → u, ấ → a), but đ/Đ
 * (U+0111/U+0110) have no decomposition, so "duong" would never find "đường".
 * Before indexing we write đ as ḑ (U+1E11, d with cedilla), which decomposes
 * to d + a combining mark: Pagefind folds it to d for matching and keeps it as
 * a variant, so an exact "đường" still ranks first. Queries get the same
 * rewrite; results are turned back before anything is shown.
 * ḑ/Ḑ are only used in Livonian, never in this site's text.
 */
const INDEXED_D = 'ḑ';
const INDEXED_CAPITAL_D = 'Ḑ';

/** Text as it goes into the index, or as a query is sent to it. */
export function toIndexedText(text: string): string {
  return text.replace(/đ/g, INDEXED_D).replace(/Đ/g, INDEXED_CAPITAL_D);
}

/** Text from the index (excerpt, title, filter value) as visitors must see it. */
export function fromIndexedText(text: string): string {
  return text.replace(/ḑ/g, 'đ').replace(/Ḑ/g, 'Đ');
}
