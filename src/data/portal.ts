import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { newestFirst } from '../lib/sort';

/**
 * Collections read once per build and shared by every page: the sidebar and
 * header appear on each of thousands of pages, so sorting is done here once.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
}

export const getNews = once(async () =>
  (await getCollection('news')).sort(newestFirst((entry) => entry.data.date)),
);

export const getDocuments = once(async () =>
  (await getCollection('documents')).sort(newestFirst((entry) => entry.data.issued)),
);

export const getAlbums = once(async () =>
  (await getCollection('albums')).sort(newestFirst((entry) => entry.data.date)),
);

export const getVideos = once(async () =>
  (await getCollection('videos')).sort(newestFirst((entry) => entry.data.date)),
);

async function requiredEntry<C extends 'site' | 'links' | 'stats'>(collection: C, file: string) {
  const entry = await getEntry(collection, file);
  if (!entry) throw new Error(`Thiếu tệp cài đặt content/cai-dat/${file}.yaml`);
  return entry.data as CollectionEntry<C>['data'];
}

export const getSiteSettings = once(() => requiredEntry('site', 'site'));

export interface SidebarData {
  links: CollectionEntry<'links'>['data']['groups'];
  stats: CollectionEntry<'stats'>['data'] | undefined;
  documents: CollectionEntry<'documents'>[];
  albums: CollectionEntry<'albums'>[];
  videos: CollectionEntry<'videos'>[];
}

/** What the sidebar widgets show: the newest entries and the settings files. */
export const getSidebarData = once(async (): Promise<SidebarData> => {
  const [links, stats, documents, albums, videos] = await Promise.all([
    getEntry('links', 'lien-ket'),
    getEntry('stats', 'thong-ke'),
    getDocuments(),
    getAlbums(),
    getVideos(),
  ]);
  return {
    links: links?.data.groups ?? [],
    stats: stats?.data,
    documents: documents.slice(0, 5),
    albums: albums.slice(0, 2),
    videos: videos.slice(0, 2),
  };
});
