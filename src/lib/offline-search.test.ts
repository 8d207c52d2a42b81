import { describe, expect, it } from 'vitest';
import { createOfflineSearch, excerptOf, foldInPlace, type OfflinePage } from './offline-search';
import { searchVietnamese, startPagefind } from './search-run';
import { toIndexedText } from './search-text';

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
  const found = await searchVietnamese(search, { query, filters });
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
    const found = await searchVietnamese(search, { query: 'so ngoai vu', filters: { kind: ['Văn bản'] } });
    expect(found.filters.kind).toEqual({ 'Tin tức': 1, 'Văn bản': 2 });
    expect(found.filters.type).toEqual({ 'Quyết định': 1, 'Thông tư': 1 });
  });

  it('returns an escaped excerpt with the hits marked', async () => {
    const search = await startPagefind(createOfflineSearch(PAGES));
    const [first] = (await searchVietnamese(search, { query: 'duong day', filters: {} })).results;
    const data = await first!.data();
    expect(data.excerpt).toContain('<mark>ḑường</mark> <mark>dây</mark>');
    expect(data.meta.title).toBe('Ḑường dây nóng');
    expect(excerptOf('<b>x</b> y', '<b>x</b> y', ['y'])).toBe('&#60;b&#62;x&#60;/b&#62; <mark>y</mark>');
  });
});
