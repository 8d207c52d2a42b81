import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';

const CONTENT_DIR = process.env.BASELINE_CONTENT_DIR ?? '../../content';

/** The site's content folders, with the site's id rule (file name, or an album's folder name). */
const FOLDERS = {
  'gioi-thieu': '**/*.md',
  'lanh-dao': '**/*.md',
  'tin-tuc': '**/*.md',
  'van-ban': '**/*.md',
  'album-anh': '*/index.md',
  video: '**/*.md',
  'cai-dat': '*.yaml',
} as const;

function folderCollection(folder: string, pattern: string) {
  return defineCollection({
    loader: glob({
      base: `${CONTENT_DIR}/${folder}`,
      pattern,
      generateId: ({ entry }) =>
        entry
          .replace(/(\/index)?\.(md|yaml)$/, '')
          .split('/')
          .at(-1)!,
    }),
    // Permissive: any front matter is accepted as it is (no dates parsed, no images).
    schema: z.looseObject({ title: z.string().optional() }),
  });
}

export const collections = Object.fromEntries(Object.entries(FOLDERS).map(([folder, pattern]) => [folder, folderCollection(folder, pattern)]));
