/**
 * Folds Vietnamese text to ASCII. NFD splits letters from their tone and vowel
 * marks, which we drop; đ/Đ (U+0111/U+0110) have no decomposition, so they are
 * mapped by hand.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** An ASCII kebab-case slug: `Lịch sử đối ngoại` → `lich-su-doi-ngoai`. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
