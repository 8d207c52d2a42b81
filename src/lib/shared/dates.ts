/**
 * Dates on this site are calendar days in Vietnam. Staff write `2025-03-01`
 * (or a full timestamp); we store the instant of midnight in Asia/Ho_Chi_Minh
 * and always format in that zone, so a build machine running in UTC never
 * shows 28/02 for a news item dated 01/03.
 */
export const SITE_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Vietnam has kept UTC+7 without daylight saving since 1975. */
const VIETNAM_OFFSET = '+07:00';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A time must carry its zone: Astro's YAML parser reads `2025-03-01T23:30:00` as UTC,
// so a zone-less time would mean one day on the site and another in the check.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

/** True when year, month and day name a day that exists (2025-02-31 does not). */
export function isRealCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * Reads a date as staff write it: `YYYY-MM-DD` (that day in Vietnam), or
 * `YYYY-MM-DDTHH:mm+07:00` with its zone. Returns null when the text is not
 * such a date or names a day that does not exist.
 */
export function parseVietnamDate(text: string): Date | null {
  const trimmed = text.trim();
  const dateOnly = DATE_ONLY.exec(trimmed);
  if (dateOnly) {
    const [, y, m, d] = dateOnly;
    if (!isRealCalendarDay(Number(y), Number(m), Number(d))) return null;
    return new Date(`${y}-${m}-${d}T00:00:00${VIETNAM_OFFSET}`);
  }
  const dateTime = DATE_TIME.exec(trimmed);
  if (dateTime) {
    const [, y, m, d, hh, mm, ss = '00', zone] = dateTime;
    if (!isRealCalendarDay(Number(y), Number(m), Number(d))) return null;
    if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return null;
    return new Date(`${y}-${m}-${d}T${hh}:${mm}:${ss}${zone}`);
  }
  return null;
}

/**
 * A YAML parser that resolves timestamps (Astro's) hands us a Date at UTC
 * midnight for `2025-03-01`; that is the calendar day staff meant.
 */
export function calendarDayFromYamlDate(value: Date): Date {
  const isMidnightUtc = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0;
  if (!isMidnightUtc) return value;
  const iso = value.toISOString().slice(0, 10);
  return new Date(`${iso}T00:00:00${VIETNAM_OFFSET}`);
}

/**
 * Since 13 June 1975 Vietnam's clocks have kept UTC+7 (tzdata's Asia/Ho_Chi_Minh), so the calendar day of a
 * later instant is plain arithmetic. Pages format tens of thousands of dates per build: a new
 * Intl.DateTimeFormat per date was a quarter of the rendering time of a 1,000-entry site.
 */
const FIXED_OFFSET_SINCE = Date.UTC(1975, 5, 12, 17);
const OFFSET_MS = 7 * 3600_000;
/** Older dates (the department's history) go through the time zone database, with one formatter for all. */
let historicalFormat: Intl.DateTimeFormat | undefined;

function vietnamParts(date: Date): { year: string; month: string; day: string } {
  if (date.getTime() >= FIXED_OFFSET_SINCE) {
    const [year, month, day] = new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 10).split('-') as [string, string, string];
    return { year, month, day };
  }
  historicalFormat ??= new Intl.DateTimeFormat('en-GB', { timeZone: SITE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = historicalFormat.formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** `dd/mm/yyyy`, the way Vietnamese administration writes dates. */
export function formatDate(date: Date): string {
  const { year, month, day } = vietnamParts(date);
  return `${day}/${month}/${year}`;
}

/** `yyyy-mm-dd` of the Vietnamese calendar day, for `<time datetime>`. */
export function toIsoDay(date: Date): string {
  const { year, month, day } = vietnamParts(date);
  return `${year}-${month}-${day}`;
}

/** `2025-03-01T00:00:00+07:00`: the instant as Vietnamese clocks show it, for machine-readable metadata (JSON-LD, Open Graph). */
export function toIsoDateTime(date: Date): string {
  const local = new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 19);
  return `${local}${VIETNAM_OFFSET}`;
}

/** The year of the Vietnamese calendar day. */
export function yearOf(date: Date): number {
  return Number(vietnamParts(date).year);
}

/** The calendar day `days` after (or before) a `yyyy-mm-dd` day: `shiftDay('2025-03-01', -1)` is `2025-02-28`. */
export function shiftDay(isoDay: string, days: number): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
