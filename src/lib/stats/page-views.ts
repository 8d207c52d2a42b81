import { CsvError, csvRecords, type CsvRecord } from '../shared/csv';
import { isRealCalendarDay, toIsoDay } from '../shared/dates';

/** Views of one page on one calendar day in Vietnam. */
export interface DailyViews {
  /** `yyyy-mm-dd`, the day in Asia/Ho_Chi_Minh. */
  day: string;
  /** The page's path as the site writes it: `/tin-tuc/hop-bao/`. */
  path: string;
  views: number;
}

/** One thing wrong on one line of a figures file. */
export interface LineProblem {
  line: number;
  field?: string;
  found?: string;
  expected: string;
}

export interface ViewFileReading {
  /** The export the file was recognised as, when it was. */
  format?: string;
  /** Views per day and page, summed; `line` is the first line that counted. */
  views: (DailyViews & { line: number })[];
  problems: LineProblem[];
}

type Cell = (column: string) => string;
type Row = { day: string; rawPath: string; views: number } | LineProblem | null;

interface ViewFormat {
  name: string;
  /** Columns that identify the format (other columns are ignored). */
  columns: string[];
  /** Two rows for one page and day are a mistake in a daily table, not in an event log. */
  dailyTable: boolean;
  read: (cell: Cell, line: number) => Row;
}

const EXPECTED_DAY = 'một ngày có thật, viết YYYY-MM-DD (ví dụ 2025-03-01)';
const EXPECTED_PATH = 'đường dẫn của trang, bắt đầu bằng / (ví dụ /tin-tuc/hop-bao/)';

function dailyRow(cell: Cell, line: number, [dayColumn, pathColumn, viewsColumn]: string[]): Row {
  const day = cell(dayColumn!).trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match || !isRealCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
    return { line, field: dayColumn, found: `"${day}"`, expected: EXPECTED_DAY };
  }
  const views = cell(viewsColumn!).trim();
  if (!/^\d{1,12}$/.test(views)) {
    return { line, field: viewsColumn, found: `"${views}"`, expected: 'một số nguyên không âm, viết liền không dấu chấm hay dấu phẩy (ví dụ 1234)' };
  }
  return { day, rawPath: cell(pathColumn!), views: Number(views) };
}

/** A time as Umami writes it, in UTC unless it carries a zone. */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The formats read, identified by their header. Matomo exports are not read
 * directly: docs/thong-ke.md shows how to turn one into the site's own format.
 */
