import { describe, expect, it } from 'vitest';
import { buildOfflineIndex, eachPosting, summaryUrls, type OfflinePage, type WordShard } from './offline-index';

const page = (url: string, title: string, text: string, filters: Record<string, string[]>, date?: string): OfflinePage => ({
  url,
  title,
  meta: { kind: filters.kind![0]! },
  filters,
  sort: date ? { date } : {},
  text,
});

const PAGES = [
  page('../tin-tuc/a/index.html', 'Hợp tác', 'Hợp tác với Lào, (hợp tác) Lào', { kind: ['Tin tức'] }, '2024-05-01'),
  page('../tin-tuc/b/index.html', 'Lào', 'Đoàn Lào', { kind: ['Tin tức'] }, '2023-01-01'),
  page('../van-ban/c/index.html', 'Quyết định', '12/QĐ-SNgV', { kind: ['Văn bản'], year: ['2023'] }),
];

describe('buildOfflineIndex', () => {
  const { summary, shards } = buildOfflineIndex(PAGES);
  const words = Object.assign({}, ...summary.wordShards.map((_, index) => shards.get(`tu-${index}`))) as WordShard;
  const postings = (word: string) =>
    words[word]!.map(([form, list]) => {
      const pages: [string, number, number, number[]][] = [];
      eachPosting(list, (number, titleHits, codes) => pages.push([form, number, titleHits, codes]));
      return pages;
    });

  it('keeps each form of a folded word with its pages, title hits and codes (word × 4, +1 letters before, +2 letters after)', () => {
    expect(postings('lao')).toEqual([
      [
        ['lào', 0, 0, [3 * 4 + 2, 6 * 4]],
        ['lào', 1, 1, [1 * 4]],
      ],
    ]);
    expect(postings('hop')).toEqual([[['hợp', 0, 1, [0, 4 * 4 + 1]]]]);
    expect(postings('qd')).toEqual([[['qđ', 2, 0, [0 + 1 + 2]]]]);
    expect(postings('doan')).toEqual([[['đoàn', 1, 0, [0]]]]);
  });

  it('writes addresses by what they share with the one before, and reads them back', () => {
    expect(summary.urls).toEqual([
      [0, '../tin-tuc/a/'],
      [11, 'b/'],
      [3, 'van-ban/c/'],
    ]);
    expect(summaryUrls(summary)).toEqual(PAGES.map((page) => page.url));
  });

  it('ranks sort keys, shares filter sets, and puts pages in shards of eight', () => {
    expect(summary.sort).toEqual({ date: [2, 1, 0] });
    expect(summary.filterValues).toEqual([
      ['kind', 'Tin tức'],
      ['kind', 'Văn bản'],
      ['year', '2023'],
    ]);
    expect(summary.filterSets).toEqual([[0], [1, 2]]);
    expect(summary.filters).toEqual([0, 0, 1]);
    expect(shards.get('trang-0')).toEqual(PAGES.map(({ title, meta, text }) => ({ title, meta, text })));
  });
});
