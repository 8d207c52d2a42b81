/**
 * Weeks of the work schedule, as calendar days `yyyy-mm-dd` in Vietnam.
 * Weeks start on Monday and are numbered as ISO 8601 does (week 1 holds the
 * year's first Thursday), which is how Vietnamese offices number them.
 */
import { shiftDay } from '../shared/dates';

const DAY_MS = 86_400_000;

/** 1 for Monday … 7 for Sunday. */
export function isoWeekday(isoDay: string): number {
  const day = new Date(`${isoDay}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the week a day falls in. */
export function mondayOf(isoDay: string): string {
  return shiftDay(isoDay, 1 - isoWeekday(isoDay));
}

/** The ISO week a day falls in: `{ year: 2026, week: 49 }` for 2026-12-02. */
export function isoWeekOf(isoDay: string): { year: number; week: number } {
  const thursday = shiftDay(isoDay, 4 - isoWeekday(isoDay));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((Date.parse(thursday) - Date.parse(`${year}-01-01`)) / DAY_MS / 7) + 1;
  return { year, week };
}

/** The seven days of the week starting on `monday`. */
export function daysOfWeek(monday: string): string[] {
  return Array.from({ length: 7 }, (_, n) => shiftDay(monday, n));
}

const WEEKDAY_NAMES = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

/** `Thứ Tư`: the Vietnamese name of a day of the week. */
export function weekdayName(isoDay: string): string {
  return WEEKDAY_NAMES[isoWeekday(isoDay) - 1]!;
}

/** `dd/mm/yyyy` of a `yyyy-mm-dd` day. */
export function formatIsoDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-');
  return `${day}/${month}/${year}`;
}

/** `Tuần 49 (30/11/2026 – 06/12/2026)`. */
export function weekLabel(monday: string): string {
  const { week } = isoWeekOf(monday);
  return `Tuần ${week} (${formatIsoDay(monday)} – ${formatIsoDay(shiftDay(monday, 6))})`;
}
