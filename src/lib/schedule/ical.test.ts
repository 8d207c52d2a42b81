import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { scheduleCalendar, type FeedEvent } from './ical';

const base = { place: 'Phòng họp tầng 2; Sở Ngoại vụ', chair: 'Giám đốc Sở', url: 'https://songoaivu.sonla.gov.vn/lich-cong-tac/2026-tuan-49/' };
const events: FeedEvent[] = [
  { ...base, id: '2026-tuan-49-1', day: '2026-12-01', start: '07:30', end: '11:00', title: 'Giao ban, tháng 12', attendees: 'Các Phó Giám đốc' },
  { ...base, id: '2026-tuan-49-2', day: '2026-12-02', start: '14:00', title: 'Tiếp Đoàn công tác tỉnh Luông Pha Bang' },
  { ...base, id: '2026-tuan-49-3', day: '2026-12-04', title: 'Công tác tại huyện Sốp Cộp' },
];

/** The calendar as a phone's calendar reads it, through Mozilla's parser. */
function parsed(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return { component, events: component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('scheduleCalendar', () => {
  const text = scheduleCalendar({ name: 'Lịch công tác — Sở Ngoại vụ tỉnh Sơn La', host: 'songoaivu.sonla.gov.vn', events });

  it('is iCalendar a well-kept parser reads, with every event', () => {
    const { component, events: read } = parsed(text);
    expect(component.name).toBe('vcalendar');
    expect(component.getFirstPropertyValue('version')).toBe('2.0');
    expect(read.map((e) => e.summary)).toEqual(['Giao ban, tháng 12', 'Tiếp Đoàn công tác tỉnh Luông Pha Bang', 'Công tác tại huyện Sốp Cộp']);
    expect(read.map((e) => e.uid)).toEqual([
      '2026-tuan-49-1@songoaivu.sonla.gov.vn',
      '2026-tuan-49-2@songoaivu.sonla.gov.vn',
      '2026-tuan-49-3@songoaivu.sonla.gov.vn',
    ]);
  });

  it('puts each event at its time in Vietnam, whatever the build machine', () => {
    const [meeting, visit] = parsed(text).events;
    expect(meeting!.startDate.toJSDate().toISOString()).toBe('2026-12-01T00:30:00.000Z');
    expect(meeting!.endDate.toJSDate().toISOString()).toBe('2026-12-01T04:00:00.000Z');
    expect(visit!.endDate.toJSDate().toISOString()).toBe('2026-12-02T08:00:00.000Z');
  });

  it('writes an event without a time as a whole day, on its own day', () => {
    const day = parsed(text).events[2]!;
    expect(day.startDate.isDate).toBe(true);
    expect(day.startDate.toString()).toBe('2026-12-04');
  });

  it('keeps place, chair and attendees, with ; and , escaped', () => {
    const meeting = parsed(text).events[0]!;
    expect(meeting.location).toBe('Phòng họp tầng 2; Sở Ngoại vụ');
    expect(meeting.description).toBe('Chủ trì: Giám đốc Sở\nThành phần: Các Phó Giám đốc');
    expect(text).toContain('LOCATION:Phòng họp tầng 2\\; Sở Ngoại vụ');
  });
});
