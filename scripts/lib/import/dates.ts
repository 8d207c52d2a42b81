import { isRealCalendarDay } from '../../../src/lib/shared/dates';

/** A calendar day read from an old page, written the way front matter wants it: `2018-03-12`. */
export type IsoDay = string;

const pad = (n: number) => String(n).padStart(2, '0');

function day(year: number, month: number, date: number): IsoDay | null {
  if (year < 1945 || year > 2100 || !isRealCalendarDay(year, month, date)) return null;
  return `${year}-${pad(month)}-${pad(date)}`;
}

// "Ngày 12 tháng 3 năm 2018" (administrative style, any case, with or without "ngày").
const WORDS = /(?:ng[aà]y\s+)?(\d{1,2})\s+th[aá]ng\s+(\d{1,2})\s*(?:,\s*)?n[aă]m\s+(\d{4})/iu;
// "12/03/2018", "12-03-2018", "12.3.2018", also inside "Thứ Hai, 12/03/2018 - 08:15".
const NUMERIC = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/u;
// "2018-03-12" (ISO, as meta tags and WordPress write it).
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u;

/**
 * Reads the first date in a piece of old-site text, in the forms Vietnamese
 * portals print: "Thứ Hai, 12/03/2018 - 08:15", "12-03-2018",
 * "Ngày 12 tháng 3 năm 2018", or ISO "2018-03-12T08:15:00+07:00".
 * Day comes before month, as Vietnamese is written. Returns null when there
 * is no real day in the text.
 */
export function readVietnameseDate(text: string): IsoDay | null {
  const normalized = text.normalize('NFC');
  const candidates: { at: number; value: IsoDay | null }[] = [];
  const words = WORDS.exec(normalized);
  if (words) candidates.push({ at: words.index, value: day(Number(words[3]), Number(words[2]), Number(words[1])) });
  const numeric = NUMERIC.exec(normalized);
  if (numeric) candidates.push({ at: numeric.index, value: day(Number(numeric[3]), Number(numeric[2]), Number(numeric[1])) });
  const iso = ISO.exec(normalized);
  if (iso) candidates.push({ at: iso.index, value: day(Number(iso[1]), Number(iso[2]), Number(iso[3])) });
  const found = candidates.filter((candidate) => candidate.value).sort((a, b) => a.at - b.at)[0];
  return found?.value ?? null;
}
