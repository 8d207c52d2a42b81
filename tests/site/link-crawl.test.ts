import { describe, expect, it } from 'vitest';
import { crawlInternalLinks } from '../../scripts/lib/gates/crawl-links';
import { TEST_DIST } from '../helpers/built-site';

describe('links, served (linkinator over the static server, then every #fragment)', () => {
  it('every internal address of every page answers, and every #fragment names an element of its page', async () => {
    const { pages, links, broken } = await crawlInternalLinks(TEST_DIST);
    expect(pages).toBeGreaterThan(90);
    // ~900 distinct addresses: each picture has one JPEG fallback since 2026-12 (it had two or three).
    expect(links).toBeGreaterThan(800);
    expect(broken.map(({ page, link, reason }) => `${page} → ${link}: ${reason}`)).toEqual([]);
  });
});
