import { describe, expect, it } from 'vitest';
import { parseVietnamDate } from '../shared/dates';
import { isPublishedOn, todayInVietnam } from './today';

describe('todayInVietnam', () => {
  it('reads the clock in Vietnam: 18:00 UTC on 1 December is already 2 December', () => {
    expect(todayInVietnam({}, new Date('2026-12-01T18:00:00Z'))).toBe('2026-12-02');
    expect(todayInVietnam({}, new Date('2026-12-01T16:59:59Z'))).toBe('2026-12-01');
  });

  it('takes the day SITE_TODAY names', () => {
    expect(todayInVietnam({ SITE_TODAY: '2027-01-15' }, new Date('2026-12-01T00:00:00Z'))).toBe('2027-01-15');
  });

  it('refuses a SITE_TODAY that is not a real day, in Vietnamese', () => {
    expect(() => todayInVietnam({ SITE_TODAY: '2026-02-30' })).toThrow(
      'SITE_TODAY phải là một ngày viết YYYY-MM-DD (ví dụ 2026-12-05), nhận được "2026-02-30"',
    );
  });
});

describe('isPublishedOn', () => {
  const day = parseVietnamDate('2026-12-05')!;
  it('hides an entry until its day, and shows it from that day on', () => {
    expect(isPublishedOn(day, '2026-12-04')).toBe(false);
    expect(isPublishedOn(day, '2026-12-05')).toBe(true);
    expect(isPublishedOn(day, '2027-01-01')).toBe(true);
  });
});
