import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redirectsSchema } from '../../schemas/redirects';
import { formatProblem } from '../checks/problem';
import { nginxRedirectMaps, readRedirects, redirectPage, redirectPageFile, redirectPageFiles, redirectProblems, redirectsFile } from './redirects';

const FILE = 'content/cai-dat/chuyen-huong.yaml';
const problems = (redirects: { from: string; to: string; line?: number }[], isPage?: (path: string) => boolean) =>
  redirectProblems(redirects, FILE, isPage).map(formatProblem);

describe('reading chuyen-huong.yaml', () => {
  it('gives each redirect with the line of its old address', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
    mkdirSync(join(dir, 'cai-dat'));
    writeFileSync(
      join(dir, 'cai-dat/chuyen-huong.yaml'),
      '# Địa chỉ cũ\nredirects:\n  - from: /old/path.html        # old address\n    to: /tin-tuc/new-slug/\n  - from: "/index.php?option=com_content&id=12"\n    to: /van-ban/\n',
    );
    expect(readRedirects(dir)).toEqual([
      { from: '/old/path.html', to: '/tin-tuc/new-slug/', index: 0, line: 3, toLine: 4 },
      { from: '/index.php?option=com_content&id=12', to: '/van-ban/', index: 1, line: 5, toLine: 6 },
    ]);
    expect(readRedirects(join(dir, 'none'))).toEqual([]);
  });

  it('the schema refuses a target that is not a path of this site, and nginx syntax in an old address', () => {
    const parse = (from: string, to: string) => redirectsSchema().safeParse({ redirects: [{ from, to }] });
    expect(parse('/Default.aspx?tabid=80', '/lien-he/').success).toBe(true);
    expect(parse('/a', 'https://example.com/').success).toBe(false);
    expect(parse('/a', '/tin-tuc/bai')).toMatchObject({ success: false });
    expect(parse('/a b', '/tin-tuc/')).toMatchObject({ success: false });
    expect(parse('/a";', '/tin-tuc/')).toMatchObject({ success: false });
    expect(redirectsSchema().safeParse({ redirects: [{ from: '/a', to: '/b/', note: 'x' }] }).success).toBe(false);
  });
});

describe('checking the redirects', () => {
  it('names a loop, a chain and a repeated address by file and line, in Vietnamese', () => {
    expect(
      problems([
        { from: '/a.html', to: '/b/', line: 2 },
        { from: '/b/', to: '/c/', line: 4 },
        { from: '/c/', to: '/c/', line: 6 },
        { from: '/a.html', to: '/d/', line: 8 },
      ]),
    ).toEqual([
      'content/cai-dat/chuyen-huong.yaml:8 — trường "from": nhận được "/a.html", đã có ở dòng 2; cần mỗi địa chỉ cũ chỉ một lần; xóa một trong hai dòng.',
      'content/cai-dat/chuyen-huong.yaml:2 — trường "to": nhận được "/b/", là địa chỉ cũ ở dòng 4 (chuyển tiếp lần nữa tới "/c/"); cần trang cuối cùng: ghi thẳng "/c/".',
      'content/cai-dat/chuyen-huong.yaml:4 — trường "to": nhận được "/c/", là địa chỉ cũ ở dòng 6 (chuyển tiếp lần nữa tới "/c/"); cần trang cuối cùng: ghi thẳng "/c/".',
      'content/cai-dat/chuyen-huong.yaml:6 — trường "to": nhận được "/c/", chính là địa chỉ cũ (vòng lặp); cần một trang khác của site.',
    ]);
  });

  it('given the build: a target that is no page, an old address that is now a page', () => {
    const pages = new Set(['/tin-tuc/', '/gioi-thieu.html']);
    expect(
      problems(
        [
          { from: '/x.html', to: '/tin-tuc/khong-co/', line: 2 },
          { from: '/gioi-thieu.html', to: '/tin-tuc/', line: 4 },
          { from: '/index.php?id=1', to: '/tin-tuc/', line: 6 },
        ],
        (path) => pages.has(path),
      ),
    ).toEqual([
      'content/cai-dat/chuyen-huong.yaml:2 — trường "to": nhận được "/tin-tuc/khong-co/", không có trang này trong site; cần đường dẫn một trang đang có, ví dụ /tin-tuc/ten-bai/.',
      'content/cai-dat/chuyen-huong.yaml:4 — trường "from": nhận được "/gioi-thieu.html", là một trang đang có của site; cần chỉ địa chỉ không còn trang nào (trang đang có sẽ không được chuyển).',
    ]);
  });
});

describe('what the hosts get', () => {
  const redirects = [
    { from: '/old/path.html', to: '/tin-tuc/moi/' },
    { from: '/index.php?option=com_content&id=12', to: '/van-ban/' },
    { from: '/Default.aspx?tabid=80', to: '/lien-he/' },
  ];

  it('_redirects: a line each, queries in Netlify form', () => {
    expect(redirectsFile(redirects).split('\n').slice(1)).toEqual([
      '/old/path.html /tin-tuc/moi/ 301',
      '/index.php option=com_content id=12 /van-ban/ 301',
      '/Default.aspx tabid=80 /lien-he/ 301',
      '',
    ]);
  });

  it('nginx: addresses with a query matched whole, the others by path', () => {
    expect(nginxRedirectMaps(redirects)).toBe(
      [
        'map $request_uri $songoaivu_redirect_query {',
        '    default "";',
        '    "/index.php?option=com_content&id=12" "/van-ban/";',
        '    "/Default.aspx?tabid=80" "/lien-he/";',
        '}',
        'map $uri $songoaivu_redirect {',
        '    default $songoaivu_redirect_query;',
        '    "/old/path.html" "/tin-tuc/moi/";',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('a page at each old address without a query, refreshing to the new page, canonical to it', () => {
    expect(['/old/path.html', '/old/', '/old', '/a%20b.htm', '/index.php?id=1'].map(redirectPageFile)).toEqual([
      'old/path.html',
      'old/index.html',
      'old/index.html',
      'a b.htm',
      undefined,
    ]);
    const html = redirectPage('/tin-tuc/moi/', 'https://songoaivu.sonla.gov.vn', "default-src 'self'");
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/tin-tuc/moi/">');
    expect(html).toContain('<link rel="canonical" href="https://songoaivu.sonla.gov.vn/tin-tuc/moi/">');
    expect(html).toContain('<html lang="vi">');
    expect(redirectPageFiles(redirectsFile(redirects))).toEqual(['old/path.html']);
  });
});
