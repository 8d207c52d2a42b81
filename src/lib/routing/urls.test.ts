import { describe, expect, it } from 'vitest';
import { buildSiteIndex, pageUrlOf } from './urls';

describe('pageUrlOf', () => {
  it('gives each collection its URL from the file path', () => {
    expect(pageUrlOf('news', '2025/hop-bao.md')).toBe('/tin-tuc/hop-bao/');
    expect(pageUrlOf('albums', 'le-ky-ket/index.md')).toBe('/album-anh/le-ky-ket/');
    expect(pageUrlOf('leaders', 'cam-van-phuong.md')).toBe('/gioi-thieu/lanh-dao/cam-van-phuong/');
    expect(pageUrlOf('about', 'lich-su.mdx')).toBe('/gioi-thieu/lich-su/');
    expect(pageUrlOf('videos', 'clip.md')).toBe('/video/clip/');
    expect(pageUrlOf('site', 'site.yaml')).toBeUndefined();
  });
});

describe('buildSiteIndex', () => {
  const index = buildSiteIndex(
    [
      { collection: 'documents', relativePath: 'qd-12.md', year: 2024, attachments: ['qd-12.pdf'] },
      { collection: 'news', relativePath: '2025/hop-bao.md' },
    ],
    ['van-ban/qd-12.md', 'van-ban/qd-12.pdf', 'tin-tuc/2025/hop-bao.md'],
  );

  it('lists fixed pages, category pages, entries, document years and attachments', () => {
    for (const url of ['/', '/lien-he/', '/gioi-thieu/lanh-dao/', '/tin-tuc/chuyen-muc/thong-bao/', '/van-ban/qd-12/', '/van-ban/nam/2024/', '/van-ban/qd-12/qd-12.pdf', '/tin-tuc/hop-bao/']) {
      expect(index.urls.has(url), url).toBe(true);
    }
    expect(index.urls.has('/van-ban/nam/2025/')).toBe(false);
  });

  it('maps each published file to its URL', () => {
    expect(Object.fromEntries(index.published)).toEqual({
      'van-ban/qd-12.md': '/van-ban/qd-12/',
      'van-ban/qd-12.pdf': '/van-ban/qd-12/qd-12.pdf',
      'tin-tuc/2025/hop-bao.md': '/tin-tuc/hop-bao/',
    });
  });
});
