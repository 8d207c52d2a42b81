import { parseVietnamDate, toIsoDay } from '../shared/dates';

/**
 * Set to a day (`2026-12-05`) to build the site as it will look that day:
 * tests and a preview of scheduled entries use it. Staff never need it.
 */
export const TODAY_ENV = 'SITE_TODAY';

/**
 * Today's calendar day in Vietnam, `yyyy-mm-dd`: the build's clock read in
 * Asia/Ho_Chi_Minh (a build at 20:00 UTC is already the next day there), or
 * the day `SITE_TODAY` names.
 */
export function todayInVietnam(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const override = env[TODAY_ENV]?.trim();
  if (!override) return toIsoDay(now);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(override) ? parseVietnamDate(override) : null;
  if (!day) throw new Error(`${TODAY_ENV} phải là một ngày viết YYYY-MM-DD (ví dụ 2026-12-05), nhận được "${override}"`);
  return override;
}

/** True when an entry dated `date` is public on `today` (its own day included). */
export function isPublishedOn(date: Date, today: string): boolean {
  return toIsoDay(date) <= today;
}
