import { getAboutPages, getLeaders } from '../data/portal';
import type { Lang } from '../i18n';

/**
 * What the pages that exist in both languages (src/lib/routing/translations.ts) share about
 * their frame, computed here once for either language, as Starlight's `utils/routing/` does for
 * every locale: a page component takes `lang` and reads these, so the two versions cannot drift.
 */

/**
 * The frame's switches by language: English pages show no sidebar (its widgets are Vietnamese) and
 * no search box (the search index holds the Vietnamese pages).
 */
export const languageFrame = (lang: Lang) => ({ sidebar: lang === 'vi', headerSearch: lang === 'vi' });

/** `getStaticPaths` of an introduction page's route, in one language. */
export const aboutRoutes = async (lang: Lang) => (await getAboutPages(lang)).map((page) => ({ params: { slug: page.id }, props: { page } }));

/** `getStaticPaths` of a leader's route, in one language. */
export const leaderRoutes = async (lang: Lang) => (await getLeaders(lang)).map((leader) => ({ params: { slug: leader.id }, props: { leader } }));
