import { describe, expect, it } from 'vitest';
import { alternatesOf, switchTarget, translationPair, withXDefault, type LanguagePages } from './translations';
import { languageOf, mirrorPath } from './urls';

const pages: LanguagePages = {
  vi: new Set(['/', '/gioi-thieu/', '/gioi-thieu/lich-su/', '/gioi-thieu/chi-tieng-viet/', '/lien-he/']),
  en: new Set(['/en/', '/en/gioi-thieu/', '/en/gioi-thieu/lich-su/', '/en/gioi-thieu/english-only/', '/en/lien-he/']),
};

describe('languageOf and mirrorPath', () => {
  it('reads the language from the /en/ prefix only', () => {
    expect(['/', '/en/', '/en/lien-he/', '/entry/', '/gioi-thieu/en/'].map(languageOf)).toEqual(['vi', 'en', 'en', 'vi', 'vi']);
  });

  it('adds or removes the prefix', () => {
    expect(mirrorPath('/')).toBe('/en/');
    expect(mirrorPath('/en/')).toBe('/');
    expect(mirrorPath('/gioi-thieu/lich-su/')).toBe('/en/gioi-thieu/lich-su/');
    expect(mirrorPath('/en/gioi-thieu/lich-su/')).toBe('/gioi-thieu/lich-su/');
  });
});

describe('the language switcher and the alternates', () => {
  it('pairs a page with its translation, from either side', () => {
    expect(translationPair('/gioi-thieu/lich-su/', pages)).toEqual({ vi: '/gioi-thieu/lich-su/', en: '/en/gioi-thieu/lich-su/' });
    expect(translationPair('/en/gioi-thieu/lich-su/', pages)).toEqual({ vi: '/gioi-thieu/lich-su/', en: '/en/gioi-thieu/lich-su/' });
    expect(translationPair('/tin-tuc/hop-bao/', pages)).toBeUndefined();
  });

  it('leads to the translation, else to the other home page', () => {
    expect(switchTarget('/gioi-thieu/lich-su/', pages)).toBe('/en/gioi-thieu/lich-su/');
    expect(switchTarget('/en/gioi-thieu/lich-su/', pages)).toBe('/gioi-thieu/lich-su/');
    expect(switchTarget('/', pages)).toBe('/en/');
    expect(switchTarget('/en/', pages)).toBe('/');
    expect(switchTarget('/gioi-thieu/chi-tieng-viet/', pages)).toBe('/en/');
    expect(switchTarget('/tin-tuc/hop-bao/', pages)).toBe('/en/');
    expect(switchTarget('/en/gioi-thieu/english-only/', pages)).toBe('/');
  });

  it('gives paired pages vi, en and x-default (the Vietnamese page), unpaired pages none', () => {
    const expected = [
      { hreflang: 'vi', href: '/lien-he/' },
      { hreflang: 'en', href: '/en/lien-he/' },
      { hreflang: 'x-default', href: '/lien-he/' },
    ];
    expect(alternatesOf('/lien-he/', pages)).toEqual(expected);
    expect(alternatesOf('/en/lien-he/', pages)).toEqual(expected);
    expect(alternatesOf('/gioi-thieu/chi-tieng-viet/', pages)).toEqual([]);
    expect(alternatesOf('/en/gioi-thieu/english-only/', pages)).toEqual([]);
  });
});

describe('withXDefault (the sitemap)', () => {
  it('adds the Vietnamese page as x-default to an entry with alternates, and leaves others alone', () => {
    const links = [
      { url: 'https://x.vn/en/lien-he/', lang: 'en' },
      { url: 'https://x.vn/lien-he/', lang: 'vi' },
    ];
    expect(withXDefault({ url: 'https://x.vn/lien-he/', links }).links).toEqual([...links, { url: 'https://x.vn/lien-he/', lang: 'x-default' }]);
    const unpaired: { url: string; links?: typeof links } = { url: 'https://x.vn/tin-tuc/' };
    expect(withXDefault(unpaired)).toEqual({ url: 'https://x.vn/tin-tuc/' });
  });
});
