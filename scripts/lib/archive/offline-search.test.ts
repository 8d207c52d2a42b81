import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureOfflineQueries, writeOfflineSearchHarness } from '../bench/offline-search';
import { demoOfflinePages } from '../demo/offline-pages';
import { launchChromium } from '../shared/chromium';
import { CHECKED_RESULTS } from '../../../src/lib/search/run';

const DIR = resolve('.tmp/test-offline-search');
let browser: Browser;
let index: { indexBytes: number; indexFiles: number };

beforeAll(async () => {
  index = await writeOfflineSearchHarness(DIR, demoOfflinePages(300));
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('the offline search from file://', () => {
  it('finds results while reading only the shards of the query words and of the pages shown', async () => {
    const shards = readdirSync(join(DIR, 'tim-kiem/chi-muc'));
    const wordShards = shards.filter((name) => name.startsWith('tu-') && name !== 'tu-vung.js');
    expect(wordShards.length).toBeGreaterThan(10);
    const [phrase, typed] = await measureOfflineQueries(browser, DIR, ['doan cong tac', 'lao'], 1);
    for (const query of [phrase!, typed!]) {
      expect(query.results, query.query).toBeGreaterThan(0);
      expect(query.scripts[0]).toBe('tim-kiem/chi-muc.js');
      const words = query.scripts.filter((path) => /\/tu-\d+\.js$/.test(path));
      const pages = query.scripts.filter((path) => /\/trang-\d+\.js$/.test(path));
      expect(words.length, query.query).toBeGreaterThan(0);
      expect(words.length, query.query).toBeLessThanOrEqual(6);
      expect(pages.length, query.query).toBeGreaterThan(0);
      expect(pages.length, query.query).toBeLessThanOrEqual(CHECKED_RESULTS);
      expect(query.scripts).not.toContain('tim-kiem/chi-muc/tu-vung.js');
      expect(query.bytes, query.query).toBeLessThan(index.indexBytes / 3);
    }
  });
});
