import type { APIRoute } from 'astro';
import { getScheduleWeeks, getSiteSettings } from '../data/portal';
import { feedEvents, scheduleCalendar } from '../lib/schedule';
import { entryUrl } from '../lib/routing/urls';

/** Every published week of the schedule as one iCalendar feed, which phone calendars subscribe to. */
export const GET: APIRoute = async ({ site }) => {
  const [weeks, settings] = await Promise.all([getScheduleWeeks(), getSiteSettings()]);
  const text = scheduleCalendar({
    name: `Lịch công tác — ${settings.name}`,
    host: site!.host,
    events: weeks.flatMap((week) => feedEvents(week.id, week.data.events, new URL(entryUrl('schedule', week.id), site).href)),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
