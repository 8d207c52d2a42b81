import { t, type Lang } from '../../i18n';
import { categoryUrl } from '../content/categories';
import { DOCUMENT_LISTS, documentListUrl } from '../documents/lists';
import { mainMenu } from '../routing/navigation';
import { HOME, mirrorPath } from '../routing/translations';
import { publicPagePath } from './routes';

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
  const home = lang === 'en' ? '/en' : '';
  const leaders = `${home}/gioi-thieu/lanh-dao/`;
  // The menu's sections, in its order; the leadership page sits under the introduction here.
  const children: Record<string, SiteMapLink[]> = {
    [`${home}/gioi-thieu/`]: [
      ...input.aboutPages.map((page) => ({ href: `${home}/gioi-thieu/${page.id}/`, label: page.title })),
      { href: leaders, label: text('nav.leaders') },
    ],
    '/tin-tuc/': (input.categories ?? []).map((category) => ({ href: categoryUrl(category), label: category })),
    '/van-ban/': [
      ...DOCUMENT_LISTS.map((list) => ({ href: documentListUrl(list), label: list.title })),
      ...(input.documentYears ?? []).map((year) => ({ href: `/van-ban/nam/${year}/`, label: t('documents.yearTitle', { year }) })),
    ],
  };
  const sections: SiteMapLink[] = mainMenu(lang)
    .filter((item) => item.href !== leaders)
    .map((item) => (children[item.href] ? { ...item, children: children[item.href] } : item));
  const sitemap = publicPagePath('sitemap');
  if (lang === 'en') {
    return [
      ...sections,
      { href: mirrorPath(sitemap), label: text('site.footer.sitemap') },
      { href: HOME.vi, label: text('siteMap.vietnamese') },
    ];
  }
  return [
    ...sections,
    { href: '/tim-kiem/', label: text('search.title') },
    {
      href: sitemap,
      label: text('site.footer.sitemap'),
      children: [
        { href: publicPagePath('accessibility'), label: text('accessibility.title') },
        { href: publicPagePath('privacy'), label: text('privacy.title') },
        { href: '/rss.xml', label: text('site.footer.rss') },
        { href: '/van-ban/rss.xml', label: text('site.footer.documentsRss') },
        { href: '/sitemap-index.xml', label: text('siteMap.xml') },
      ],
    },
    { href: HOME.en, label: text('siteMap.english') },
  ];
}

/** Every address of a site map, depth first. */
export function siteMapHrefs(links: readonly SiteMapLink[]): string[] {
  return links.flatMap((link) => [link.href, ...siteMapHrefs(link.children ?? [])]);
}
