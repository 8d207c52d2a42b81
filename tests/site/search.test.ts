import { beforeAll, describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../src/lib/shared/slug';
import { TEST_DIST } from '../helpers/built-site';
import { corpusEntries, type CorpusEntry } from '../helpers/corpus';
import { loadBuiltSearch, type Hit } from '../helpers/pagefind-node';

interface Case {
  query: string;
  /** The page that must come first (rank 1) or among the first three (rank 3). */
  expect: string;
  rank: 1 | 3;
}

const HISTORY = '/gioi-thieu/qua-trinh-xay-dung-va-phat-trien/';
const LEGAL_BASIS = '/van-ban/thong-tu-lien-tich-02-2015-ttlt-bng-bnv/';

/** Queries about the real content, which the generated corpus always carries. */
const FIXED: Case[] = [
  { query: 'duong day nong', expect: '/lien-he/', rank: 3 },
  { query: 'Đường dây nóng', expect: '/lien-he/', rank: 3 },
  { query: 'ĐƯỜNG DÂY NÓNG', expect: '/lien-he/', rank: 3 },
  { query: 'đuong đay nong', expect: '/lien-he/', rank: 3 },
  { query: '02/2015/TTLT-BNG-BNV', expect: LEGAL_BASIS, rank: 1 },
  { query: '02/2015/ttlt-bng-bnv', expect: LEGAL_BASIS, rank: 1 },
  { query: 'thong tu lien tich 02/2015', expect: LEGAL_BASIS, rank: 3 },
  { query: 'qua trinh xay dung va phat trien', expect: HISTORY, rank: 1 },
  { query: 'Quá trình xây dựng và phát triển', expect: HISTORY, rank: 1 },
  { query: 'ban cong tac c kiem ngoai vu', expect: HISTORY, rank: 1 },
  { query: 'tiền thân của Sở Ngoại vụ', expect: HISTORY, rank: 1 },
  { query: 'cam van phuong', expect: '/gioi-thieu/lanh-dao/cam-van-phuong/', rank: 3 },
  { query: 'Cầm Văn Phương', expect: '/gioi-thieu/lanh-dao/cam-van-phuong/', rank: 3 },
  { query: 'chuc nang nhiem vu quyen han so ngoai vu', expect: LEGAL_BASIS, rank: 3 },
  { query: 'phat tri', expect: HISTORY, rank: 3 },
];

/** Pages of the generated corpus whose title no other page shares. */
async function uniquelyTitled(folder: string, field: string, pattern?: string): Promise<CorpusEntry[]> {
  const entries = await corpusEntries(folder, pattern);
  const count = new Map<string, number>();
  for (const e of entries)
    count.set(foldVietnamese(String(e.front[field])).toLowerCase(), (count.get(foldVietnamese(String(e.front[field])).toLowerCase()) ?? 0) + 1);
  return entries.filter((e) => count.get(foldVietnamese(String(e.front[field])).toLowerCase()) === 1);
}

let search: Awaited<ReturnType<typeof loadBuiltSearch>>;
let generated: Case[] = [];

beforeAll(async () => {
  search = await loadBuiltSearch(TEST_DIST);
  const news = (await uniquelyTitled('tin-tuc', 'title')).slice(0, 5);
  const withD = (await uniquelyTitled('tin-tuc', 'title')).filter((e) => /đ/i.test(String(e.front.title))).slice(0, 3);
  const documents = (await corpusEntries('van-ban')).filter((e) => /Đ/.test(String(e.front.number))).slice(0, 4);
  const albums = (await uniquelyTitled('album-anh', 'title', '*/index.md')).slice(0, 2);
  const videos = (await uniquelyTitled('video', 'title')).slice(0, 2);
  const url = (folder: string, e: CorpusEntry) => `/${folder}/${e.slug}/`;
  generated = [
    ...news.flatMap((e) => [
      { query: String(e.front.title), expect: url('tin-tuc', e), rank: 1 as const },
      { query: foldVietnamese(String(e.front.title)), expect: url('tin-tuc', e), rank: 3 as const },
      { query: foldVietnamese(String(e.front.title)).toUpperCase(), expect: url('tin-tuc', e), rank: 3 as const },
    ]),
    ...withD.map((e) => ({ query: foldVietnamese(String(e.front.title)).toLowerCase(), expect: url('tin-tuc', e), rank: 3 as const })),
    ...documents.flatMap((e) => [
      { query: String(e.front.number), expect: url('van-ban', e), rank: 1 as const },
      // QĐ typed as QD, lower case: how a phone keyboard writes it.
      { query: foldVietnamese(String(e.front.number)).toLowerCase(), expect: url('van-ban', e), rank: 1 as const },
    ]),
    ...albums.map((e) => ({ query: foldVietnamese(String(e.front.title)), expect: url('album-anh', e), rank: 3 as const })),
    ...videos.map((e) => ({ query: String(e.front.title), expect: url('video', e), rank: 3 as const })),
  ];
});

function describeHits(hits: Hit[]): string {
  return hits.map((hit, i) => `${i + 1}. ${hit.url}`).join('\n');
}

describe('search in Node against the built index', () => {
  it('has a table of at least 30 queries', () => {
    expect(FIXED.length + generated.length).toBeGreaterThanOrEqual(30);
  });

  it.each(FIXED)('“$query” puts $expect in the top $rank', async ({ query, expect: target, rank }) => {
    const hits = await search(query, {}, rank);
    expect(
      hits.map((hit) => hit.url),
      describeHits(hits),
    ).toContain(target);
  });

  it('finds each generated page by its title, accented, unaccented and in capitals, and documents by number', async () => {
    const misses: string[] = [];
    for (const { query, expect: target, rank } of generated) {
      const hits = await search(query, {}, rank);
      if (!hits.some((hit) => hit.url === target)) misses.push(`“${query}” → expected ${target} in top ${rank}, got\n${describeHits(hits)}`);
    }
    expect(misses).toEqual([]);
  });

  it('ranks the exact accents first: “đường” before “dưỡng” and the reverse', async () => {
    const [first] = await search('đường');
    expect(first!.excerpt).toMatch(/<mark>[Đđ]ường/);
    const [firstOther] = await search('dưỡng');
    expect(firstOther!.excerpt).toMatch(/<mark>[Dd]ưỡng/);
    // Both spellings fold to "duong": without marks, both kinds of page are found.
    const folded = (await search('duong', {}, 100)).map((hit) => hit.excerpt);
    expect(folded.some((excerpt) => /<mark>[Đđ]ường/.test(excerpt))).toBe(true);
    expect(folded.some((excerpt) => /<mark>[Dd]ưỡng/.test(excerpt))).toBe(true);
  });

  it('shows excerpts and titles in the real text, with đ, and the match highlighted', async () => {
    const [contact] = (await search('duong day nong')).filter((hit) => hit.url === '/lien-he/');
    expect(contact!.excerpt).toContain('<mark>Đường dây nóng</mark>');
    expect(contact!.excerpt).not.toMatch(/[ḑḐ]/);
    const [legal] = await search('02/2015/TTLT-BNG-BNV');
    expect(legal!.title).toBe('Thông tư liên tịch 02/2015/TTLT-BNG-BNV');
  });

  it('combines filters: documents of one year and type, with or without a query', async () => {
    const hits = await search(null, { kind: ['Văn bản'], year: ['2015'] }, 100);
    expect(hits.map((hit) => hit.url)).toContain(LEGAL_BASIS);
    for (const hit of hits) expect(hit.filters).toMatchObject({ kind: ['Văn bản'], year: ['2015'] });
    const narrowed = await search('thong tu', { kind: ['Văn bản'], year: ['2015'], type: ['Thông tư liên tịch'] });
    expect(narrowed.map((hit) => hit.url)).toEqual([LEGAL_BASIS]);
  });

  it('finds nothing for a word that is nowhere, and never lists 404 or list pages', async () => {
    expect(await search('xkcdqwertz')).toEqual([]);
    const all = await search(null, {}, 1000);
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((hit) => /^\/(404|tin-tuc\/(trang|chuyen-muc)|van-ban\/(trang|nam)|album-anh\/$|video\/$|$)/.test(hit.url))).toEqual([]);
  });
});
