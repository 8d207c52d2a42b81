/**
 * The pages every public site owes its visitors, with their addresses: the
 * footer, the site map and the URL index read them from here.
 */
export const PUBLIC_PAGES = [
  { key: 'sitemap', path: '/so-do-trang/' },
  { key: 'accessibility', path: '/kha-nang-tiep-can/' },
  { key: 'privacy', path: '/quyen-rieng-tu/' },
] as const;

export type PublicPageKey = (typeof PUBLIC_PAGES)[number]['key'];

export const publicPagePath = (key: PublicPageKey): string => PUBLIC_PAGES.find((page) => page.key === key)!.path;
