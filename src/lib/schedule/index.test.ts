import { describe, expect, it } from 'vitest';
import { parseVietnamDate } from '../shared/dates';
import { feedEvents, neighbours, timeRange, weekDays } from './index';

const on = (day: string) => parseVietnamDate(day)!;
const events = [
  { date: on('2026-12-01'), start: '14:00', title: 'Chiều thứ Ba', place: 'Sở', chair: 'Giám đốc' },
  { date: on('2026-12-01'), start: '07:30', end: '11:00', title: 'Sáng thứ Ba', place: 'Sở', chair: 'Giám đốc' },
  { date: on('2026-12-05'), title: 'Thứ Bảy cả ngày', place: 'Mộc Châu', chair: 'Phó Giám đốc' },
];

describe('the week view', () => {
  it('shows Monday to Friday, a weekend day only when something is on, events by time', () => {
    const days = weekDays('2026-11-30', events);
    expect(days.map((d) => [d.label, d.events.map((e) => e.title)])).toEqual([
      ['Thứ Hai, 30/11/2026', []],
      ['Thứ Ba, 01/12/2026', ['Sáng thứ Ba', 'Chiều thứ Ba']],
      ['Thứ Tư, 02/12/2026', []],
      ['Thứ Năm, 03/12/2026', []],
      ['Thứ Sáu, 04/12/2026', []],
      ['Thứ Bảy, 05/12/2026', ['Thứ Bảy cả ngày']],
    ]);
  });

  it('writes times as a range, and nothing for a whole day', () => {
    expect(timeRange({ start: '07:30', end: '11:00' })).toBe('07:30 – 11:00');
    expect(timeRange({ start: '14:00' })).toBe('14:00');
    expect(timeRange({})).toBeUndefined();
  });

  it('links a week to the published weeks before and after it', () => {
    expect(neighbours(['w48', 'w49', 'w50'], 1)).toEqual({ previous: 'w48', next: 'w50' });
    expect(neighbours(['w48'], 0)).toEqual({ previous: undefined, next: undefined });
  });

  it('gives every event of a week a stable feed id and its Vietnamese day', () => {
    const feed = feedEvents('2026-tuan-49', events, 'https://x.vn/lich-cong-tac/2026-tuan-49/');
    expect(feed.map((e) => [e.id, e.day, e.start])).toEqual([
      ['2026-tuan-49-1', '2026-12-01', '14:00'],
      ['2026-tuan-49-2', '2026-12-01', '07:30'],
      ['2026-tuan-49-3', '2026-12-05', undefined],
    ]);
  });
});
