/**
 * Scheduled publishing: an entry of news, procedures or questions whose
 * `date` is after today (in Vietnam) is left out of the build until that day;
 * the daily build (.github/workflows/daily-build.yml) then publishes it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { COLLECTIONS, type CollectionName } from './collections';
import { parseVietnamDate, toIsoDay } from '../shared/dates';
import { readFrontMatterData } from './front-matter-data';
import { formatIsoDay } from '../schedule/week';

/** The collections whose `date` schedules an entry. */
export const SCHEDULED_COLLECTIONS: readonly CollectionName[] = ['news', 'procedures', 'questions'];

/**
 * The day (`yyyy-mm-dd`) an entry file is dated, read leniently: undefined
 * when the collection is not scheduled or the date is missing or wrong (the
 * schema check reports that).
 */
export function publicationDayOf(collection: CollectionName, absolutePath: string): string | undefined {
  if (!SCHEDULED_COLLECTIONS.includes(collection)) return undefined;
  const data = readFrontMatterData(absolutePath) as { date?: unknown } | null;
  const date = typeof data?.date === 'string' ? parseVietnamDate(data.date) : null;
  return date ? toIsoDay(date) : undefined;
}

/** True when an entry file is dated after `today`: it is not published yet. */
export function isScheduled(collection: CollectionName, absolutePath: string, today: string): boolean {
  const day = publicationDayOf(collection, absolutePath);
  return day !== undefined && day > today;
}

/** An entry waiting for its day. */
export interface ScheduledEntry {
  /** The file, as staff see it: `content/tin-tuc/hop-bao.md`. */
  file: string;
  /** The day it appears, `yyyy-mm-dd`. */
  day: string;
}

/** Every entry of the content tree dated after `today`, soonest first. */
export function scheduledEntries(
  contentDir: string,
  today: string,
  display: (absolutePath: string) => string = (path) => path,
): ScheduledEntry[] {
  const waiting: ScheduledEntry[] = [];
  for (const collection of SCHEDULED_COLLECTIONS) {
    const spec = COLLECTIONS[collection];
    const base = join(contentDir, spec.folder);
    if (!existsSync(base)) continue;
    for (const relativePath of globSync(spec.pattern, { cwd: base, onlyFiles: true })) {
      const absolute = join(base, relativePath);
      const day = publicationDayOf(collection, absolute);
      if (day !== undefined && day > today) waiting.push({ file: display(absolute), day });
    }
  }
  return waiting.sort((a, b) => a.day.localeCompare(b.day) || a.file.localeCompare(b.file));
}

/** What `npm run check` prints about the entries waiting for their day. */
export function formatScheduled(entries: readonly ScheduledEntry[]): string {
  const lines = entries.map(({ file, day }) => `  ⏲ ${file}: lên trang ngày ${formatIsoDay(day)} (bản dựng hằng ngày đầu tiên của ngày đó)`);
  return [`${entries.length} bài hẹn ngày đăng, chưa hiện trên trang:`, ...lines].join('\n');
}
