import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitFrontMatter } from '../content/front-matter';
import type { ContentProblem } from '../checks/problem';

/** The `week` a schedule file names, as written; undefined when it cannot be read (the schema says why). */
function weekOf(absolutePath: string): string | undefined {
  const frontMatter = splitFrontMatter(readFileSync(absolutePath, 'utf8'), 'markdown');
  try {
    const week = (parse(frontMatter?.yaml ?? '') as { week?: unknown } | null)?.week;
    return typeof week === 'string' ? week.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Two files for the same week would give two pages and duplicate events in the calendar feed. */
export function checkWeeksUnique(files: readonly { absolute: string; shown: string }[]): ContentProblem[] {
  const byWeek = new Map<string, string[]>();
  for (const { absolute, shown } of files) {
    const week = weekOf(absolute);
    if (week) byWeek.set(week, [...(byWeek.get(week) ?? []), shown]);
  }
  return [...byWeek].flatMap(([week, shown]) =>
    shown.length < 2
      ? []
      : shown.map((file) => ({
          file,
          field: 'week',
          found: `"${week}", trùng với ${shown.filter((other) => other !== file).join(', ')}`,
          expected: 'mỗi tuần một tệp lịch công tác: gộp các hoạt động vào một tệp',
        })),
  );
}
