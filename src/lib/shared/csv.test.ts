import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads records with the line each starts on, skipping blank lines and the BOM', () => {
    expect(parseCsv('\uFEFFdate,path,views\r\n2025-03-01,/,12\r\n\r\n2025-03-02,/lien-he/,3\n')).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['date', 'path', 'views'] },
        { line: 2, cells: ['2025-03-01', '/', '12'] },
        { line: 4, cells: ['2025-03-02', '/lien-he/', '3'] },
      ],
    });
  });

  it('reads quoted cells with commas, doubled quotes and line breaks, counting the lines inside', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\nlast,1')).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['x, y', 'say "hi"\nthere'] },
        { line: 4, cells: ['last', '1'] },
      ],
    });
  });

  it('uses the semicolon when the header has semicolons and no comma', () => {
    expect(parseCsv('date;path;views\n2025-03-01;/;1,5')).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['date', 'path', 'views'] },
        { line: 2, cells: ['2025-03-01', '/', '1,5'] },
      ],
    });
  });

  it('names the line of a quote left open, and of a stray quote', () => {
    expect(parseCsv('a,b\n1,2\n"open,3\n4,5\n')).toEqual({ ok: false, line: 3, expected: 'dấu ngoặc kép mở ở dòng này được đóng lại' });
    expect(parseCsv('a,b\n1,2"x"\n')).toMatchObject({ ok: false, line: 2 });
  });
});
