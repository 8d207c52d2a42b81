import { getAboutPages, getLeaders } from '../data/portal';
import { t, type Lang } from '../i18n';
import type { Crumb } from '../lib/routing/list-page';
import { mirrorPath } from '../lib/routing/translations';

/**
 * What the pages that exist in both languages (src/lib/routing/translations.ts) share about
 * their frame, computed here once for either language, as Starlight's `utils/routing/` does for
 * every locale: a page component takes `lang` and reads these, so the two versions cannot drift.
 */

const ABOUT = '/gioi-thieu/';
const LEADERS = '/gioi-thieu/lanh-dao/';

/** A Vietnamese page's path in a language: `/lien-he/`, or `/en/lien-he/` in English. */
export const pathIn = (path: string, lang: Lang) => (lang === 'en' ? mirrorPath(path) : path);

/**
 * The frame's switches by language: English pages show no sidebar (its widgets are Vietnamese) and
 * no search box (the search index holds the Vietnamese pages).
 */
export const languageFrame = (lang: Lang) => ({ sidebar: lang === 'vi', headerSearch: lang === 'vi' });

export const aboutCrumb = (lang: Lang): Crumb => ({ label: t('about.title', {}, lang), href: pathIn(ABOUT, lang) });

export const leadersCrumb = (lang: Lang): Crumb => ({ label: t('leaders.title', {}, lang), href: pathIn(LEADERS, lang) });

/** `getStaticPaths` of an introduction page's route, in one language. */
export const aboutRoutes = async (lang: Lang) => (await getAboutPages(lang)).map((page) => ({ params: { slug: page.id }, props: { page } }));

/** `getStaticPaths` of a leader's route, in one language. */
export const leaderRoutes = async (lang: Lang) => (await getLeaders(lang)).map((leader) => ({ params: { slug: leader.id }, props: { leader } }));
