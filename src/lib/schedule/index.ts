/**
 * The leadership's weekly work schedule (lịch công tác): the week view, the
 * neighbouring weeks, and the events the calendar feed carries.
 */
import { toIsoDay } from '../shared/dates';
import type { FeedEvent } from './ical';
import { daysOfWeek, weekdayName, formatIsoDay } from './week';

export { scheduleCalendar } from './ical';
export { weekLabel } from './week';

export interface ScheduleEvent {
  date: Date;
  start?: string;
  end?: string;
  title: string;
  place: string;
  chair: string;
  attendees?: string;
}

export interface ScheduleDay {
  /** `yyyy-mm-dd`. */
  day: string;
  /** `Thứ Ba, 01/12/2026`. */
  label: string;
  /** By start time, whole-day events first. */
  events: ScheduleEvent[];
}

/** `07:30 – 11:00`, `14:00`, or undefined for a whole day. */
export function timeRange(event: Pick<ScheduleEvent, 'start' | 'end'>): string | undefined {
  if (!event.start) return undefined;
  return event.end ? `${event.start} – ${event.end}` : event.start;
}

/**
 * The days of a week as the page shows them: Monday to Friday always (an
 * empty working day says so), Saturday and Sunday only when something is on.
 */
export function weekDays(monday: string, events: readonly ScheduleEvent[]): ScheduleDay[] {
  return daysOfWeek(monday)
    .map((day) => ({
      day,
      label: `${weekdayName(day)}, ${formatIsoDay(day)}`,
      events: events.filter((event) => toIsoDay(event.date) === day).sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '')),
    }))
    .filter((day, n) => n < 5 || day.events.length > 0);
}

/** The weeks before and after one, among those staff have published (sorted earliest first). */
export function neighbours<T>(weeks: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: weeks[index - 1], next: weeks[index + 1] };
}

/** The events of one week file for the calendar feed, each with an id that stays the same between builds. */
export function feedEvents(slug: string, events: readonly ScheduleEvent[], pageUrl: string): FeedEvent[] {
  return events.map((event, n) => ({
    id: `${slug}-${n + 1}`,
    day: toIsoDay(event.date),
    start: event.start,
    end: event.end,
    title: event.title,
    place: event.place,
    chair: event.chair,
    attendees: event.attendees,
    url: pageUrl,
  }));
}
