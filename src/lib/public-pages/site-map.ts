import { t, type Lang } from '../../i18n';
import { DOCUMENT_LISTS } from '../documents/lists';
import { mainMenu, sectionLink } from '../routing/navigation';
import { categoryUrl, documentListUrl, documentYearUrl, entryUrl, feedUrl, SITEMAP_INDEX_URL, sectionUrl } from '../routing/urls';

export interface SiteMapLink {
  href: string;
  label: string;
  children?: SiteMapLink[];
}

/** What the site map lists besides the fixed sections: the entries that make up sections of their own. */
export interface SiteMapInput {
  /** Introduction pages of the language, in menu order. */
  aboutPages: { id: string; title: string }[];
  /** Vietnamese only: news categories and the years that have documents, newest first. */
  categories?: readonly string[];
  documentYears?: readonly number[];
}

/**
 * Every section of the site and every list of entries, as nested links, for
 * the HTML site map (/so-do-trang/, /en/so-do-trang/). Single entries are left
 * out: their lists lead to them.
 */
export function siteMap(lang: Lang, input: SiteMapInput): SiteMapLink[] {
  const text = (key: Parameters<typeof t>[0]) => t(key, {}, lang);
  const leaders = sectionUrl('leaders', lang);
  // The menu's sections, in its order; the leadership page sits under the introduction here.
  const children: Record<string, SiteMapLink[]> = {
    [sectionUrl('about', lang)]: [
      ...input.aboutPages.map((page) => ({ href: entryUrl(lang === 'en' ? 'aboutEn' : 'about', page.id), label: page.title })),
      { href: leaders, label: text('nav.leaders') },
    ],
    [sectionUrl('news')]: (input.categories ?? []).map((category) => ({ href: categoryUrl(category), label: category })),
    [sectionUrl('documents')]: [
      ...DOCUMENT_LISTS.map((list) => ({ href: documentListUrl(list), label: list.title })),
      ...(input.documentYears ?? []).map((year) => ({ href: documentYearUrl(year), label: t('documents.yearTitle', { year }) })),
    ],
  };
  const sections: SiteMapLink[] = mainMenu(lang)
    .filter((item) => item.href !== leaders)
    .map((item) => (children[item.href] ? { ...item, children: children[item.href] } : item));
  if (lang === 'en') {
    return [...sections, sectionLink('sitemap', 'en'), { href: sectionUrl('home'), label: text('siteMap.vietnamese') }];
  }
  return [
    ...sections,
    sectionLink('search'),
    {
      ...sectionLink('sitemap'),
      children: [
        sectionLink('accessibility'),
        sectionLink('privacy'),
        { href: feedUrl('news'), label: text('site.footer.rss') },
        { href: feedUrl('documents'), label: text('site.footer.documentsRss') },
        { href: SITEMAP_INDEX_URL, label: text('siteMap.xml') },
      ],
    },
    { href: sectionUrl('home', 'en'), label: text('siteMap.english') },
  ];
}

/** Every address of a site map, depth first. */
export function siteMapHrefs(links: readonly SiteMapLink[]): string[] {
  return links.flatMap((link) => [link.href, ...siteMapHrefs(link.children ?? [])]);
}
