import { shiftDay } from '../shared/dates';
import type { DailyViews } from './page-views';

/** The "Thống kê" figures: page views up to the last day in the data, never up to the build. */
export interface VisitorCounts {
  /** The last day present in the data (`yyyy-mm-dd`, Vietnam): "today" for the widget. */
  asOf: string;
  today: number;
  yesterday: number;
  /** From the 1st of the month of `asOf` to `asOf`. */
  thisMonth: number;
  /** The old counter's total plus every view in the data. */
  total: number;
}

/** The figures of the widget, or undefined when there is no data. */
export function countVisitors(views: readonly DailyViews[], legacyTotal: number): VisitorCounts | undefined {
  if (views.length === 0) return undefined;
  const asOf = views.reduce((last, row) => (row.day > last ? row.day : last), views[0]!.day);
  const yesterday = shiftDay(asOf, -1);
  const month = asOf.slice(0, 7);
  const sum = (keep: (row: DailyViews) => boolean) => views.reduce((total, row) => (keep(row) ? total + row.views : total), 0);
  return {
    asOf,
    today: sum((row) => row.day === asOf),
    yesterday: sum((row) => row.day === yesterday),
    thisMonth: sum((row) => row.day.startsWith(month) && row.day <= asOf),
    total: legacyTotal + sum(() => true),
  };
}

export interface MostReadOptions {
  /** The last day of the window (`yyyy-mm-dd`): the last day in the data. */
  asOf: string;
  /** The window's length: `asOf` and the days before it. */
  days?: number;
  limit?: number;
}

/**
 * The pages of `pages` (keyed by path) most viewed in the `days` days ending
 * on `asOf`: with 30 days and `asOf` 2025-03-31, 2025-03-02 counts and
 * 2025-03-01 does not. Paths not in `pages` (deleted articles, other pages)
 * are left out; ties go to the path first in alphabetical order.
 */
export function mostRead<T>(views: readonly DailyViews[], pages: ReadonlyMap<string, T>, options: MostReadOptions): { page: T; views: number }[] {
  const { asOf, days = 30, limit = 5 } = options;
  const first = shiftDay(asOf, -(days - 1));
  const totals = new Map<string, number>();
  for (const row of views) {
    if (row.day < first || row.day > asOf || !pages.has(row.path)) continue;
    totals.set(row.path, (totals.get(row.path) ?? 0) + row.views);
  }
  return [...totals]
    .filter(([, count]) => count > 0)
    .sort(([pathA, a], [pathB, b]) => b - a || (pathA < pathB ? -1 : 1))
    .slice(0, limit)
    .map(([path, count]) => ({ page: pages.get(path)!, views: count }));
}
