import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readViewFile, type DailyViews } from './page-views';
import type { ContentProblem } from '../checks/problem';
import { InputError, readTextChunks } from '../security/input-limits';

/** Where the exported page views sit, under the content folder (docs/thong-ke.md). */
export const VIEWS_FOLDER = 'cai-dat/thong-ke';

/** Problems listed per file before the rest are counted. */
const MAX_PROBLEMS_PER_FILE = 20;

export interface ViewFolderReading {
  /** Every file's views, one row per day and page. */
  views: DailyViews[];
  problems: ContentProblem[];
  /** What each file was read as, for the settings script's summary. */
  files: { file: string; format?: string; days: number }[];
}

/**
 * Reads every CSV file of the folder. A day may come from one file only: two
 * exports that overlap would count that day's views twice.
 */
export function readViewFolder(folder: string, display: (absolute: string) => string): ViewFolderReading {
  const reading: ViewFolderReading = { views: [], problems: [], files: [] };
  if (!existsSync(folder)) return reading;
  const owner = new Map<string, string>();
  for (const name of readdirSync(folder)
    .filter((entry) => !entry.startsWith('.'))
    .sort()) {
    const absolute = join(folder, name);
    const file = display(absolute);
    if (!name.toLowerCase().endsWith('.csv')) {
      reading.problems.push({
        file,
        field: '(loại tệp)',
        found: `"${name}"`,
        expected: 'một tệp .csv số liệu truy cập (xem docs/thong-ke.md); tệp khác đặt ngoài thư mục này',
      });
      continue;
    }
    let result: ReturnType<typeof readViewFile>;
    try {
      result = readViewFile(readTextChunks(absolute));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      reading.problems.push({ file, line: error.line, field: '(bảng mã)', found: error.found, expected: error.expected });
      continue;
    }
    const { format, views, problems } = result;
    // The first few lines wrong, then a count: a wrong export can have a million, and a
    // million-item spread overflows the call stack.
    for (const problem of problems.slice(0, MAX_PROBLEMS_PER_FILE)) reading.problems.push({ file, ...problem });
    if (problems.length > MAX_PROBLEMS_PER_FILE) {
      reading.problems.push({
        file,
        found: `và ${problems.length - MAX_PROBLEMS_PER_FILE} dòng sai khác`,
        expected: 'sửa các dòng như những dòng ở trên (xem docs/thong-ke.md)',
      });
    }
    const days = [...new Set(views.map((row) => row.day))];
    reading.files.push({ file, format, days: days.length });

    const overlap = days.filter((day) => owner.has(day)).sort();
    if (overlap.length > 0) {
      const first = overlap[0]!;
      const others = overlap.length > 1 ? ` và ${overlap.length - 1} ngày khác` : '';
      reading.problems.push({
        file,
        line: views.find((row) => row.day === first)?.line,
        found: `ngày ${first}${others} đã có trong ${owner.get(first)}`,
        expected: 'mỗi ngày chỉ nằm trong một tệp (bỏ những ngày trùng ở một trong hai tệp, nếu không lượt xem bị cộng hai lần)',
      });
      continue;
    }
    for (const day of days) owner.set(day, file);
    for (const { day, path, views: count } of views) reading.views.push({ day, path, views: count });
  }
  return reading;
}
