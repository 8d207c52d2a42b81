import { describe, expect, it } from 'vitest';
import { findBrokenFragments, fragmentTargets } from './fragments';

const html = (body: string) => `<!DOCTYPE html><html lang="vi"><head><title>t</title></head><body>${body}</body></html>`;

describe('fragmentTargets', () => {
  it('lists every id and the name of every <a>', () => {
    expect(fragmentTargets(html('<main id="main"><h2 id="lịch-sử">x</h2><a name="cu">y</a><div name="khong"></div></main>'))).toEqual(
      new Set(['main', 'lịch-sử', 'cu']),
    );
  });
});

describe('findBrokenFragments', () => {
  const pages = new Map([
    ['/', html('<a href="#main">skip</a><main id="main"><a href="/tin-tuc/#muc-2">a</a><a href="/tin-tuc#muc-3">b</a></main>')],
    ['/tin-tuc/', html('<h2 id="muc-2">2</h2><a href="#">top</a><a href="#top">top</a><a href="../#khong-co">c</a>')],
    ['/lien-he/', html('<a href="/van-ban/qd.pdf#page=2">pdf</a><a href="https://example.vn/#x">out</a><a href="/tin-tuc/#l%E1%BB%8Bch-s%E1%BB%AD">d</a>')],
  ]);

  it('names the page and the link of every fragment its target page lacks', () => {
    expect(findBrokenFragments(pages)).toEqual([
      { page: '/', href: '/tin-tuc#muc-3' },
      { page: '/tin-tuc/', href: '../#khong-co' },
      { page: '/lien-he/', href: '/tin-tuc/#l%E1%BB%8Bch-s%E1%BB%AD' },
    ]);
  });

  it('is empty once the target page has the ids, one written with diacritics', () => {
    const fixed = new Map(pages).set('/tin-tuc/', html('<h2 id="lịch-sử">x</h2><h2 id="muc-2">2</h2><h2 id="muc-3">3</h2>'));
    expect(findBrokenFragments(fixed)).toEqual([]);
  });
});
