import { describe, expect, it } from 'vitest';
import { createOfflineSearch, excerptOf, foldInPlace, type OfflinePage } from './offline';
import { startPagefind } from './pagefind';
import { excerptOf as rankedExcerpt, searchSite } from '.';
import { toIndexedText } from './text';

function page(url: string, title: string, text: string, filters: Record<string, string[]> = {}, date = '2024-01-01'): OfflinePage {
  return {
    url,
    title: toIndexedText(title),
    meta: { kind: filters.kind?.[0] ?? 'Tin tức' },
    filters: { kind: ['Tin tức'], ...filters },
    sort: { date },
    text: toIndexedText(text),
  };
}

const PAGES = [
  page('a.html', 'Đường dây nóng', 'Sở Ngoại vụ công bố số đường dây nóng mới cho công dân.', {}, '2024-03-01'),
  page('b.html', 'Nghỉ dưỡng ở Mộc Châu', 'Đoàn khách Lào nghỉ dưỡng tại Mộc Châu, thăm đồi chè.', {}, '2024-05-01'),
  page(
    'c.html',
    'Quyết định về quy chế làm việc',
    'Quyết định số 12/QĐ-SNgV ban hành quy chế làm việc của Sở Ngoại vụ.',
    { kind: ['Văn bản'], type: ['Quyết định'], year: ['2023'] },
    '2023-02-01',
  ),
  page(
    'd.html',
    'Thông tư liên tịch 02/2015/TTLT-BNG-BNV',
    'Hướng dẫn chức năng, nhiệm vụ của Sở Ngoại vụ.',
    { kind: ['Văn bản'], type: ['Thông tư'], year: ['2015'] },
    '2015-06-28',
  ),
];

async function urls(query: string, filters: Record<string, string[]> = {}): Promise<string[]> {
  const search = await startPagefind(createOfflineSearch(PAGES));
  const found = await searchSite(search, { query, filters });
  return Promise.all(found.results.map(async (result) => (await result.data()).url));
}

describe('offline search', () => {
  it('keeps positions when folding, so excerpts mark the right words', () => {
    const text = 'Đoàn Sở Ngoại vụ';
    expect(foldInPlace(text)).toBe('doan so ngoai vu');
    expect(foldInPlace(toIndexedText(text))).toHaveLength(text.length);
  });

  it('finds Vietnamese words typed without marks, đ as d', async () => {
    expect(await urls('duong day nong')).toEqual(['a.html']);
    expect(await urls('quyet dinh')).toEqual(['c.html']);
    expect(await urls('LAO moc chau')).toEqual(['b.html']);
  });

  it('puts pages written exactly as typed first', async () => {
    expect(await urls('đường')).toEqual(['a.html', 'b.html']);
    expect(await urls('dưỡng')).toEqual(['b.html', 'a.html']);
  });

  it('matches word starts only, every word required', async () => {
    expect(await urls('ngoai')).toEqual(expect.arrayContaining(['a.html', 'c.html', 'd.html']));
    expect(await urls('goai')).toEqual([]);
    expect(await urls('ngoai lao')).toEqual([]);
    expect(await urls('nghi duo')).toEqual(['b.html']);
    expect(await urls('ngh duong')).toEqual([]);
  });

  it('finds documents by their number', async () => {
    expect(await urls('02/2015/TTLT-BNG-BNV')).toEqual(['d.html']);
    expect(await urls('12/QD-SNgV')).toEqual(['c.html']);
  });

  it('narrows by filters, with counts for each value', async () => {
    expect(await urls('', { kind: ['Văn bản'] })).toEqual(['c.html', 'd.html']);
    expect(await urls('ngoai vu', { type: ['Thông tư'] })).toEqual(['d.html']);
    const search = await startPagefind(createOfflineSearch(PAGES));
    const found = await searchSite(search, { query: 'so ngoai vu', filters: { kind: ['Văn bản'] } });
    expect(found.filters.kind).toEqual({ 'Tin tức': 1, 'Văn bản': 2 });
    expect(found.filters.type).toEqual({ 'Quyết định': 1, 'Thông tư': 1 });
  });

  it('returns an escaped excerpt with the hits marked', async () => {
    const search = await startPagefind(createOfflineSearch(PAGES));
    const [first] = (await searchSite(search, { query: 'duong day', filters: {} })).results;
    const data = await first!.data();
    expect(data.excerpt).toContain('<mark>ḑường</mark> <mark>dây</mark>');
    expect(data.meta.title).toBe('Ḑường dây nóng');
    expect(excerptOf('<b>x</b> y', '<b>x</b> y', ['y'])).toBe('&lt;b&gt;x&lt;/b&gt; <mark>y</mark>');
  });

  it('follows the online rules: the phrase over words apart, quotes force it, excerpt centred on it', async () => {
    const filler = Array.from({ length: 40 }, (_, i) => `câu${i}`).join(' ');
    const pages = [
      page('apart.html', 'Họp báo quý II', `Buổi họp có nhiều ${filler} hợp lý và tác giả bài viết tham dự.`),
      page('phrase.html', 'Ký kết biên bản ghi nhớ', `${filler} Hai tỉnh mở rộng hợp tác toàn diện. ${filler}`),
    ];
    const search = await startPagefind(createOfflineSearch(pages));
    const found = await searchSite(search, { query: 'hop tac', filters: {} });
    // Where a page holds the phrase, pages with the words apart are about something else.
    expect(found.results.map((result) => result.id)).toEqual(['phrase.html']);
    const reversed = await searchSite(search, { query: 'tac hop', filters: {} });
    expect(reversed.results.map((result) => result.id).sort()).toEqual(['apart.html', 'phrase.html']);
    const first = found.results[0]!;
    const data = await first.data();
    const excerpt = rankedExcerpt(first, data.content, data.excerpt);
    expect(excerpt).toContain('mở rộng <mark>hợp tác</mark> toàn diện.');
    expect(excerpt.startsWith('… ')).toBe(true);
    const quoted = await searchSite(search, { query: '"tac hop"', filters: {} });
    expect(quoted.results).toEqual([]);
  });

  it('sorts newest first when asked', async () => {
    const search = await startPagefind(createOfflineSearch(PAGES));
    const found = await searchSite(search, { query: 'so ngoai vu', filters: {}, newest: true });
    expect(found.results.map((result) => result.id)).toEqual(['a.html', 'c.html', 'd.html']);
  });
});
