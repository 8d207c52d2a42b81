import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { sectionUrl } from '../../../src/lib/routing/urls';
import { PAGE_TYPES, WEIGHT_KINDS, isCompressible, weightKindOf, type PageType, type PageWeight } from './budgets';

/** A word the search page is opened with: common in every corpus, written with its marks. */
export const BUDGET_SEARCH_QUERY = 'hợp tác';

/** One page of each type in a build: the lists, and the first entry each list links to. */
export function pageTypePaths(buildDir: string): Record<PageType, string> {
  const firstLink = (path: string, selector: string) => {
    const file = join(buildDir, path, 'index.html');
    if (!existsSync(file)) throw new Error(`No page ${path} in ${buildDir}/`);
    const href = parseHTML(readFileSync(file, 'utf8')).document.querySelector(selector)?.getAttribute('href');
    if (!href) throw new Error(`${path} in ${buildDir}/ links no entry (${selector})`);
    return href;
  };
  const paths: Record<PageType, string> = {
    home: sectionUrl('home'),
    'news-list': sectionUrl('news'),
    article: firstLink(sectionUrl('news'), 'main .news-title a'),
    'document-list': sectionUrl('documents'),
    document: firstLink(sectionUrl('documents'), 'main tbody a'),
    'album-list': sectionUrl('albums'),
    album: firstLink(sectionUrl('albums'), 'main .title a'),
    'video-list': sectionUrl('videos'),
    video: firstLink(sectionUrl('videos'), 'main .title a'),
    leadership: sectionUrl('leaders'),
    contact: sectionUrl('contact'),
    search: `${sectionUrl('search')}?q=${encodeURIComponent(BUDGET_SEARCH_QUERY)}`,
  };
  return Object.fromEntries(PAGE_TYPES.map((type) => [type, paths[type]])) as Record<PageType, string>;
}

/**
 * Loads a page in a fresh browser context (nothing cached) at a phone's size
 * and waits until the network is quiet (the search page has run its search).
 * Each response's body is gzipped (level 6, what CDNs use on the fly) when a
 * CDN would compress its type, and counted as sent otherwise.
 */
export async function measurePage(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<PageWeight> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const tab = await context.newPage();
  const weight: PageWeight = { bytes: { html: 0, css: 0, js: 0, font: 0, other: 0, image: 0 }, total: 0, requests: 0 };
  const pending: Promise<void>[] = [];
  tab.on('requestfinished', (request) => {
    weight.requests++;
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const type = response.headers()['content-type'] ?? '';
        weight.bytes[weightKindOf(request.resourceType())] += isCompressible(type) ? gzipSync(body, { level: 6 }).length : body.length;
      })(),
    );
  });
  tab.on('requestfailed', () => weight.requests++);
  try {
    await tab.goto(url, { waitUntil: 'networkidle' });
    await tab.evaluate(() => document.fonts.ready);
    await Promise.all(pending);
  } finally {
    await context.close();
  }
  weight.total = WEIGHT_KINDS.reduce((sum, kind) => sum + weight.bytes[kind], 0);
  return weight;
}
