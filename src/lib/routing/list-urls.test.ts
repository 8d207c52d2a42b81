import { describe, expect, it } from 'vitest';
import { cacheDirFor } from '../build/paths';
import { entryId } from '../content/collections';
import { listCrumbs, listTitle } from './list-page';
import { categoryUrl } from './urls';
import { localVideoFiles, youtubeEmbedUrl, youtubeWatchUrl } from '../media/videos';

describe('categoryUrl', () => {
  it('folds the Vietnamese category name into its page URL', () => {
    expect(categoryUrl('Biên giới lãnh thổ')).toBe('/tin-tuc/chuyen-muc/bien-gioi-lanh-tho/');
    expect(categoryUrl('Người Việt Nam ở nước ngoài')).toBe('/tin-tuc/chuyen-muc/nguoi-viet-nam-o-nuoc-ngoai/');
  });
});

describe('entryId', () => {
  it('is the file name, whatever year folder holds it; an album is its folder', () => {
    expect(entryId('2025/hop-bao.md')).toBe('hop-bao');
    expect(entryId('hop-bao.mdx')).toBe('hop-bao');
    expect(entryId('le-ky-ket/index.md')).toBe('le-ky-ket');
    expect(entryId('site.yaml')).toBe('site');
  });
});

describe('listTitle and listCrumbs', () => {
  it('name page n of a list after its first page', () => {
    expect(listTitle('Tin tức', 1)).toBe('Tin tức');
    expect(listTitle('Tin tức', 3)).toBe('Tin tức — Trang 3');
    expect(listCrumbs('Văn bản', '/van-ban/', 1)).toEqual([{ label: 'Văn bản' }]);
    expect(listCrumbs('Thông báo', '/tin-tuc/chuyen-muc/thong-bao/', 2, [{ label: 'Tin tức', href: '/tin-tuc/' }])).toEqual([
      { label: 'Tin tức', href: '/tin-tuc/' },
      { label: 'Thông báo', href: '/tin-tuc/chuyen-muc/thong-bao/' },
      { label: 'Trang 2' },
    ]);
  });
});

describe('videos', () => {
  it('lists the files a local clip keeps beside it, none for YouTube', () => {
    expect(localVideoFiles({ source: { file: 'clip.mp4' }, captions: 'clip.vtt' })).toEqual(['clip.mp4', 'clip.vtt']);
    expect(localVideoFiles({ source: { youtube: 'dQw4w9WgXcQ' } })).toEqual([]);
    expect(youtubeWatchUrl('dQw4w9WgXcQ')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(youtubeEmbedUrl('dQw4w9WgXcQ')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0');
  });
});

describe('cacheDirFor', () => {
  it('gives each content tree its own Astro cache', () => {
    expect(cacheDirFor(undefined)).toBe('./node_modules/.astro');
    expect(cacheDirFor('.demo/content')).toMatch(/^\.\/node_modules\/\.astro-[0-9a-f]{8}$/);
    expect(cacheDirFor('.demo/content')).not.toBe(cacheDirFor('.tmp/test-content'));
  });
});
