import { describe, expect, it } from 'vitest';
import { daysOfWeek, isoWeekOf, isoWeekday, mondayOf, weekdayName, weekLabel } from './week';

describe('weeks of the schedule', () => {
  it('numbers days from Monday (1) to Sunday (7)', () => {
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(isoWeekday('2026-12-06')).toBe(7);
    expect(weekdayName('2026-12-02')).toBe('Thứ Tư');
    expect(weekdayName('2026-12-06')).toBe('Chủ nhật');
  });

  it('finds the Monday of a week, across a month and a year', () => {
    expect(mondayOf('2026-12-02')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2027-01-03')).toBe('2026-12-28');
  });

  it('numbers weeks as ISO 8601 does', () => {
    expect(isoWeekOf('2026-12-02')).toEqual({ year: 2026, week: 49 });
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2025-12-29')).toEqual({ year: 2026, week: 1 });
  });

  it('lists the seven days and labels the week', () => {
    expect(daysOfWeek('2026-11-30')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(weekLabel('2026-11-30')).toBe('Tuần 49 (30/11/2026 – 06/12/2026)');
  });
});
