import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../../../tests/helpers/content-tree';
import { readViewFile } from './page-views';
import { readViewFolder } from './view-files';

const shown = (path: string) => path.split('/').slice(-2).join('/');

describe('readViewFolder', () => {
  it('no folder: no views, nothing wrong', () => {
    expect(readViewFolder('/nonexistent/thong-ke', shown)).toEqual({ views: [], problems: [], files: [] });
  });

  it('reads every CSV file of the folder, in name order, and what each was read as', () => {
    const dir = writeTree({
      'thong-ke/a.csv': 'date,path,views\n2025-03-01,/,3\n',
      'thong-ke/b.csv': 'created_at,url_path,event_type\n2025-03-01 18:00:00,/lien-he/,1\n',
    });
    expect(readViewFolder(join(dir, 'thong-ke'), shown)).toEqual({
      views: [
        { day: '2025-03-01', path: '/', views: 3 },
        { day: '2025-03-02', path: '/lien-he/', views: 1 },
      ],
      problems: [],
      files: [
        { file: 'thong-ke/a.csv', format: 'mẫu của trang (date,path,views)', days: 1 },
        { file: 'thong-ke/b.csv', format: 'Umami (bảng website_event)', days: 1 },
      ],
    });
  });

  it('leaves out a file whose days another file already has, naming both', () => {
    const dir = writeTree({
      'thong-ke/a.csv': 'date,path,views\n2025-03-01,/,3\n',
      'thong-ke/b.csv': 'date,path,views\n2025-03-02,/,5\n2025-03-01,/,4\n',
    });
    const reading = readViewFolder(join(dir, 'thong-ke'), shown);
    expect(reading.views).toEqual([{ day: '2025-03-01', path: '/', views: 3 }]);
    expect(reading.problems).toEqual([
      {
        file: 'thong-ke/b.csv',
        line: 3,
        found: 'ngày 2025-03-01 đã có trong thong-ke/a.csv',
        expected: 'mỗi ngày chỉ nằm trong một tệp (bỏ những ngày trùng ở một trong hai tệp, nếu không lượt xem bị cộng hai lần)',
      },
    ]);
  });

  it('a year of a large site (200,000 rows, more than a call stack holds), read as a stream in small chunks', () => {
    const dir = writeTree({});
    const folder = join(dir, 'thong-ke');
    mkdirSync(folder);
    const rows = ['date,path,views'];
    for (let i = 0; i < 200_000; i++)
      rows.push(`2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},/tin-tuc/bai-${i}/,${i % 7}`);
    writeFileSync(join(folder, 'nam-2025.csv'), `${rows.join('\r\n')}\r\n`);
    const reading = readViewFolder(folder, shown);
    expect(reading.problems).toEqual([]);
    expect(reading.views).toHaveLength(200_000);
    expect(reading.views.find((row) => row.path === '/tin-tuc/bai-199999/')).toEqual({ day: '2025-08-24', path: '/tin-tuc/bai-199999/', views: 199_999 % 7 });
  });

  it('a chunk boundary inside a quoted cell, a doubled quote or a CRLF changes nothing', () => {
    const text = 'date,path,views\r\n"2025-03-01","/a ""b""/",3\r\n2025-03-02,/c/,4\r\n';
    for (const size of [1, 2, 3, 5, 7]) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
      expect(readViewFile(chunks), String(size)).toEqual(readViewFile(text));
    }
  });

  it('a file with thousands of wrong lines: the first twenty, then how many more', () => {
    const dir = writeTree({ 'thong-ke/sai.csv': ['date,path,views', ...Array.from({ length: 5000 }, (_, i) => `2025-02-31,/a-${i}/,1`)].join('\n') });
    const { problems } = readViewFolder(join(dir, 'thong-ke'), shown);
    expect(problems).toHaveLength(21);
    expect(problems[0]).toMatchObject({ file: 'thong-ke/sai.csv', line: 2, found: '"2025-02-31"' });
    expect(problems[20]).toEqual({
      file: 'thong-ke/sai.csv',
      found: 'và 4980 dòng sai khác',
      expected: 'sửa các dòng như những dòng ở trên (xem docs/thong-ke.md)',
    });
  });
});
