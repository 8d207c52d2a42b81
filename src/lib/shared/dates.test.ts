import { describe, expect, it } from 'vitest';
import { calendarDayFromYamlDate, formatDate, isRealCalendarDay, parseVietnamDate, shiftDay, toIsoDateTime, toIsoDay, yearOf } from './dates';

describe('parseVietnamDate', () => {
  it('reads a day as midnight in Vietnam (17:00 UTC the day before)', () => {
    expect(parseVietnamDate('2025-03-01')?.toISOString()).toBe('2025-02-28T17:00:00.000Z');
  });

  it('reads a time with its zone', () => {
    expect(parseVietnamDate('2025-03-01T08:30+07:00')?.toISOString()).toBe('2025-03-01T01:30:00.000Z');
    expect(parseVietnamDate('2025-03-01T08:30:00Z')?.toISOString()).toBe('2025-03-01T08:30:00.000Z');
  });

  it('refuses a time without a zone, which Astro would read as UTC', () => {
    expect(parseVietnamDate('2025-03-01T23:30:00')).toBeNull();
    expect(parseVietnamDate('2025-03-01T23:30')).toBeNull();
  });

  it('refuses days that do not exist and text that is not a date', () => {
    expect(parseVietnamDate('2025-02-31')).toBeNull();
    expect(parseVietnamDate('2025-02-29')).toBeNull();
    expect(parseVietnamDate('2025-13-01')).toBeNull();
    expect(parseVietnamDate('01/03/2025')).toBeNull();
    expect(parseVietnamDate('2025-03-01T24:00+07:00')).toBeNull();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseVietnamDate('2024-02-29')).not.toBeNull();
    expect(isRealCalendarDay(2000, 2, 29)).toBe(true);
    expect(isRealCalendarDay(1900, 2, 29)).toBe(false);
  });
});

describe('formatDate', () => {
  it('shows dd/mm/yyyy of the Vietnamese day, whatever the machine time zone', () => {
    // 01/03/2025 00:00 in Hanoi is still 28/02 in UTC: the page must say 01/03.
    const firstOfMarch = parseVietnamDate('2025-03-01')!;
    expect(firstOfMarch.getUTCDate()).toBe(28);
    expect(formatDate(firstOfMarch)).toBe('01/03/2025');
    expect(toIsoDay(firstOfMarch)).toBe('2025-03-01');
  });

  it('moves to the next day after 17:00 UTC', () => {
    expect(formatDate(new Date('2024-12-31T16:59:59Z'))).toBe('31/12/2024');
    expect(formatDate(new Date('2024-12-31T17:00:00Z'))).toBe('01/01/2025');
    expect(yearOf(new Date('2024-12-31T17:00:00Z'))).toBe(2025);
  });

  it('gives the day the time zone database gives, for any instant from 1975 on', () => {
    const tzdata = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });
    const start = Date.UTC(1975, 5, 12, 12);
    const end = Date.UTC(2100, 0, 1);
    // Every half hour around the last change of offset (13 June 1975), then instants spread over 125 years.
    const instants = [
      ...Array.from({ length: 96 }, (_, i) => start + i * 1_800_000),
      ...Array.from({ length: 5000 }, (_, i) => start + Math.floor(((end - start) / 5000) * i) + ((i * 7919) % 86_400) * 1000),
    ];
    for (const instant of instants) expect(formatDate(new Date(instant)), new Date(instant).toISOString()).toBe(tzdata.format(instant));
  });

  it('uses the offsets Vietnam had before 1975 for older dates (UTC+8 in 1970)', () => {
    expect(formatDate(new Date('1970-01-01T16:30:00Z'))).toBe('02/01/1970');
    expect(toIsoDay(new Date('1970-01-01T15:30:00Z'))).toBe('1970-01-01');
  });
});

describe('calendarDayFromYamlDate', () => {
  it('takes the UTC-midnight Date a YAML parser makes of 2025-03-01 as that day in Vietnam', () => {
    const fromYaml = new Date(Date.UTC(2025, 2, 1));
    expect(formatDate(calendarDayFromYamlDate(fromYaml))).toBe('01/03/2025');
  });

  it('leaves a Date with a time of day alone', () => {
    const withTime = new Date('2025-03-01T03:00:00Z');
    expect(calendarDayFromYamlDate(withTime)).toBe(withTime);
  });
});

describe('shiftDay', () => {
  it('counts calendar days across months, leap days and years', () => {
    expect(shiftDay('2025-03-01', -1)).toBe('2025-02-28');
    expect(shiftDay('2024-03-01', -1)).toBe('2024-02-29');
    expect(shiftDay('2025-03-31', -29)).toBe('2025-03-02');
    expect(shiftDay('2024-12-31', 1)).toBe('2025-01-01');
  });
});

describe('toIsoDateTime', () => {
  it('writes the instant in Vietnam time with its +07:00 offset', () => {
    expect(toIsoDateTime(parseVietnamDate('2025-03-01')!)).toBe('2025-03-01T00:00:00+07:00');
    expect(toIsoDateTime(new Date('2024-12-31T17:30:05Z'))).toBe('2025-01-01T00:30:05+07:00');
  });
});
