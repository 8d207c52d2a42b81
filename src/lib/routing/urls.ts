/**
 * The site's route table: every address the site writes is spelled here and
 * nowhere else (the URL map: docs/dev/architecture.md). The menu, the footer, the site
 * maps, the crumbs, the feeds, the link check and the components call these
 * functions; src/lib/routing/no-literal-urls.test.ts fails on a section
 * address written as a literal anywhere else.
 */
import { posix } from 'node:path';
import type { Lang, UiKey } from '../../i18n';
import { NEWS_CATEGORIES } from '../../schemas/news';
import { COLLECTIONS, entryId, type CollectionName } from '../content/collections';
import { DOCUMENT_LISTS } from '../documents/lists';
import { slugify } from '../shared/slug';

interface SectionSpec {
  /** The section's first page, Vietnamese. */
  path: string;
  /** What a link to it says (menu, footer, site map). */
  label: UiKey;
  /** Its page's heading, as the crumbs name it. */
  title: UiKey;
  /** The section it sits under in the crumbs and the site map. */
  parent?: string;
}

/** The sections of the site and the fixed pages, each at one address. */
const SECTIONS = {
  home: { path: '/', label: 'nav.home', title: 'nav.home' },
  about: { path: '/gioi-thieu/', label: 'nav.about', title: 'about.title' },
  leaders: { path: '/gioi-thieu/lanh-dao/', label: 'nav.leaders', title: 'leaders.title', parent: 'about' },
  news: { path: '/tin-tuc/', label: 'nav.news', title: 'news.title' },
  documents: { path: '/van-ban/', label: 'nav.documents', title: 'documents.title' },
  procedures: { path: '/thu-tuc-hanh-chinh/', label: 'nav.procedures', title: 'procedures.title' },
  questions: { path: '/hoi-dap/', label: 'nav.questions', title: 'questions.title' },
  schedule: { path: '/lich-cong-tac/', label: 'nav.schedule', title: 'schedule.title' },
  albums: { path: '/album-anh/', label: 'nav.albums', title: 'albums.title' },
  videos: { path: '/video/', label: 'nav.videos', title: 'videos.title' },
  contact: { path: '/lien-he/', label: 'nav.contact', title: 'contact.title' },
  search: { path: '/tim-kiem/', label: 'search.title', title: 'search.title' },
  sitemap: { path: '/so-do-trang/', label: 'site.footer.sitemap', title: 'site.footer.sitemap' },
  accessibility: { path: '/kha-nang-tiep-can/', label: 'accessibility.title', title: 'accessibility.title' },
  privacy: { path: '/quyen-rieng-tu/', label: 'privacy.title', title: 'privacy.title' },
} as const satisfies Record<string, SectionSpec>;

export type Section = keyof typeof SECTIONS;

/**
 * The sections that also exist in English, under `/en/`: the pages Nghị định
 * 42/2022/NĐ-CP asks for (introduction, leadership, contact), the home page and the site map.
 */
export const BILINGUAL_SECTIONS = ['home', 'about', 'leaders', 'contact', 'sitemap'] as const satisfies readonly Section[];

/** The prefix of every English page. */
const ENGLISH_PREFIX = '/en';

/** The language of a page, from its path. */
export function languageOf(path: string): Lang {
  return path === ENGLISH_PREFIX || path.startsWith(`${ENGLISH_PREFIX}/`) ? 'en' : 'vi';
}

/**
 * The same path in the other language: `/lien-he/` ↔ `/en/lien-he/`. English
 * pages mirror the Vietnamese paths (src/lib/routing/translations.ts pairs them).
 */
export function mirrorPath(path: string): string {
  if (languageOf(path) === 'vi') return `${ENGLISH_PREFIX}${path}`;
  return path.slice(ENGLISH_PREFIX.length) || '/';
}

const BILINGUAL: ReadonlySet<Section> = new Set(BILINGUAL_SECTIONS);

/**
 * The first page of a section: `sectionUrl('news')` → `/tin-tuc/`,
 * `sectionUrl('contact', 'en')` → `/en/lien-he/`. Asking for the English page
 * of a section that has none is a mistake in the code, and throws.
 */
