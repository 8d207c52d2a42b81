import { basename, dirname } from 'node:path';
import type { z } from 'astro/zod';
import { albumSchema } from '../../schemas/albums';
import { aboutSchema } from '../../schemas/about';
import { documentSchema } from '../../schemas/documents';
import type { SchemaContext } from '../../schemas/fields';
import { leaderSchema } from '../../schemas/leaders';
import { newsSchema } from '../../schemas/news';
import { redirectsSchema } from '../../schemas/redirects';
import { procedureSchema } from '../../schemas/procedures';
import { questionSchema } from '../../schemas/questions';
import { scheduleSchema } from '../../schemas/schedule';
import { linksSchema, siteSchema, statsSchema } from '../../schemas/settings';
import { videoSchema } from '../../schemas/videos';

/**
 * Where staff content lives. `SITE_CONTENT_DIR` points a build at another
 * tree (the generated demo corpus, test fixtures); staff never set it.
 */
export const CONTENT_DIR = process.env.SITE_CONTENT_DIR ?? 'content';

/** The folder of the settings files, checked by src/lib/settings/check.ts. */
export const SETTINGS_FOLDER = 'cai-dat';

export interface CollectionSpec {
  /** Folder under the content directory. */
  folder: string;
  /** Glob of the entry files inside the folder. */
  pattern: string;
  /** Markdown entries have a body; YAML settings do not. */
  kind: 'markdown' | 'yaml';
  schema: (context: SchemaContext) => z.ZodType;
  /** Slugs that would clash with a fixed page under the same URL. */
  reserved?: string[];
}

const MARKDOWN = '**/*.{md,mdx}';
/** Entries directly in the folder: the `en/` folder beside them holds the English pages. */
const TOP_LEVEL_MARKDOWN = '*.{md,mdx}';

/**
 * The folder of a collection's English pages, inside its Vietnamese folder
 * (`gioi-thieu/en/`). A file there with the name of a Vietnamese entry is
 * its translation: the two pages link to each other (src/lib/routing/translations.ts).
 */
export const ENGLISH_FOLDER = 'en';

/** Every collection, keyed by its name in `src/content.config.ts`. */
export const COLLECTIONS = {
  about: { folder: 'gioi-thieu', pattern: TOP_LEVEL_MARKDOWN, kind: 'markdown', schema: aboutSchema, reserved: ['lanh-dao'] },
  aboutEn: {
    folder: `gioi-thieu/${ENGLISH_FOLDER}`,
    pattern: TOP_LEVEL_MARKDOWN,
    kind: 'markdown',
    schema: aboutSchema,
    reserved: ['lanh-dao'],
  },
  leaders: { folder: 'lanh-dao', pattern: TOP_LEVEL_MARKDOWN, kind: 'markdown', schema: leaderSchema },
  leadersEn: { folder: `lanh-dao/${ENGLISH_FOLDER}`, pattern: TOP_LEVEL_MARKDOWN, kind: 'markdown', schema: leaderSchema },
  news: {
    folder: 'tin-tuc',
    pattern: MARKDOWN,
    kind: 'markdown',
    schema: newsSchema,
    reserved: ['trang', 'chuyen-muc'],
  },
  documents: { folder: 'van-ban', pattern: MARKDOWN, kind: 'markdown', schema: documentSchema, reserved: ['trang', 'nam', 'danh-muc'] },
  albums: { folder: 'album-anh', pattern: '*/index.{md,mdx}', kind: 'markdown', schema: albumSchema, reserved: ['trang'] },
  videos: { folder: 'video', pattern: MARKDOWN, kind: 'markdown', schema: videoSchema, reserved: ['trang'] },
  procedures: { folder: 'thu-tuc-hanh-chinh', pattern: TOP_LEVEL_MARKDOWN, kind: 'markdown', schema: procedureSchema, reserved: ['linh-vuc'] },
  questions: { folder: 'hoi-dap', pattern: TOP_LEVEL_MARKDOWN, kind: 'markdown', schema: questionSchema },
  schedule: { folder: 'lich-cong-tac', pattern: TOP_LEVEL_MARKDOWN, kind: 'markdown', schema: scheduleSchema },
  site: { folder: SETTINGS_FOLDER, pattern: 'site.yaml', kind: 'yaml', schema: siteSchema },
  links: { folder: SETTINGS_FOLDER, pattern: 'lien-ket.yaml', kind: 'yaml', schema: linksSchema },
  stats: { folder: SETTINGS_FOLDER, pattern: 'thong-ke.yaml', kind: 'yaml', schema: statsSchema },
  redirects: { folder: SETTINGS_FOLDER, pattern: 'chuyen-huong.yaml', kind: 'yaml', schema: redirectsSchema },
} satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/**
 * The slug of an entry: its file name without extension (year folders such
 * as `tin-tuc/2025/` do not count), or for an album its folder's name.
 */
export function entryId(relativePath: string): string {
  const path = relativePath.replace(/\\/g, '/');
  const name = /(^|\/)index\.mdx?$/.test(path) ? basename(dirname(path)) : basename(path);
  return name.replace(/\.(mdx?|ya?ml)$/i, '');
}
