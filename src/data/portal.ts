import { join } from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n';
import { agencyIn } from '../lib/settings/agency';
import { globSync } from 'tinyglobby';
import { COLLECTIONS, CONTENT_DIR, type CollectionName } from '../lib/content/collections';
import { formatReport } from '../lib/checks/problem';
import { isPublishedOn, todayInVietnam } from '../lib/content/today';
import { mondayOf } from '../lib/schedule/week';
import { BILINGUAL_PAGES, entryUrl, mirrorPath } from '../lib/routing/urls';
import { byOrder, newestFirst } from '../lib/shared/sort';
import { toIsoDay } from '../lib/shared/dates';
import type { LanguagePages } from '../lib/routing/translations';
import { VIEWS_FOLDER, readViewFolder } from '../lib/stats/view-files';
import { countVisitors, mostRead, type VisitorCounts } from '../lib/stats/visitor-stats';

/**
 * Collections read once per build and shared by every page: the sidebar and
 * header appear on each of thousands of pages, so sorting is done here once.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
}

/**
 * A collection's entries; none, without Astro's English "does not exist or is
 * empty" warning, while its folder has no entry yet (a new site with no video,
 * no English page). Pages read collections through this, never `getCollection`.
 */
export async function entriesOf<C extends Exclude<CollectionName, 'site' | 'links' | 'stats' | 'redirects'>>(name: C): Promise<CollectionEntry<C>[]> {
  const { folder, pattern } = COLLECTIONS[name];
  if (globSync(pattern, { cwd: join(CONTENT_DIR, folder), onlyFiles: true }).length === 0) return [];
  return getCollection(name);
}

/** Today in Vietnam, read once per build: entries dated later are scheduled (src/lib/publishing/). */
export const TODAY = todayInVietnam();

/** Entries whose `date` has come; the others wait for the daily build of their day. */
const published = <E extends { data: { date: Date } }>(entries: E[]) => entries.filter((entry) => isPublishedOn(entry.data.date, TODAY));

export const getNews = once(async () => published(await entriesOf('news')).sort(newestFirst((entry) => entry.data.date)));

/** The procedures, by name (the list groups them by field). */
export const getProcedures = once(async () =>
  published(await entriesOf('procedures')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'vi') || a.id.localeCompare(b.id)),
);

/** The questions, newest first (the list groups them by topic). */
export const getQuestions = once(async () => published(await entriesOf('questions')).sort(newestFirst((entry) => entry.data.date)));

/** The weeks of the work schedule, earliest first. */
export const getScheduleWeeks = once(async () =>
  (await entriesOf('schedule')).sort((a, b) => a.data.week.getTime() - b.data.week.getTime() || a.id.localeCompare(b.id)),
);

/** The Monday of this week in Vietnam, `yyyy-mm-dd`. */
export const THIS_WEEK = mondayOf(TODAY);

/** This week's schedule, when staff have published it. */
export const getThisWeek = async () => (await getScheduleWeeks()).find((entry) => toIsoDay(entry.data.week) === THIS_WEEK);

export const getDocuments = once(async () => (await entriesOf('documents')).sort(newestFirst((entry) => entry.data.issued)));

export const getAlbums = once(async () => (await entriesOf('albums')).sort(newestFirst((entry) => entry.data.date)));

export const getVideos = once(async () => (await entriesOf('videos')).sort(newestFirst((entry) => entry.data.date)));

async function requiredEntry<C extends 'site' | 'links' | 'stats'>(collection: C, file: string) {
  const entry = await getEntry(collection, file);
  if (!entry) throw new Error(`Thiếu tệp cài đặt content/cai-dat/${file}.yaml`);
  return entry.data as CollectionEntry<C>['data'];
}

export const getSiteSettings = once(() => requiredEntry('site', 'site'));

/** The agency's names, contacts and hotlines in a page's language (src/lib/settings/agency.ts). */
export const getAgency = async (lang: Lang) => agencyIn(await getSiteSettings(), lang);

/** The introduction pages and leaders of one language, in the order staff set. */
export const getAboutPages = async (lang: Lang) => (await entriesOf(lang === 'en' ? 'aboutEn' : 'about')).sort(byOrder);
export const getLeaders = async (lang: Lang) => (await entriesOf(lang === 'en' ? 'leadersEn' : 'leaders')).sort(byOrder);

/** Every page that may have a translation, per language: the language switcher and hreflang links pair them by path. */
export const getLanguagePages = once(async (): Promise<LanguagePages> => {
  const [about, aboutEn, leaders, leadersEn] = await Promise.all([entriesOf('about'), entriesOf('aboutEn'), entriesOf('leaders'), entriesOf('leadersEn')]);
  const urls = (collection: 'about' | 'aboutEn' | 'leaders' | 'leadersEn', entries: { id: string }[]) => entries.map((entry) => entryUrl(collection, entry.id));
  return {
    vi: new Set([...BILINGUAL_PAGES, ...urls('about', about), ...urls('leaders', leaders)]),
    en: new Set([...BILINGUAL_PAGES.map(mirrorPath), ...urls('aboutEn', aboutEn), ...urls('leadersEn', leadersEn)]),
  };
});

/** The page views exported from analytics (content/cai-dat/thong-ke/*.csv); the build's check has vetted them. */
const getPageViews = once(async () => {
  const reading = readViewFolder(join(CONTENT_DIR, VIEWS_FOLDER), (path) => path);
  if (reading.problems.length > 0) throw new Error(formatReport(reading.problems));
  return reading.views;
});

export const getStatsSettings = once(async () => (await getEntry('stats', 'thong-ke'))?.data);

export interface MostReadItem {
  title: string;
  href: string;
  views: number;
}

export interface SidebarData {
  links: CollectionEntry<'links'>['data']['groups'];
  stats: CollectionEntry<'stats'>['data'] | undefined;
  /** Today, yesterday, this month and total, up to the last day of the data; undefined without data. */
  visitors: VisitorCounts | undefined;
  /** The news most viewed in the 30 days up to `visitors.asOf`. */
  mostRead: MostReadItem[];
  documents: CollectionEntry<'documents'>[];
  albums: CollectionEntry<'albums'>[];
  videos: CollectionEntry<'videos'>[];
}

/** What the sidebar widgets show: the newest entries and the settings files. */
export const getSidebarData = once(async (): Promise<SidebarData> => {
  const [links, stats, documents, albums, videos, news, views] = await Promise.all([
    getEntry('links', 'lien-ket'),
    getStatsSettings(),
    getDocuments(),
    getAlbums(),
    getVideos(),
    getNews(),
    getPageViews(),
  ]);
  const visitors = countVisitors(views, stats?.legacyTotal ?? 0);
  // Only articles that still exist are ranked, under their current title.
  const articles = new Map(news.map((entry) => [entryUrl('news', entry.id), entry]));
  const ranked = visitors ? mostRead(views, articles, { asOf: visitors.asOf }) : [];
  return {
    links: links?.data.groups ?? [],
    stats,
    visitors,
    mostRead: ranked.map(({ page, views: count }) => ({ title: page.data.title, href: entryUrl('news', page.id), views: count })),
    documents: documents.slice(0, 5),
    albums: albums.slice(0, 2),
    videos: videos.slice(0, 2),
  };
});
