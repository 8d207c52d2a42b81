import { t, type Lang } from '../../i18n';

/** One section of the site as the main menu names it. */
export interface MenuItem {
  href: string;
  label: string;
}

/**
 * The sections of the site, in menu order: the header's menu and the HTML site
 * map (src/lib/public-pages/site-map.ts) both list them from here. The English
 * site has the pages Nghị định 42/2022/NĐ-CP asks for: introduction, leadership, contact.
 */
export function mainMenu(lang: Lang): MenuItem[] {
  if (lang === 'en') {
    return [
      { href: '/en/', label: t('nav.home', {}, 'en') },
      { href: '/en/gioi-thieu/', label: t('nav.about', {}, 'en') },
      { href: '/en/gioi-thieu/lanh-dao/', label: t('nav.leaders', {}, 'en') },
      { href: '/en/lien-he/', label: t('nav.contact', {}, 'en') },
    ];
  }
  return [
    { href: '/', label: t('nav.home') },
    { href: '/gioi-thieu/', label: t('nav.about') },
    { href: '/tin-tuc/', label: t('nav.news') },
    { href: '/van-ban/', label: t('nav.documents') },
    { href: '/thu-tuc-hanh-chinh/', label: t('nav.procedures') },
    { href: '/hoi-dap/', label: t('nav.questions') },
    { href: '/lich-cong-tac/', label: t('nav.schedule') },
    { href: '/album-anh/', label: t('nav.albums') },
    { href: '/video/', label: t('nav.videos') },
    { href: '/lien-he/', label: t('nav.contact') },
  ];
}
