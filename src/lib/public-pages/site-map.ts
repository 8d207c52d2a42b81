import { t, type Lang } from '../../i18n';
import { categoryUrl } from '../categories';
import { DOCUMENT_LISTS, documentListUrl } from '../documents/lists';
import { HOME, mirrorPath } from '../translations';
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
  const about: SiteMapLink = {
    href: lang === 'en' ? '/en/gioi-thieu/' : '/gioi-thieu/',
    label: text('nav.about'),
    children: [
      ...input.aboutPages.map((page) => ({ href: `${lang === 'en' ? '/en' : ''}/gioi-thieu/${page.id}/`, label: page.title })),
      { href: lang === 'en' ? '/en/gioi-thieu/lanh-dao/' : '/gioi-thieu/lanh-dao/', label: text('nav.leaders') },
    ],
  };
  const sitemap = publicPagePath('sitemap');
  if (lang === 'en') {
    return [
      { href: HOME.en, label: text('nav.home') },
      about,
      { href: mirrorPath('/lien-he/'), label: text('nav.contact') },
      { href: mirrorPath(sitemap), label: text('site.footer.sitemap') },
      { href: HOME.vi, label: text('siteMap.vietnamese') },
    ];
  }
  return [
    { href: HOME.vi, label: text('nav.home') },
    about,
    {
      href: '/tin-tuc/',
      label: text('nav.news'),
      children: (input.categories ?? []).map((category) => ({ href: categoryUrl(category), label: category })),
    },
    {
      href: '/van-ban/',
      label: text('nav.documents'),
      children: [
        ...DOCUMENT_LISTS.map((list) => ({ href: documentListUrl(list), label: list.title })),
        ...(input.documentYears ?? []).map((year) => ({ href: `/van-ban/nam/${year}/`, label: t('documents.yearTitle', { year }) })),
      ],
    },
    { href: '/thu-tuc-hanh-chinh/', label: text('nav.procedures') },
    { href: '/hoi-dap/', label: text('nav.questions') },
    { href: '/lich-cong-tac/', label: text('nav.schedule') },
    { href: '/album-anh/', label: text('nav.albums') },
    { href: '/video/', label: text('nav.videos') },
    { href: '/lien-he/', label: text('nav.contact') },
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
