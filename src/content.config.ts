import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { CONTENT_DIR, COLLECTIONS, entryId, type CollectionSpec } from './lib/collections';
import { localFileName, type SchemaContext } from './schemas/fields';

/** Loads one folder of `content/` with the schema registered for it in src/lib/collections.ts. */
function collectionOf<S extends z.ZodType>(spec: Omit<CollectionSpec, 'schema'> & { schema: (context: SchemaContext) => S }) {
  return defineCollection({
    loader: glob({
      base: `${CONTENT_DIR}/${spec.folder}`,
      pattern: spec.pattern,
      generateId: ({ entry }) => entryId(entry),
    }),
    schema: ({ image }) => spec.schema({ image, file: localFileName }),
  });
}

export const collections = {
  /** /gioi-thieu/ and /gioi-thieu/<slug>/ */
  about: collectionOf(COLLECTIONS.about),
  /** /en/gioi-thieu/ and /en/gioi-thieu/<slug>/: the English introduction pages */
  aboutEn: collectionOf(COLLECTIONS.aboutEn),
  /** /gioi-thieu/lanh-dao/ */
  leaders: collectionOf(COLLECTIONS.leaders),
  /** /en/gioi-thieu/lanh-dao/: the leaders' English profiles */
  leadersEn: collectionOf(COLLECTIONS.leadersEn),
  /** /, /tin-tuc/…, /rss.xml and the related-news block */
  news: collectionOf(COLLECTIONS.news),
  /** /van-ban/… and the "Văn bản mới" widget */
  documents: collectionOf(COLLECTIONS.documents),
  /** /album-anh/… and the "Album ảnh" widget */
  albums: collectionOf(COLLECTIONS.albums),
  /** /video/… and the "Video - Clip" widget */
  videos: collectionOf(COLLECTIONS.videos),
  /** /thu-tuc-hanh-chinh/… and the home page's "Thủ tục hành chính" block */
  procedures: collectionOf(COLLECTIONS.procedures),
  /** /hoi-dap/… */
  questions: collectionOf(COLLECTIONS.questions),
  /** /lich-cong-tac/…, its .ics feed and the home page's "Lịch công tác tuần này" */
  schedule: collectionOf(COLLECTIONS.schedule),
  /** Header, footer and contact page */
  site: collectionOf(COLLECTIONS.site),
  /** The "Liên kết website" widget */
  links: collectionOf(COLLECTIONS.links),
  /** The "Thống kê" and "Tin xem nhiều" widgets */
  stats: collectionOf(COLLECTIONS.stats),
  /** No page: the build turns it into redirects (src/lib/publish/redirects.ts) */
  redirects: collectionOf(COLLECTIONS.redirects),
};
