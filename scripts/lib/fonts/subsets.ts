/**
 * The characters the site's web font keeps. Be Vietnam Pro comes from Fontsource as two files per weight
 * (latin, vietnamese); each is cut down to the characters Vietnamese and English text need, with hinting
 * and rarely used OpenType features dropped. Anything else (Greek, Cyrillic, symbols) falls back to the
 * system font named after it in `--font`.
 */
const range = (from: number, to: number): string => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i));

export interface FontSubset {
  /** Fontsource's subset the glyphs are taken from. */
  source: 'latin' | 'vietnamese';
  /** Every character kept, as text. */
  text: string;
  /** The same set as a CSS `unicode-range`, so a page downloads only the files its text uses. */
  unicodeRange: string;
}

export const FONT_SUBSETS: FontSubset[] = [
  {
    source: 'latin',
    // ASCII, Latin-1 (à, é, ô… and foreign names: ü, ñ, ç), dashes, quotes, ellipsis, bullet, euro, ™, minus.
    text: `${range(0x20, 0x7e)}${range(0xa0, 0xff)}\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac\u2122\u2212`,
    unicodeRange: 'U+0020-007E, U+00A0-00FF, U+2013-2014, U+2018-2019, U+201C-201D, U+2022, U+2026, U+20AC, U+2122, U+2212',
  },
  {
    source: 'vietnamese',
    // Ă Đ Ĩ Ũ Ơ Ư, the combining marks of decomposed text, Ạ…ỹ, and the đồng sign.
    text: `\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u0300\u0301\u0303\u0309\u0323${range(0x1ea0, 0x1ef9)}\u20ab`,
    unicodeRange: 'U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303, U+0309, U+0323, U+1EA0-1EF9, U+20AB',
  },
];

export const FONT_WEIGHTS = [400, 700] as const;

/** Kerning, ligatures, mark placement for decomposed text, and the tabular figures the document table uses. */
export const FONT_FEATURES = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'tnum'];