export function sectionUrl(section: Section, lang: Lang = 'vi'): string {
  const path = SECTIONS[section].path;
  if (lang === 'vi') return path;
  if (!BILINGUAL.has(section)) throw new RangeError(`The section '${section}' has no English page (BILINGUAL_SECTIONS).`);
  return mirrorPath(path);
}

/** The UI strings that name a section: `label` on links to it, `title` on its page and in the crumbs. */
export function sectionText(section: Section): { label: UiKey; title: UiKey } {
  return SECTIONS[section];
}

/** The section a section sits under (the leadership under the introduction), if any. */
export function parentSection(section: Section): Section | undefined {
  const spec: SectionSpec = SECTIONS[section];
  return spec.parent as Section | undefined;
}

/** The home page of each language. */
export const HOME: Record<Lang, string> = { vi: sectionUrl('home'), en: sectionUrl('home', 'en') };

/** The Vietnamese pages that always have an English version (fixed pages, not entries). */
export const BILINGUAL_PAGES: readonly string[] = BILINGUAL_SECTIONS.map((section) => sectionUrl(section));

/** The files the build writes besides pages: the feeds and the XML site map. */
const FEEDS = {
  news: '/rss.xml',
  documents: `${SECTIONS.documents.path}rss.xml`,
  schedule: '/lich-cong-tac.ics',
} as const;
export type FeedName = keyof typeof FEEDS;

/** A feed: `feedUrl('news')` → `/rss.xml` (news RSS), `documents` (RSS), `schedule` (iCalendar). */
export function feedUrl(feed: FeedName): string {
  return FEEDS[feed];
}

/** The XML site map @astrojs/sitemap writes (astro.config.mjs), for search engines. */
export const SITEMAP_INDEX_URL = '/sitemap-index.xml';

/** The collection of each section that has one page per entry; English entries sit under `/en/`. */
const ENTRY_SECTION = {
  about: 'about',
  aboutEn: 'about',
  leaders: 'leaders',
  leadersEn: 'leaders',
  news: 'news',
  documents: 'documents',
  albums: 'albums',
  videos: 'videos',
  procedures: 'procedures',
  questions: 'questions',
  schedule: 'schedule',
} as const satisfies Partial<Record<CollectionName, Section>>;

/** The collections whose entries have a page of their own. */
export type PageCollection = keyof typeof ENTRY_SECTION;

const ENGLISH_COLLECTIONS: ReadonlySet<CollectionName> = new Set(['aboutEn', 'leadersEn']);

function hasPage(collection: CollectionName): collection is PageCollection {
  return collection in ENTRY_SECTION;
}

/** The page of an entry, from its slug: `entryUrl('news', 'hop-bao')` → `/tin-tuc/hop-bao/`; undefined for settings. */
export function entryUrl(collection: PageCollection, slug: string): string;
export function entryUrl(collection: CollectionName, slug: string): string | undefined;
export function entryUrl(collection: CollectionName, slug: string): string | undefined {
  if (!hasPage(collection)) return undefined;
  const path = `${SECTIONS[ENTRY_SECTION[collection]].path}${slug}/`;
  return ENGLISH_COLLECTIONS.has(collection) ? mirrorPath(path) : path;
}

/** The page URL of an entry file, or undefined for settings. */
export function pageUrlOf(collection: CollectionName, relativePath: string): string | undefined {
  return entryUrl(collection, entryId(relativePath));
}

/** A file published beside an entry's page (a document's attachment, a form, a clip): `/van-ban/qd-12/qd-12.pdf`. */
export function attachmentUrl(collection: PageCollection, slug: string, file: string): string {
  return `${entryUrl(collection, slug)}${file}`;
}

/** The folder of pages 2, 3… of a list, inside the list's own address. */
const PAGE_SEGMENT = 'trang';

