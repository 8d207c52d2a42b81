import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../../tests/helpers/content-tree';
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
});
