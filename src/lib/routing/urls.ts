import { posix } from 'node:path';
import { categoryUrl } from '../content/categories';
import { COLLECTIONS, entryId, type CollectionName } from '../content/collections';
import { NEWS_CATEGORIES } from '../../schemas/news';
import { BILINGUAL_PAGES, mirrorPath } from './translations';
import { DOCUMENT_LISTS, documentListUrl } from '../documents/lists';
import { PUBLIC_PAGES } from '../public-pages/routes';

/** The pages and files that exist whatever the content (each has its route under src/pages/). */
const FIXED_URLS = [
  '/',
  '/gioi-thieu/',
  '/gioi-thieu/lanh-dao/',
  '/tin-tuc/',
  '/van-ban/',
  '/album-anh/',
  '/video/',
  '/thu-tuc-hanh-chinh/',
  '/hoi-dap/',
  '/lich-cong-tac/',
  '/lich-cong-tac.ics',
  '/lien-he/',
  '/tim-kiem/',
  '/rss.xml',
  '/sitemap-index.xml',
  ...BILINGUAL_PAGES.map(mirrorPath),
  ...DOCUMENT_LISTS.map(documentListUrl),
  ...PUBLIC_PAGES.map((page) => page.path),
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

const PAGE_URL: Partial<Record<CollectionName, (slug: string) => string>> = {
  about: (slug) => `/gioi-thieu/${slug}/`,
  aboutEn: (slug) => `/en/gioi-thieu/${slug}/`,
  leaders: (slug) => `/gioi-thieu/lanh-dao/${slug}/`,
  leadersEn: (slug) => `/en/gioi-thieu/lanh-dao/${slug}/`,
  news: (slug) => `/tin-tuc/${slug}/`,
  documents: (slug) => `/van-ban/${slug}/`,
  albums: (slug) => `/album-anh/${slug}/`,
  videos: (slug) => `/video/${slug}/`,
  procedures: (slug) => `/thu-tuc-hanh-chinh/${slug}/`,
  questions: (slug) => `/hoi-dap/${slug}/`,
  schedule: (slug) => `/lich-cong-tac/${slug}/`,
};

/** The page URL of an entry, from its slug, or undefined for settings. */
export function entryUrl(collection: CollectionName, slug: string): string | undefined {
  return PAGE_URL[collection]?.(slug);
}

/** The page URL of an entry file, or undefined for settings. */
export function pageUrlOf(collection: CollectionName, relativePath: string): string | undefined {
  return PAGE_URL[collection]?.(entryId(relativePath));
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
    if (entry.year !== undefined) urls.add(`/van-ban/nam/${entry.year}/`);
    for (const file of entry.attachments ?? []) {
      const fileUrl = `${url}${file}`;
      urls.add(fileUrl);
      published.set(posix.join(posix.dirname(contentPath), file), fileUrl);
    }
  }
  return { urls, published, files: new Set(files) };
}
