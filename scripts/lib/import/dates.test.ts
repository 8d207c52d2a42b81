import { describe, expect, it } from 'vitest';
import { readVietnameseDate } from './dates';

describe('readVietnameseDate', () => {
  it.each([
    ['Thứ Hai, 12/03/2018 - 08:15', '2018-03-12'],
    ['12-03-2018', '2018-03-12'],
    ['Ngày 12 tháng 3 năm 2018', '2018-03-12'],
    ['Sơn La, ngày 05 tháng 09 năm 2019', '2019-09-05'],
    ['Cập nhật lúc 8:15 ngày 1.2.2020', '2020-02-01'],
    ['2018-03-12T08:15:00+07:00', '2018-03-12'],
    ['2019-06-20 14:00:00', '2019-06-20'],
  ])('reads "%s" day first, as Vietnamese is written', (text, day) => {
    expect(readVietnameseDate(text)).toBe(day);
  });

  it('reads the first date of a line, and only real days', () => {
    expect(readVietnameseDate('Ngày 20/11/2009, sửa ngày 21/11/2009')).toBe('2009-11-20');
    expect(readVietnameseDate('31/02/2018')).toBeNull();
    expect(readVietnameseDate('Lượt xem: 1234')).toBeNull();
  });
});
