import { join, posix } from 'node:path';
import { globSync } from 'tinyglobby';
import { COLLECTIONS, type CollectionName } from '../content/collections';
import { parseVietnamDate, yearOf } from '../shared/dates';
import { readFrontMatterData } from '../content/front-matter-data';
import { isScheduled } from '../content/scheduled';
import { todayInVietnam } from '../content/today';
import { buildSiteIndex, pageUrlOf, type EntryFile, type SiteIndex } from './urls';

/** The year and attachments of a document (or a procedure's forms), read leniently: the schema check reports what is wrong. */
function documentFacts(absolutePath: string, filesField: 'files' | 'forms' = 'files'): Pick<EntryFile, 'year' | 'attachments'> {
  const data = (readFrontMatterData(absolutePath) as { issued?: unknown; files?: unknown; forms?: unknown } | null) ?? {};
  const issued = typeof data.issued === 'string' ? parseVietnamDate(data.issued) : null;
  const files = Array.isArray(data[filesField]) ? (data[filesField] as unknown[]) : [];
  const attachments = files
    .map((field: unknown) => (typeof field === 'string' ? field : (field as { file?: unknown } | null)?.file))
    .filter((name): name is string => typeof name === 'string');
  return { year: issued ? yearOf(issued) : undefined, attachments };
}

/**
 * Reads the content tree and lists every URL the build will write
 * (src/lib/routing/urls.ts); entries scheduled after `today` are not written yet.
 */
export function readSiteIndex(contentDir: string, today = todayInVietnam()): SiteIndex {
  const entries: EntryFile[] = [];
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    if (!pageUrlOf(name, 'x.md')) continue;
    const base = join(contentDir, spec.folder);
    for (const relativePath of globSync(spec.pattern, { cwd: base, onlyFiles: true })) {
      const absolute = join(base, relativePath);
      if (isScheduled(name, absolute, today)) continue;
      const facts = name === 'documents' ? documentFacts(absolute) : name === 'procedures' ? documentFacts(absolute, 'forms') : {};
      entries.push({ collection: name, relativePath, ...facts });
    }
  }
  const files = globSync('**/*', { cwd: contentDir, onlyFiles: true }).map((path) => posix.normalize(path));
  return buildSiteIndex(entries, files);
}
