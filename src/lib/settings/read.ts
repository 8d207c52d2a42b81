import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import type { LineCounter, Document } from 'yaml';
import type { linksSchema, siteSchema, statsSchema } from '../../schemas/settings';
import { readEntry } from '../checks/entry-check';
import type { ContentProblem } from '../checks/problem';
import { COLLECTIONS, SETTINGS_FOLDER } from '../content/collections';
import { unsafeFiles } from '../security/unsafe-files';

/** `content/cai-dat/site.yaml` as its schema gives it back. */
export type SiteSettings = z.output<ReturnType<typeof siteSchema>>;
/** `content/cai-dat/lien-ket.yaml` as its schema gives it back. */
export type LinksSettings = z.output<ReturnType<typeof linksSchema>>;
/** `content/cai-dat/thong-ke.yaml` as its schema gives it back. */
export type StatsSettings = z.output<ReturnType<typeof statsSchema>>;

/** The three settings files, by their collection's name in src/content.config.ts. */
export interface Settings {
  site?: SiteSettings;
  links?: LinksSettings;
  stats?: StatsSettings;
}

export type SettingsName = keyof Settings;
const SETTINGS_NAMES = ['site', 'links', 'stats'] as const satisfies readonly SettingsName[];

/** One settings file as read: where it is, and the YAML as written, for checks that point at a line. */
export interface SettingsFile {
  /** The file as staff see it (relative to the project). */
  file: string;
  absolute: string;
  /** The YAML before the schema's transforms (a phone number as written). */
  data: unknown;
  doc: Document;
  counter: LineCounter;
}

export interface SettingsReading {
  /** Each file that is there and passed its schema. */
  settings: Settings;
  /** The same files as written, for the settings check. */
  files: Partial<Record<SettingsName, SettingsFile>>;
  /** What stopped a file: a symlink or an unsafe file in the folder, YAML syntax, a field the schema refuses. */
  problems: ContentProblem[];
  /** True when the folder holds a file no check may open (a symlink, an SVG, a YAML bomb): nothing was read. */
  unsafe: boolean;
  /** The files that are not there (site.yaml is required: the settings check says so). */
  missing: { name: SettingsName; file: string }[];
}

/**
 * Reads and validates the settings of `content/cai-dat/` once: `site.yaml`,
 * `lien-ket.yaml`, `thong-ke.yaml`, each against its schema
 * (src/schemas/settings.ts). The one way they are read: the content
 * collections load what this returns (src/content.config.ts), the settings
 * check adds what a schema cannot say (src/lib/settings/check.ts), and the
 * headers and nginx maps read the counters the stats switch on.
 * Nothing is read when the folder holds a symlink or an unsafe file.
 */
export function readSettings(contentDir: string, projectRoot = process.cwd()): SettingsReading {
  const display = (absolute: string) => relative(projectRoot, absolute) || absolute;
  const unsafe = unsafeFiles(join(contentDir, SETTINGS_FOLDER), display);
  const reading: SettingsReading = { settings: {}, files: {}, problems: unsafe, unsafe: unsafe.length > 0, missing: [] };
  if (reading.unsafe) return reading;
  for (const name of SETTINGS_NAMES) {
    const spec = COLLECTIONS[name];
    const absolute = join(contentDir, spec.folder, spec.pattern);
    const file = display(absolute);
    if (!existsSync(absolute)) {
      reading.missing.push({ name, file });
      continue;
    }
    const { problems, value, data, doc, counter } = readEntry(spec, absolute, file, contentDir);
    reading.problems.push(...problems);
    if (doc && counter) reading.files[name] = { file, absolute, data, doc, counter };
    if (problems.length === 0) (reading.settings as Record<SettingsName, unknown>)[name] = value;
  }
  return reading;
}
