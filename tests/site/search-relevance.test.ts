import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { suggestQuery, VOCABULARY_FILE, type Vocabulary } from '../../src/lib/search';
import { TEST_DIST } from '../helpers/built-site';
import { loadBuiltSearch } from '../helpers/pagefind-node';
import { judgedPages, RELEVANCE_TABLE, relevantPages, scoreTable } from '../helpers/search-relevance';

/**
 * Mean precision at 3 of the relevance table on the test build, as measured
 * when the ranking was last changed (`npm run bench:relevance`); ranking that
 * does worse fails here. Raise it when ranking improves.
 */
const PRECISION_AT_3 = 0.99;

let search: Awaited<ReturnType<typeof loadBuiltSearch>>;

beforeAll(async () => {
  search = await loadBuiltSearch(TEST_DIST);
});

describe('search relevance on the test corpus', () => {
  it('has at least 40 queries, each with pages that should come first', async () => {
    expect(RELEVANCE_TABLE.length).toBeGreaterThanOrEqual(40);
    const pages = await judgedPages();
    expect(RELEVANCE_TABLE.filter((row) => relevantPages(row, pages).length === 0).map((row) => row.query)).toEqual([]);
  });

  it(`keeps precision at 3 at or above ${PRECISION_AT_3}`, async () => {
    const { mean, rows } = await scoreTable(async (query) => (await search(query, {}, 3)).map((hit) => hit.url));
    const misses = rows.filter((row) => row.precision < 1).map((row) => `${row.precision.toFixed(2)} “${row.query}”: ${row.found.join(', ')}`);
    expect(mean, misses.join('\n')).toBeGreaterThanOrEqual(PRECISION_AT_3);
  });
});

describe('what search indexes and shows', () => {
  it('finds label words only where a page’s own text uses them, not on every article', async () => {
    const articles = (await search(null, { kind: ['Tin tức'] }, 1000)).length;
    for (const label of ['tác giả', 'cơ quan ban hành']) {
      const found = await search(label, {}, 1000);
      expect(found.length, `“${label}” found ${found.length} of ${articles} articles`).toBeLessThan(articles / 4);
    }
    // No page holds these as a phrase any more; pages with both syllables apart are what is left, never the labels.
    for (const label of ['ngày đăng', 'tin tức', 'số ký hiệu', 'tình trạng hiệu lực']) {
      for (const hit of await search(label, {}, 1000)) expect(hit.excerpt).not.toMatch(/Ngày đăng:|Tác giả:|^Tin tức\.|Số\/ký hiệu|Tình trạng hiệu lực/);
    }
  });

  it('ranks pages holding the words side by side first, and marks the phrase, not a syllable elsewhere', async () => {
    const hits = await search('hop tac', {}, 5);
    for (const hit of hits.slice(0, 3)) expect(hit.excerpt).toMatch(/<mark>[Hh]ợp tác<\/mark>/);
    for (const hit of hits) expect(hit.excerpt).not.toMatch(/<mark>Tác<\/mark> giả|Ngày đăng|Tác giả:/);
  });

  it('forces a phrase with quotes', async () => {
    const loose = await search('hợp tác sơn la', {}, 100);
    const quoted = await search('"hợp tác sơn la"', {}, 100);
    expect(quoted.length).toBeLessThan(loose.length);
    for (const hit of quoted) expect(hit.excerpt).toMatch(/<mark>[Hh]ợp tác Sơn La<\/mark>/);
  });

  it('shows a document’s number and status, and an article’s date and category, from metadata', async () => {
    const [document] = await search('61/QĐ-SNgV', { kind: ['Văn bản'] }, 1);
    expect(document!.meta).toMatchObject({ kind: 'Văn bản', number: '61/QĐ-SNgV' });
    const documents = await search(null, { kind: ['Văn bản'] }, 100);
    expect(documents.some((hit) => /^(Còn|Hết) hiệu lực/.test(hit.meta.status ?? ''))).toBe(true);
    const [article] = await search('hop tac', { kind: ['Tin tức'] }, 1);
    expect(article!.meta.date).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    expect(article!.meta.category).toBeTruthy();
    expect(article!.meta.author).toBeTruthy();
  });

  it('sorts newest first when asked', async () => {
    const hits = await search('so ngoai vu', {}, 20, true);
    const days = hits.map((hit) => hit.meta.date!.split('/').reverse().join('-'));
    expect(days).toEqual([...days].sort().reverse());
  });

  it('writes the site’s words so “did you mean” can mend a typo', () => {
    const vocabulary = JSON.parse(readFileSync(join(TEST_DIST, 'pagefind', VOCABULARY_FILE), 'utf8')) as Vocabulary;
    expect(suggestQuery('hua phn', vocabulary)).toBe('hua phăn');
    expect(suggestQuery('bien gioii', vocabulary)).toBe('bien giới');
    expect(vocabulary.words.some(([word]) => word === 'tác')).toBe(true);
  });
});
