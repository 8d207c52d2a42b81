import { describe, expect, it } from 'vitest';
import { readViewFile } from './page-views';
import { countVisitors, mostRead } from './visitor-stats';

const row = (day: string, path: string, views: number) => ({ day, path, views });

describe('countVisitors', () => {
  it('counts today and yesterday relative to the last day in the data, the month to date, and the total carried forward', () => {
    const views = [
      row('2025-02-28', '/', 100),
      row('2025-03-01', '/', 10),
      row('2025-03-01', '/tin-tuc/a/', 5),
      row('2025-03-30', '/', 7),
      row('2025-03-31', '/', 20),
      row('2025-03-31', '/lien-he/', 1),
    ];
    expect(countVisitors(views, 96317)).toEqual({ asOf: '2025-03-31', today: 21, yesterday: 7, thisMonth: 43, total: 96317 + 143 });
  });

  it('yesterday across a month boundary, and zero for a day without rows', () => {
    expect(countVisitors([row('2025-02-28', '/', 4), row('2025-03-01', '/', 6)], 0)).toEqual({
      asOf: '2025-03-01',
      today: 6,
      yesterday: 4,
      thisMonth: 6,
      total: 10,
    });
    expect(countVisitors([row('2025-03-05', '/', 6)], 0)?.yesterday).toBe(0);
  });

  it('has nothing to say without data', () => {
    expect(countVisitors([], 96317)).toBeUndefined();
  });
});

describe('mostRead', () => {
  const pages = new Map([
    ['/tin-tuc/a/', 'A'],
    ['/tin-tuc/b/', 'B'],
    ['/tin-tuc/c/', 'C'],
  ]);

  it('ranks the news of the 30 days ending on the last day: the day 29 days back counts, the day 30 back does not', () => {
    const views = [
      row('2025-03-01', '/tin-tuc/a/', 1000),
      row('2025-03-02', '/tin-tuc/b/', 3),
      row('2025-03-31', '/tin-tuc/c/', 5),
      row('2025-03-31', '/tin-tuc/b/', 1),
    ];
    expect(mostRead(views, pages, { asOf: '2025-03-31' })).toEqual([
      { page: 'C', views: 5 },
      { page: 'B', views: 4 },
    ]);
  });

  it('leaves out pages that no longer exist and pages that are not news, and keeps the top N', () => {
    const views = [
      row('2025-03-31', '/tin-tuc/xoa/', 99),
      row('2025-03-31', '/', 500),
      row('2025-03-31', '/tin-tuc/a/', 2),
      row('2025-03-31', '/tin-tuc/b/', 2),
      row('2025-03-31', '/tin-tuc/c/', 1),
    ];
    expect(mostRead(views, pages, { asOf: '2025-03-31', limit: 2 })).toEqual([
      { page: 'A', views: 2 },
      { page: 'B', views: 2 },
    ]);
  });

  it('a view logged in UTC just after 17:00 on the day 30 days back falls inside the window in Vietnam', () => {
    // 2025-03-01 17:30 UTC is 2025-03-02 00:30 in Hà Nội, the first day of the window ending 2025-03-31.
    const umami = readViewFile(
      ['created_at,url_path,event_type', '2025-03-01 16:59:59,/tin-tuc/a/,1', '2025-03-01 17:30:00,/tin-tuc/b/,1', '2025-03-31 10:00:00,/tin-tuc/c/,1'].join(
        '\n',
      ),
    ).views;
    expect(mostRead(umami, pages, { asOf: '2025-03-31' })).toEqual([
      { page: 'B', views: 1 },
      { page: 'C', views: 1 },
    ]);
  });
});
