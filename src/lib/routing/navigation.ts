import { t, type Lang } from '../../i18n';
import { DOCUMENT_LISTS } from '../documents/lists';
import { documentListUrl, feedUrl, sectionText, sectionUrl, type Section } from './urls';

/** One link of the menu, the footer or the site map. */
export interface MenuItem {
  href: string;
  label: string;
}

/** A link to a section, named as the menu names it. */
export function sectionLink(section: Section, lang: Lang = 'vi'): MenuItem {
  return { href: sectionUrl(section, lang), label: t(sectionText(section).label, {}, lang) };
}

/**
 * The sections in menu order. The English site has the pages Nghị định
 * 42/2022/NĐ-CP asks for: introduction, leadership, contact.
 */
const MENU: Record<Lang, readonly Section[]> = {
  vi: ['home', 'about', 'news', 'documents', 'procedures', 'questions', 'schedule', 'albums', 'videos', 'contact'],
  en: ['home', 'about', 'leaders', 'contact'],
};

/**
 * The sections of the site, in menu order: the header's menu and the HTML site
 * map (src/lib/public-pages/site-map.ts) both list them from here.
 */
export function mainMenu(lang: Lang): MenuItem[] {
  return MENU[lang].map((section) => sectionLink(section, lang));
}

/** The document list the footer leaves out: treaties are reached through the documents page. */
const NOT_IN_FOOTER = 'dieu-uoc-thoa-thuan-quoc-te';

/**
 * The footer's links. Search, news, documents and the feeds are in Vietnamese
 * only, so the English footer has the contact page and its site map.
 */
export function footerLinks(lang: Lang): MenuItem[] {
  if (lang === 'en') return [sectionLink('contact', 'en'), sectionLink('sitemap', 'en')];
  return [
    sectionLink('contact'),
    sectionLink('procedures'),
    sectionLink('questions'),
    sectionLink('schedule'),
    { href: feedUrl('schedule'), label: t('schedule.subscribe') },
    sectionLink('search'),
    ...DOCUMENT_LISTS.filter((list) => list.slug !== NOT_IN_FOOTER).map((list) => ({ href: documentListUrl(list), label: list.title })),
    { href: feedUrl('news'), label: t('site.footer.rss') },
    { href: feedUrl('documents'), label: t('site.footer.documentsRss') },
    sectionLink('sitemap'),
    sectionLink('accessibility'),
    sectionLink('privacy'),
  ];
}
