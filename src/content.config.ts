import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { glob, type Loader } from 'astro/loaders';
import { resolve, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { CONTENT_DIR, COLLECTIONS, entryId, type CollectionSpec } from './lib/content/collections';
import { localFileName, type SchemaContext } from './schemas/fields';
import { readSettings, type SettingsName, type SettingsReading } from './lib/settings/read';
import { linksSchema, siteSchema, statsSchema } from './schemas/settings';

/**
 * Astro's glob loader, quiet for a folder with no entries yet (an agency with no
 * videos): an empty collection is normal here, not worth an English warning on
 * every build. Anything else the loader reports is left as it is.
 */
function quietGlob(base: string, pattern: string): Loader {
  const loader = glob({ base, pattern, generateId: ({ entry }) => entryId(entry) });
  return {
    ...loader,
    load: async (context) => {
      if (globSync(pattern, { cwd: base, onlyFiles: true }).length > 0) {
        // An entry the schema refuses: the content check (src/integrations/content-guard.ts) has already
        // said why in Vietnamese, and `astro dev` shows that report; Astro's English error would stop the server.
        return loader.load(context).catch(() => {
          context.logger.warn('Nội dung có lỗi: xem báo cáo tiếng Việt ở trên.');
          retryOnSave(context, () => loader.load(context));
        });
      }
      context.store.clear();
      // In `astro dev`, the first entry added to the folder loads the collection as usual.
      let loaded = false;
      context.watcher?.on('add', () => {
        if (loaded || globSync(pattern, { cwd: base, onlyFiles: true }).length === 0) return;
        loaded = true;
        void loader.load(context);
      });
    },
  };
}

/**
 * In `astro dev`, after a load that failed: the glob loader stopped before it
 * watched its folder, so a fixed entry would never load and the page stayed
 * missing until a restart. Loads again on every save until it succeeds; the
 * loader then watches the folder itself.
 */
function retryOnSave(context: Parameters<Loader['load']>[0], load: () => Promise<void>) {
  const { watcher } = context;
  if (!watcher) return;
  let done = false;
  let running: Promise<void> | undefined;
  const retry = () => {
    if (done || running) return;
    running = load()
      .then(() => {
        done = true;
      })
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
      });
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, retry);
}

/** Loads one folder of `content/` with the schema registered for it in src/lib/content/collections.ts. */
function collectionOf<S extends z.ZodType>(spec: Omit<CollectionSpec, 'schema'> & { schema: (context: SchemaContext) => S }) {
  return defineCollection({
    loader: quietGlob(`${CONTENT_DIR}/${spec.folder}`, spec.pattern),
    schema: ({ image }) => spec.schema({ image, file: localFileName }),
  });
}

/** The settings as last read (src/lib/settings/read.ts): one read for the three collections, again after an edit in `astro dev`. */
let settingsReading: SettingsReading | undefined;
const currentSettings = () => (settingsReading ??= readSettings(CONTENT_DIR));

/**
 * A settings file (`cai-dat/site.yaml`, `lien-ket.yaml`, `thong-ke.yaml`), read and validated by the one
 * reader of the settings: the loader stores what it gives back, so no second parse. The schema stays on
 * the collection for the entry's type (`z.output`). A file the reader refused has been reported in
 * Vietnamese by the content check; the entry is then left out.
 */
function settingsCollection<S extends z.ZodType>(name: SettingsName, schema: () => S) {
  const spec = COLLECTIONS[name];
  const id = entryId(spec.pattern);
  const loader: Loader = {
    name: 'songoaivu:settings',
    load: async ({ store, logger, watcher, generateDigest }) => {
      const load = () => {
        const value = currentSettings().settings[name];
        store.clear();
        if (value === undefined) return logger.warn('Cài đặt có lỗi: xem báo cáo tiếng Việt ở trên.');
        store.set({ id, data: value as Record<string, unknown>, digest: generateDigest(value as Record<string, unknown>) });
      };
      load();
      // `astro dev`: an edit in the settings folder reloads the entry.
      const folder = resolve(CONTENT_DIR, spec.folder) + sep;
      for (const event of ['add', 'change', 'unlink'] as const) {
        watcher?.on(event, (path) => {
          if (!resolve(path).startsWith(folder)) return;
          settingsReading = undefined;
          load();
        });
      }
    },
  };
  return defineCollection({ loader, schema: schema() });
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
  site: settingsCollection('site', siteSchema),
  /** The "Liên kết website" widget */
  links: settingsCollection('links', linksSchema),
  /** The "Thống kê" and "Tin xem nhiều" widgets */
  stats: settingsCollection('stats', statsSchema),
  /** No page: the build turns it into redirects (src/lib/publish/redirects.ts) */
  redirects: collectionOf(COLLECTIONS.redirects),
};
