import { describe, expect, it } from 'vitest';
import { pagePath, readViewFile } from './page-views';

describe('pagePath', () => {
  it.each([
    ['/tin-tuc/hop-bao/', '/tin-tuc/hop-bao/'],
    ['/tin-tuc/hop-bao', '/tin-tuc/hop-bao/'],
    ['/tin-tuc/hop-bao/index.html', '/tin-tuc/hop-bao/'],
    ['/tin-tuc/hop-bao/?utm_source=zalo#top', '/tin-tuc/hop-bao/'],
    ['https://songoaivu.sonla.gov.vn/tin-tuc/hop-bao', '/tin-tuc/hop-bao/'],
    ['/', '/'],
    ['/rss.xml', '/rss.xml'],
  ])('%s → %s', (raw, path) => {
    expect(pagePath(raw)).toBe(path);
  });

  it.each(['tin-tuc/hop-bao', '//evil.example/x', ''])('refuses %j', (raw) => {
    expect(pagePath(raw)).toBeNull();
  });
});

describe('readViewFile: the site’s own format', () => {
  it('sums each page’s views per day, a path written two ways counting as one page', () => {
    const text = 'date,path,views\n2025-03-01,/tin-tuc/a/,10\n2025-03-01,/tin-tuc/a,2\n2025-03-02,/,7\n';
    expect(readViewFile(text)).toEqual({
      format: 'mẫu của trang (date,path,views)',
      views: [
        { day: '2025-03-01', path: '/tin-tuc/a/', views: 12, line: 2 },
        { day: '2025-03-02', path: '/', views: 7, line: 4 },
      ],
      problems: [],
    });
  });

  it('names the line and column of each malformed row, and keeps the good ones', () => {
    const text = [
      'date,path,views',
      '2025-02-30,/,1',
      '01/03/2025,/,1',
      '2025-03-01,tin-tuc/a,1',
      '2025-03-01,/,1.234',
      '2025-03-01,/,-3',
      '2025-03-01,/',
      '2025-03-01,/lien-he/,4',
      '2025-03-01,/lien-he/,5',
    ].join('\n');
    const reading = readViewFile(text);
    expect(reading.views).toEqual([{ day: '2025-03-01', path: '/lien-he/', views: 4, line: 8 }]);
    expect(reading.problems).toEqual([
      { line: 2, field: 'date', found: '"2025-02-30"', expected: 'một ngày có thật, viết YYYY-MM-DD (ví dụ 2025-03-01)' },
      { line: 3, field: 'date', found: '"01/03/2025"', expected: 'một ngày có thật, viết YYYY-MM-DD (ví dụ 2025-03-01)' },
      { line: 4, field: 'path', found: '"tin-tuc/a"', expected: 'đường dẫn của trang, bắt đầu bằng / (ví dụ /tin-tuc/hop-bao/)' },
      { line: 5, field: 'views', found: '"1.234"', expected: 'một số nguyên không âm, viết liền không dấu chấm hay dấu phẩy (ví dụ 1234)' },
      { line: 6, field: 'views', found: '"-3"', expected: 'một số nguyên không âm, viết liền không dấu chấm hay dấu phẩy (ví dụ 1234)' },
      { line: 7, found: '2 ô', expected: '3 ô như dòng tiêu đề (ô có dấu phẩy phải đặt trong ngoặc kép)' },
      {
        line: 9,
        field: 'path',
        found: '"/lien-he/" ngày 2025-03-01, đã có ở dòng 8',
        expected: 'mỗi trang mỗi ngày một dòng (bỏ dòng trùng, nếu không lượt xem bị cộng hai lần)',
      },
    ]);
  });

  it('says which headers it reads when it does not know the file', () => {
    const reading = readViewFile('ngay,trang,luot\n2025-03-01,/,1\n');
    expect(reading.views).toEqual([]);
    expect(reading.problems).toEqual([
      {
        line: 1,
        field: '(dòng tiêu đề)',
        found: '"ngay,trang,luot"',
        expected:
          'dòng tiêu đề của một dạng được đọc: mẫu của trang (date,path,views): có các cột date, path, views; Plausible (imported_pages): có các cột date, page, pageviews; Umami (bảng website_event): có các cột created_at, url_path, event_type',
      },
    ]);
  });

  it('names the line of a quote left open', () => {
    expect(readViewFile('date,path,views\n2025-03-01,"/a/,1\n').problems).toEqual([{ line: 2, expected: 'dấu ngoặc kép mở ở dòng này được đóng lại' }]);
  });
});

describe('readViewFile: Plausible’s imported_pages export', () => {
  it('reads date, page and pageviews, whatever the other columns and their order', () => {
    const text =
      'date,hostname,page,visits,visitors,pageviews,total_scroll_depth,total_scroll_depth_visits\n2025-03-01,songoaivu.sonla.gov.vn,/tin-tuc/a/,3,3,5,0,0\n';
    expect(readViewFile(text)).toEqual({
      format: 'Plausible (imported_pages)',
      views: [{ day: '2025-03-01', path: '/tin-tuc/a/', views: 5, line: 2 }],
      problems: [],
    });
  });
});

describe('readViewFile: Umami’s event export', () => {
  const header = 'event_id,website_id,session_id,created_at,url_path,url_query,event_type,event_name';
  it('counts page views (event_type 1) on their day in Vietnam: 17:00 UTC is already the next day', () => {
    const text = [
      header,
      'e1,w,s,2025-03-01 16:59:59,/tin-tuc/a/,,1,',
      'e2,w,s,2025-03-01 17:00:00,/tin-tuc/a/,,1,',
      'e3,w,s,2025-03-01T18:00:00.000Z,/tin-tuc/a/,utm=x,1,',
      'e4,w,s,2025-03-01 18:00:00,/tin-tuc/a/,,2,tai-van-ban',
    ].join('\n');
    expect(readViewFile(text)).toEqual({
      format: 'Umami (bảng website_event)',
      views: [
        { day: '2025-03-01', path: '/tin-tuc/a/', views: 1, line: 2 },
        { day: '2025-03-02', path: '/tin-tuc/a/', views: 2, line: 3 },
      ],
      problems: [],
    });
  });

  it('names the line of a time it cannot read', () => {
    expect(readViewFile(`${header}\ne1,w,s,01/03/2025 10:00,/,,1,\n`).problems).toEqual([
      { line: 2, field: 'created_at', found: '"01/03/2025 10:00"', expected: 'một thời điểm YYYY-MM-DD HH:MM:SS (giờ UTC, như Umami xuất)' },
    ]);
  });
});
