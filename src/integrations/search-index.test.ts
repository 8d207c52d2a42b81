import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAfterBuild } from '../lib/build/after-build';
import { DerivedCache } from '../lib/build/derived-cache';
import searchIndex from './search-index';

const site = new URL('https://songoaivu.sonla.gov.vn');
const page = (title: string, body = true) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body><main${body ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>Đoàn công tác của tỉnh Sơn La.</p></main></body></html>`;

let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'search-index-'));
  const files: Record<string, string> = {
    'index.html': page('Trang chủ', false),
    'tin-tuc/a/index.html': page('Tin A'),
    'tin-tuc/b/index.html': page('Tin B'),
    'van-ban/c/index.html': page('Văn bản C'),
  };
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), html);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the search index step', () => {
  it('in a CI log, counts the HTML files it reads in the step’s log, then says what it indexed', async () => {
    const logged: string[] = [];
    await runAfterBuild(root, [searchIndex({ cache: () => undefined })], { site, log: (step, line) => logged.push(`${step}: ${line}`) });
    expect(logged.slice(0, -1).map((line) => line.split(',')[0])).toEqual([
      'search-index: Tìm kiếm 1 / 4',
      'search-index: Tìm kiếm 2 / 4',
      'search-index: Tìm kiếm 3 / 4',
      'search-index: Tìm kiếm 4 / 4',
    ]);
    expect(logged.at(-1)).toMatch(/^search-index: 3 of 4 pages indexed for search in /);
  });

  it('on a terminal, rewrites one line there and keeps the log for what it indexed', async () => {
    const logged: string[] = [];
    let written = '';
    const terminal = { isTTY: true, write: (chunk: string) => (written += chunk) };
    await runAfterBuild(root, [searchIndex({ cache: () => undefined })], { site, terminal, log: (step, line) => logged.push(`${step}: ${line}`) });
    expect(written.split('\r').map((line) => line.split(',')[0])).toEqual(['', 'Tìm kiếm 1 / 4', 'Tìm kiếm 2 / 4', 'Tìm kiếm 3 / 4', 'Tìm kiếm 4 / 4']);
    expect(written.endsWith('\n')).toBe(true);
    expect(logged).toHaveLength(1);
  });

  it('reuses the index an earlier build made of the same pages, and indexes again when one changes', async () => {
    const cache = new DerivedCache(join(mkdtempSync(join(tmpdir(), 'search-cache-')), 'search-index'));
    const build = async () => {
      const logged: string[] = [];
      await runAfterBuild(root, [searchIndex({ cache: () => new DerivedCache(cache.dir) })], { site, log: (step, line) => logged.push(line) });
      return { said: logged.at(-1)!, entry: readFileSync(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8') };
    };
    const first = await build();
    expect(first.said).toMatch(/^3 of 4 pages indexed for search in /);
    rmSync(join(root, 'pagefind'), { recursive: true });
    const second = await build();
    expect(second.said).toMatch(/^3 of 4 pages unchanged since an earlier build, whose search index was reused, in /);
    expect(second.entry).toBe(first.entry);
    // A changed page: its words must be found, so the index is made again.
    writeFileSync(join(root, 'tin-tuc/b/index.html'), page('Tin B: hội nghị xúc tiến đầu tư'));
    const third = await build();
    expect(third.said).toMatch(/^3 of 4 pages indexed for search in /);
    expect(third.entry).not.toBe(first.entry);
  });
});

describe('what Pagefind is given of a page', () => {
  const framed = (main: string, hotline: string) =>
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang</title></head><body><header><img src="/logo.png" alt="Logo của Sở"></header>` +
    `<main id="main" tabindex="-1" data-pagefind-body>${main}</main>` +
    `<aside><h2>Tin mới nhất</h2><img src="/_astro/tin-moi-nhat.jpg" alt="Tin mới nhất"></aside><footer>Đường dây nóng ${hotline}</footer></body></html>`;
  const pictures = (dir: string) =>
    Object.fromEntries(
      readdirSync(join(dir, 'pagefind', 'fragment')).map((file) => {
        const text = gunzipSync(readFileSync(join(dir, 'pagefind', 'fragment', file))).toString('utf8');
        const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: { image?: string } };
        return [fragment.url, fragment.meta.image];
      }),
    );
  let dir = '';
  const write = (hotline: string) => {
    const files: Record<string, string> = {
      'van-ban/khong-anh/index.html': framed('<h1>Công văn 12/SNgV</h1><p>Về việc đón đoàn công tác.</p>', hotline),
      'tin-tuc/co-anh/index.html': framed('<h1>Tin có ảnh</h1><img src="/_astro/anh-tin.jpg" alt="Ảnh của tin"><p>Đoàn công tác.</p>', hotline),
    };
    for (const [file, html] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), html);
    }
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'search-part-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a result the picture of its own content, never the sidebar’s newest article', async () => {
    write('0212 3852 123');
    await runAfterBuild(dir, [searchIndex({ cache: () => undefined })], { site, log: () => {} });
    expect(pictures(dir)).toEqual({ '/van-ban/khong-anh/': undefined, '/tin-tuc/co-anh/': '/_astro/anh-tin.jpg' });
  });

  it('keeps the index when only the frame around the pages changed (the hotline in the footer)', async () => {
    const cache = new DerivedCache(join(mkdtempSync(join(tmpdir(), 'search-part-cache-')), 'search-index'));
    const build = async () => {
      const logged: string[] = [];
      await runAfterBuild(dir, [searchIndex({ cache: () => new DerivedCache(cache.dir) })], { site, log: (step, line) => logged.push(line) });
      return logged.at(-1)!;
    };
    write('0212 3852 123');
    expect(await build()).toMatch(/^2 of 2 pages indexed for search in /);
    write('0212 3999 999');
    expect(await build()).toMatch(/^2 of 2 pages unchanged since an earlier build, whose search index was reused, in /);
  });
});
