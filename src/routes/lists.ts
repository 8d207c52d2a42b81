import type { CollectionEntry } from 'astro:content';
import { getAlbums, getDocuments, getNews, getVideos } from '../data/portal';
import { sectionCrumb } from '../lib/routing/crumbs';
import { categoryUrl, documentListUrl, sectionUrl } from '../lib/routing/urls';
import { t } from '../i18n';
import { DOCUMENT_LISTS } from '../lib/documents';
import { DOCUMENT_FEED, type Feed } from '../lib/feeds/feeds';
import type { Crumb } from '../lib/routing/list-page';
import { PAGE_SIZES, pagePaths, type Page } from '../lib/routing/pagination';
import { yearOf } from '../lib/shared/dates';
import { slugify } from '../lib/shared/slug';
import { NEWS_CATEGORIES } from '../schemas/news';

/**
 * Every paginated list of the site, as the data its pages render (src/routes/ListPage.astro):
 * one builder per list, as Starlight's `utils/routing/` computes each route's data once.
 * A file in src/pages only names its list.
 */

/** What the list's frame shows (src/layouts/ListLayout.astro). */
interface ListFrame {
  label: string;
  base: string;
  description: string;
  parents?: Crumb[];
  kicker?: string;
  sidebar?: boolean;
  feeds?: Feed[];
}

type Entries<C extends 'news' | 'documents' | 'albums' | 'videos'> = Page<CollectionEntry<C>>;

export type ListRoute = ListFrame &
  (
    | { kind: 'news'; page: Entries<'news'>; categories: boolean }
    | { kind: 'documents'; page: Entries<'documents'>; documents: CollectionEntry<'documents'>[]; intro?: string; year?: string; path?: string }
    | { kind: 'albums'; page: Entries<'albums'> }
    | { kind: 'videos'; page: Entries<'videos'> }
  );

/** The routes of one list: page 1 at `base`, page n at `base + trang/<n>/`, with `params` for a group's route. */
function listPaths<T, R extends ListRoute>(
  items: readonly T[],
  pageSize: number,
  base: string,
  route: (page: Page<T>) => R,
  params: Record<string, string> = {},
) {
  return pagePaths(items, pageSize, base, params).map((path) => ({ params: path.params, props: { route: route(path.props.page) } }));
}

const NEWS_BASE = sectionUrl('news');
const DOCUMENTS_BASE = sectionUrl('documents');
const newsCrumb = (): Crumb => sectionCrumb('news');
const documentsCrumb = (): Crumb => sectionCrumb('documents');
/** Document lists have the whole width for their table, and offer the documents' feed. */
const DOCUMENT_FRAME = { sidebar: false, feeds: [DOCUMENT_FEED] };

const LISTS = {
  news: async () =>
    listPaths(await getNews(), PAGE_SIZES.news, NEWS_BASE, (page) => ({
      kind: 'news' as const,
      page,
      categories: true,
      label: t('news.title'),
      base: NEWS_BASE,
      description: 'Tin tức hoạt động đối ngoại của tỉnh Sơn La và Sở Ngoại vụ.',
    })),
  /** Every category has its page, even an empty one: the menu links to all of them. */
  newsCategories: async () => {
    const news = await getNews();
    return NEWS_CATEGORIES.flatMap((category) =>
      listPaths(
        news.filter((item) => item.data.category === category),
        PAGE_SIZES.news,
        categoryUrl(category),
        (page) => ({
          kind: 'news' as const,
          page,
          categories: false,
          label: category,
          base: categoryUrl(category),
          description: `Tin tức chuyên mục ${category}.`,
          parents: [newsCrumb()],
          kicker: t('news.category'),
        }),
        { category: slugify(category) },
      ),
    );
  },
  documents: async () => {
    const documents = await getDocuments();
    return listPaths(documents, PAGE_SIZES.documents, DOCUMENTS_BASE, (page) => ({
      kind: 'documents' as const,
      page,
      documents,
      label: t('documents.title'),
      base: DOCUMENTS_BASE,
      description: 'Văn bản chỉ đạo, điều hành và văn bản quy phạm pháp luật về công tác đối ngoại.',
      ...DOCUMENT_FRAME,
    }));
  },
  documentYears: async () => {
    const documents = await getDocuments();
    const years = [...new Set(documents.map((doc) => String(yearOf(doc.data.issued))))];
    return years.flatMap((year) => {
      const label = t('documents.yearTitle', { year });
      const base = `${DOCUMENTS_BASE}nam/${year}/`;
      const items = documents.filter((doc) => String(yearOf(doc.data.issued)) === year);
      return listPaths(
        items,
        PAGE_SIZES.documents,
        base,
        (page) => ({ kind: 'documents' as const, page, documents, year, label, base, description: label, parents: [documentsCrumb()], ...DOCUMENT_FRAME }),
        { year },
      );
    });
  },
  /** Each list has its page even when empty: the menu and the site map lead to it. */
  documentLists: async () => {
    const documents = await getDocuments();
    return DOCUMENT_LISTS.flatMap((list) => {
      const base = documentListUrl(list);
      return listPaths(
        documents.filter(list.includes),
        PAGE_SIZES.documents,
        base,
        (page) => ({
          kind: 'documents' as const,
          page,
          documents,
          intro: list.intro,
          path: base,
          label: list.title,
          base,
          description: list.intro,
          parents: [documentsCrumb()],
          ...DOCUMENT_FRAME,
        }),
        { list: list.slug },
      );
    });
  },
  albums: async () =>
    listPaths(await getAlbums(), PAGE_SIZES.albums, sectionUrl('albums'), (page) => ({
      kind: 'albums' as const,
      page,
      label: t('albums.title'),
      base: sectionUrl('albums'),
      description: 'Album ảnh hoạt động đối ngoại của tỉnh Sơn La.',
    })),
  videos: async () =>
    listPaths(await getVideos(), PAGE_SIZES.videos, sectionUrl('videos'), (page) => ({
      kind: 'videos' as const,
      page,
      label: t('videos.title'),
      base: sectionUrl('videos'),
      description: 'Video clip về hoạt động đối ngoại của tỉnh Sơn La.',
    })),
};

export type ListName = keyof typeof LISTS;

/** `getStaticPaths` of a list's `[...page].astro` route. */
export const listRoutes = (name: ListName) => LISTS[name]();
