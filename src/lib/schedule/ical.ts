import ical, { ICalCalendarMethod } from 'ical-generator';

/** One event of the schedule, as the feed needs it. */
export interface FeedEvent {
  /** Stable across builds, so a phone updates the event instead of adding a copy: `2026-tuan-49-3`. */
  id: string;
  /** `yyyy-mm-dd`, in Vietnam. */
  day: string;
  /** `HH:mm` in Vietnam; an event without a start takes the whole day. */
  start?: string;
  end?: string;
  title: string;
  place: string;
  chair: string;
  attendees?: string;
  /** The week's page, absolute. */
  url: string;
}

export interface FeedCalendar {
  name: string;
  /** The site's host, which makes the event ids unique worldwide. */
  host: string;
  events: readonly FeedEvent[];
}

/** An instant from a day and a time on Vietnamese clocks (UTC+7, no daylight saving). */
const vietnamInstant = (day: string, time: string) => new Date(`${day}T${time}:00+07:00`);

/** Events without an end are shown as one hour long. */
const DEFAULT_LENGTH_MS = 3_600_000;

/**
 * The schedule as an iCalendar file (RFC 5545) that phone calendars
 * subscribe to. Times are written in UTC: correct whatever zone the phone
 * and the build machine are in, with no VTIMEZONE to keep in step.
 */
export function scheduleCalendar({ name, host, events }: FeedCalendar): string {
  const calendar = ical({
    name,
    prodId: { company: host, product: 'lich-cong-tac', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
    // Ask subscribed calendars to look again every six hours.
    ttl: 6 * 3600,
  });
  for (const item of events) {
    const description = [`Chủ trì: ${item.chair}`, item.attendees && `Thành phần: ${item.attendees}`].filter(Boolean).join('\n');
    const common = { id: `${item.id}@${host}`, summary: item.title, location: item.place, description, url: item.url };
    if (item.start) {
      const start = vietnamInstant(item.day, item.start);
      const end = item.end ? vietnamInstant(item.day, item.end) : new Date(start.getTime() + DEFAULT_LENGTH_MS);
      calendar.createEvent({ ...common, start, end });
    } else {
      // All-day dates are written from the UTC fields: midnight UTC of the day keeps the day.
      calendar.createEvent({ ...common, start: new Date(`${item.day}T00:00:00Z`), allDay: true });
    }
  }
  return calendar.toString();
}
