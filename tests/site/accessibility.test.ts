import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIST, page as builtPage } from '../helpers/built-site';
import { launchChromium } from '../helpers/chromium';
import { serveStatic } from '../helpers/static-server';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveStatic(TEST_DIST)]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

const firstLink = (path: string, selector: string) => builtPage(path).querySelector(selector)!.getAttribute('href')!;

describe('axe (WCAG 2.0 and 2.1, A and AA), one page of each type', () => {
  it.each([390, 1280])('has no violations at %i px', async (width) => {
    const paths = [
      '/',
      '/gioi-thieu/',
      '/gioi-thieu/qua-trinh-xay-dung-va-phat-trien/',
      '/gioi-thieu/lanh-dao/',
      '/tin-tuc/',
      '/tin-tuc/trang/2/',
      firstLink('/tin-tuc/', 'main .news-title a'),
      '/tin-tuc/chuyen-muc/hop-tac-quoc-te/',
      '/van-ban/',
      firstLink('/van-ban/', 'main tbody a'),
      '/album-anh/',
      firstLink('/album-anh/', 'main .title a'),
      '/video/',
      firstLink('/video/', 'main .title a'),
      '/lien-he/',
      '/404.html',
    ];
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const tab = await context.newPage();
    const violations: string[] = [];
    for (const path of paths) {
      await tab.goto(`${server.url}${path}`);
      await tab.addScriptTag({ content: axeSource });
      const found = await tab.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      violations.push(...found.map((v) => `${path} ${v}`));
    }
    await context.close();
    expect(violations).toEqual([]);
  });
});