/** Page n of a list whose first page is `base`: `/tin-tuc/` → `/tin-tuc/trang/2/`. */
export function listPageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}${PAGE_SEGMENT}/${n}/`;
}

/** The `[...page]` route parameter of page n: none for the first page, `trang/2` after it. */
export function listPageParam(n: number): string | undefined {
  return n === 1 ? undefined : `${PAGE_SEGMENT}/${n}`;
}

/** A news category's list: `Hợp tác quốc tế` → `/tin-tuc/chuyen-muc/hop-tac-quoc-te/`. */
export function categoryUrl(category: string): string {
  return `${SECTIONS.news.path}chuyen-muc/${slugify(category)}/`;
}

/** The documents issued in a year: `/van-ban/nam/2024/`. */
export function documentYearUrl(year: number | string): string {
  return `${SECTIONS.documents.path}nam/${year}/`;
}

/** One of the document lists of src/lib/documents/lists.ts: `/van-ban/danh-muc/du-thao-lay-y-kien/`. */
export function documentListUrl(list: { slug: string }): string {
  return `${SECTIONS.documents.path}danh-muc/${list.slug}/`;
}

/** The procedures of one field: `lanh-su` → `/thu-tuc-hanh-chinh/linh-vuc/lanh-su/`. */
export function procedureFieldUrl(fieldSlug: string): string {
  return `${SECTIONS.procedures.path}linh-vuc/${fieldSlug}/`;
}

/** The id of a topic's heading on the questions page: `chu-de-lanh-su`. */
export function questionTopicAnchor(topicSlug: string): string {
  return `chu-de-${topicSlug}`;
}

/** A topic on the questions page: `/hoi-dap/#chu-de-lanh-su`. */
export function questionTopicUrl(topicSlug: string): string {
  return `${SECTIONS.questions.path}#${questionTopicAnchor(topicSlug)}`;
}

/** Where the generated link-preview pictures live (src/pages/anh-chia-se/). */
const SHARE_CARDS = '/anh-chia-se/';

/** The generated card of a page: `shareCardUrl('van-ban', 'qd-12')` → `/anh-chia-se/van-ban/qd-12.png`. */
export function shareCardUrl(kind: string, slug: string): string {
  return `${SHARE_CARDS}${kind}/${slug}.png`;
}

/** The agency's own card, for the home page and pages without a picture of their own. */
export const SITE_CARD_URL = `${SHARE_CARDS}trang-chu.png`;

/** The pages and files that exist whatever the content: every section in each of its languages, the feeds, the document lists. */
export const FIXED_URLS: readonly string[] = [
  ...(Object.keys(SECTIONS) as Section[]).map((section) => sectionUrl(section)),
  ...BILINGUAL_SECTIONS.map((section) => sectionUrl(section, 'en')),
  ...(Object.keys(FEEDS) as FeedName[]).map(feedUrl),
  SITEMAP_INDEX_URL,
  ...DOCUMENT_LISTS.map(documentListUrl),
];

/** One entry file, as far as its URLs go. */
export interface EntryFile {
  collection: CollectionName;
  /** Path inside the collection's folder: `2025/hop-bao.md`, `le-ky-ket/index.md`. */
  relativePath: string;
  /** A document's year of issue (Vietnam time). */
  year?: number;
  /** A document's attachments (`files`) or a procedure's forms (`forms`). */
  attachments?: readonly string[];
}

/** What a link inside the content may point at. */
export interface SiteIndex {
  /** Every URL the build writes: pages and attachments. */
  urls: ReadonlySet<string>;
  /** Content-relative path of each published file (an entry, an attachment) → its URL. */
  published: ReadonlyMap<string, string>;
  /** Every file of the content tree, content-relative (`tin-tuc/anh.jpg`). */
  files: ReadonlySet<string>;
}

/** Builds the index of URLs from the entries and the list of every content file. */
export function buildSiteIndex(entries: readonly EntryFile[], files: Iterable<string>): SiteIndex {
  const urls = new Set<string>([...FIXED_URLS, ...NEWS_CATEGORIES.map(categoryUrl)]);
  const published = new Map<string, string>();
  for (const entry of entries) {
    const url = pageUrlOf(entry.collection, entry.relativePath);
    if (!url) continue;
    const contentPath = posix.join(COLLECTIONS[entry.collection].folder, entry.relativePath);
    urls.add(url);
    published.set(contentPath, url);
    if (entry.year !== undefined) urls.add(documentYearUrl(entry.year));
    for (const file of entry.attachments ?? []) {
      const fileUrl = `${url}${file}`;
      urls.add(fileUrl);
      published.set(posix.join(posix.dirname(contentPath), file), fileUrl);
    }
  }
  return { urls, published, files: new Set(files) };
}
