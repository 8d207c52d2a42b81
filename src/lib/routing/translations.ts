import type { Lang } from '../../i18n';
import { HOME, languageOf, mirrorPath } from './urls';

/*
 * English pages mirror the Vietnamese paths under `/en/` (the route table,
 * src/lib/routing/urls.ts, writes both): a page and its translation are paired by path,
 * the same rule @astrojs/sitemap's `i18n` option applies (astro.config.mjs).
 * Astro's i18n routing (`i18n` config, `getRelativeLocaleUrl`) is not used: it adds locale redirects
 * and fallbacks a static site with a few hand-paired pages does not need, and says nothing of pairs.
 */

export function otherLanguage(lang: Lang): Lang {
  return lang === 'en' ? 'vi' : 'en';
}

/** The pages that exist in each language, as paths (`/en/gioi-thieu/<slug>/`). */
export type LanguagePages = Record<Lang, ReadonlySet<string>>;

/** A page and its translation, by language, when the translation exists. */
export function translationPair(path: string, pages: LanguagePages): Record<Lang, string> | undefined {
  const lang = languageOf(path);
  const mirror = mirrorPath(path);
  if (!pages[otherLanguage(lang)].has(mirror)) return undefined;
  return lang === 'vi' ? { vi: path, en: mirror } : { vi: mirror, en: path };
}

/** Where the language switcher leads: the translation, or else the home page of the other language. */
export function switchTarget(path: string, pages: LanguagePages): string {
  const other = otherLanguage(languageOf(path));
  return translationPair(path, pages)?.[other] ?? HOME[other];
}

export interface Alternate {
  hreflang: Lang | 'x-default';
  /** Site path of the page in that language. */
  href: string;
}

/**
 * `<link rel="alternate" hreflang>` of a paired page: both languages, and the
 * Vietnamese page as `x-default` (the site's main language). None when unpaired.
 */
export function alternatesOf(path: string, pages: LanguagePages): Alternate[] {
  const pair = translationPair(path, pages);
  if (!pair) return [];
  return [
    { hreflang: 'vi', href: pair.vi },
    { hreflang: 'en', href: pair.en },
    { hreflang: 'x-default', href: pair.vi },
  ];
}

/** A sitemap entry (@astrojs/sitemap's `serialize`) with x-default added beside its alternates, as in each page's `<head>`. */
export function withXDefault<T extends { links?: { url: string; lang: string }[] }>(item: T): T {
  const vietnamese = item.links?.find((link) => link.lang === 'vi');
  if (!item.links || !vietnamese) return item;
  return { ...item, links: [...item.links, { url: vietnamese.url, lang: 'x-default' }] };
}
