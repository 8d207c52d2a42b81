import { z } from 'astro/zod';
import { isoWeekday } from '../lib/schedule/week';
import { toIsoDay } from '../lib/shared/dates';
import type { SchemaContext } from './fields';
import { dateField, text } from './fields';

/** `08:00`, `14:30`: a time on a 24-hour clock, in Vietnam. */
const clock = () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ dạng HH:mm theo 24 giờ, ví dụ 08:00 hoặc 14:30');

/** One meeting or visit of the leadership. */
const event = z
  .object({
    /** The day: `2026-12-01`. */
    date: dateField(),
    /** When it starts; left out for an event that takes the whole day. */
    start: clock().optional(),
    /** When it ends, when known. */
    end: clock().optional(),
    /** What it is: `Dự Hội nghị giao ban công tác đối ngoại quý IV`. */
    title: text(),
    /** Where: `Phòng họp tầng 2, Sở Ngoại vụ`. */
    place: text(),
    /** Who chairs or leads: `Giám đốc Sở Nguyễn Văn A`. */
    chair: text(),
    /** Who attends. */
    attendees: text().optional(),
  })
  .strict()
  .refine((item) => !item.end || (item.start !== undefined && item.end > item.start), {
    message: 'giờ kết thúc muộn hơn giờ bắt đầu (và có giờ bắt đầu)',
    path: ['end'],
  });

/**
 * The leadership's schedule for one week (lịch công tác tuần):
 * `content/lich-cong-tac/<slug>.md`, e.g. `2026-tuan-49.md`. Shown as soon as
 * it is committed: a schedule is published before its week.
 */
export const scheduleSchema = (_context: SchemaContext) =>
  z
    .object({
      /** The Monday the week starts on: `2026-11-30`. */
      week: dateField().refine((day) => isoWeekday(toIsoDay(day)) === 1, 'ngày thứ Hai đầu tuần, viết YYYY-MM-DD'),
      /** The meetings and visits of the week, in any order. */
      events: z.array(event).min(1),
    })
    .strict()
    .superRefine((schedule, context) => {
      const monday = toIsoDay(schedule.week);
      // A week that does not start on Monday has its own message; its days are not checked against it.
      if (isoWeekday(monday) !== 1) return;
      schedule.events.forEach((item, n) => {
        const day = toIsoDay(item.date);
        const offset = (Date.parse(day) - Date.parse(monday)) / 86_400_000;
        if (offset < 0 || offset > 6) {
          context.addIssue({
            code: 'custom',
            message: `một ngày trong tuần này (từ thứ Hai ${monday} đến Chủ nhật)`,
            path: ['events', n, 'date'],
          });
        }
      });
    });