export const VIEW_FORMATS: readonly ViewFormat[] = [
  {
    name: 'mẫu của trang (date,path,views)',
    columns: ['date', 'path', 'views'],
    dailyTable: true,
    read: (cell, line) => dailyRow(cell, line, ['date', 'path', 'views']),
  },
  {
    // Site settings → Imports & Exports → Export to CSV: imported_pages_<from>_<to>.csv, one row per day and page.
    name: 'Plausible (imported_pages)',
    columns: ['date', 'page', 'pageviews'],
    dailyTable: true,
    read: (cell, line) => dailyRow(cell, line, ['date', 'page', 'pageviews']),
  },
  {
    // The raw event export: one row per event; event_type 1 is a page view, 2 a custom event.
    name: 'Umami (bảng website_event)',
    columns: ['created_at', 'url_path', 'event_type'],
    dailyTable: false,
    read: (cell, line) => {
      if (cell('event_type').trim() !== '1') return null;
      const time = cell('created_at').trim();
      const match = TIMESTAMP.exec(time);
      const instant = match && new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}${match[7] ?? 'Z'}`);
      if (!match || !instant || Number.isNaN(instant.getTime()) || !isRealCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
        return { line, field: 'created_at', found: `"${time}"`, expected: 'một thời điểm YYYY-MM-DD HH:MM:SS (giờ UTC, như Umami xuất)' };
      }
      // Umami stores UTC: 17:30 UTC on 1 March is already 2 March in Vietnam.
      return { day: toIsoDay(instant), rawPath: cell('url_path'), views: 1 };
    },
  },
];

/**
 * The path a page view counts for: the origin, query and fragment dropped,
 * `index.html` and a missing trailing slash made the site's form. Null when
 * it is not a path.
 */
export function pagePath(raw: string): string | null {
  let value = raw.trim();
  if (/^https?:\/\//i.test(value)) {
    try {
      value = new URL(value).pathname;
    } catch {
      return null;
    }
  }
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  value = value.replace(/[?#].*$/, '').replace(/\/index\.html?$/i, '/');
  const last = value.slice(value.lastIndexOf('/') + 1);
  return last === '' || last.includes('.') ? value : `${value}/`;
}

/**
 * Reads one CSV figures file: which export it is, its views per day and page,
 * and what is wrong in it. The text may come in chunks (src/lib/stats/view-files.ts
 * streams it), so a year of a large site's figures is never held whole.
 */
export function readViewFile(text: string | Iterable<string>): ViewFileReading {
  const records = csvRecords(typeof text === 'string' ? [text] : text);
  try {
    return readRecords(records);
  } catch (error) {
    if (error instanceof CsvError) return { views: [], problems: [{ line: error.line, expected: error.expected }] };
    throw error;
  }
}

function readRecords(records: Iterator<CsvRecord>): ViewFileReading {
  const first = records.next();
  const header = first.done ? undefined : first.value;
  const columns = (header?.cells ?? []).map((name) => name.trim().toLowerCase());
  const format = VIEW_FORMATS.find((candidate) => candidate.columns.every((column) => columns.includes(column)));
  if (!format) {
    return {
      views: [],
      problems: [
        {
          line: header?.line ?? 1,
          field: '(dòng tiêu đề)',
          found: `"${columns.join(',')}"`,
          expected: `dòng tiêu đề của một dạng được đọc: ${VIEW_FORMATS.map((f) => `${f.name}: có các cột ${f.columns.join(', ')}`).join('; ')}`,
        },
      ],
    };
  }

  const problems: LineProblem[] = [];
  // Keyed by day, then by path, with one copy of each day and path string: a year of a large
  // site is two million rows but a few hundred days and a few thousand pages. Per-row key
  // strings made reading such a file take minutes.
  const strings = new Map<string, string>();
  const intern = (text: string) => strings.get(text) ?? (strings.set(text, text), text);
  const byDay = <V>(map: Map<string, Map<string, V>>, day: string) => map.get(day) ?? map.set(day, new Map()).get(day)!;
  const seen = new Map<string, Map<string, number>>();
  const totals = new Map<string, Map<string, DailyViews & { line: number }>>();
  for (let next = records.next(); !next.done; next = records.next()) {
    const { line, cells } = next.value;
    if (cells.length !== columns.length) {
      problems.push({
        line,
        found: `${cells.length} ô`,
        expected: `${columns.length} ô như dòng tiêu đề (ô có dấu phẩy phải đặt trong ngoặc kép)`,
      });
      continue;
    }
    const row = format.read((column) => cells[columns.indexOf(column)] ?? '', line);
    if (row === null) continue;
    if ('line' in row) {
      problems.push(row);
      continue;
    }
    const pathColumn = format.columns[1]!;
    const path = pagePath(row.rawPath);
    if (path === null) {
      problems.push({ line, field: pathColumn, found: `"${row.rawPath}"`, expected: EXPECTED_PATH });
      continue;
    }
    const day = intern(row.day);
    if (format.dailyTable) {
      const seenToday = byDay(seen, day);
      const earlier = seenToday.get(row.rawPath);
      if (earlier !== undefined) {
        problems.push({
          line,
          field: pathColumn,
          found: `"${row.rawPath}" ngày ${row.day}, đã có ở dòng ${earlier}`,
          expected: 'mỗi trang mỗi ngày một dòng (bỏ dòng trùng, nếu không lượt xem bị cộng hai lần)',
        });
        continue;
      }
      seenToday.set(intern(row.rawPath), line);
    }
    const today = byDay(totals, day);
    const total = today.get(path);
    if (total) total.views += row.views;
    else today.set(intern(path), { day, path: intern(path), views: row.views, line });
  }
  const views: (DailyViews & { line: number })[] = [];
  for (const today of totals.values()) for (const total of today.values()) views.push(total);
  return { format: format.name, views, problems };
}
