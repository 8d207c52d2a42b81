import { describe, expect, it } from 'vitest';
import { groupPagePaths, pagePaths, paginate } from './pagination';
import { listPageUrl } from './urls';

describe('paginate', () => {
  const items = Array.from({ length: 25 }, (_, i) => i + 1);

  it('puts page 1 at the list URL and the others under trang/<n>/', () => {
    const pages = paginate(items, 10, '/tin-tuc/');
    expect(pages.map((p) => p.url)).toEqual(['/tin-tuc/', '/tin-tuc/trang/2/', '/tin-tuc/trang/3/']);
    expect(pages[2]!.items).toEqual([21, 22, 23, 24, 25]);
    expect(pages[0]!.prevUrl).toBeUndefined();
    expect(pages[1]!.prevUrl).toBe('/tin-tuc/');
    expect(pages[1]!.nextUrl).toBe('/tin-tuc/trang/3/');
    expect(pages[2]!.nextUrl).toBeUndefined();
  });

  it('keeps one empty page for an empty list, so the list URL exists', () => {
    expect(paginate([], 10, '/video/')).toEqual([{ number: 1, items: [], totalPages: 1, url: '/video/', prevUrl: undefined, nextUrl: undefined }]);
  });

  it('has no partial last page when items divide evenly', () => {
    expect(paginate(items.slice(0, 20), 10, '/x/')).toHaveLength(2);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(items, 0, '/x/')).toThrow(RangeError);
  });
});

describe('pagePaths', () => {
  it('gives [...page] parameters: none for page 1, trang/<n> after', () => {
    const paths = pagePaths([1, 2, 3], 2, '/tin-tuc/chuyen-muc/thong-bao/', { category: 'thong-bao' });
    expect(paths.map((p) => p.params)).toEqual([
      { category: 'thong-bao', page: undefined },
      { category: 'thong-bao', page: 'trang/2' },
    ]);
    expect(listPageUrl('/van-ban/', 4)).toBe('/van-ban/trang/4/');
  });
});

describe('groupPagePaths', () => {
  it('gives each group its own paginated list, passing the group to the page', () => {
    const paths = groupPagePaths(
      [
        { name: '2024', param: '2024', base: '/van-ban/nam/2024/', items: [1, 2, 3] },
        { name: '2025', param: '2025', base: '/van-ban/nam/2025/', items: [] },
      ],
      2,
      'year',
    );
    expect(paths.map((p) => [p.params, p.props.group, p.props.page.url])).toEqual([
      [{ year: '2024', page: undefined }, '2024', '/van-ban/nam/2024/'],
      [{ year: '2024', page: 'trang/2' }, '2024', '/van-ban/nam/2024/trang/2/'],
      [{ year: '2025', page: undefined }, '2025', '/van-ban/nam/2025/'],
    ]);
  });
});
