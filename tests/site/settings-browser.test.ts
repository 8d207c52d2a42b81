import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build/build-site';
import { launchChromium } from '../../scripts/lib/shared/chromium';
import { serveStatic } from '../../scripts/lib/shared/static-server';
import { axeViolations } from '../helpers/axe';
import { writeTree } from '../helpers/content-tree';
import { SETTINGS_TREE } from '../helpers/settings-tree';

const OUT = '.tmp/settings-browser';
const COUNTER = 'https://thongke.sonla.gov.vn/api/online';
let browser: Browser;
let url = '';
let close = async () => {};

beforeAll(async () => {
  await buildSite({ contentDir: writeTree(SETTINGS_TREE), outDir: OUT, cold: true });
  const [chromium, server] = await Promise.all([launchChromium(), serveStatic(OUT)]);
  browser = chromium;
  url = server.url;
  close = async () => {
    await Promise.all([browser.close(), server.close()]);
  };
});
afterAll(() => close());

/** The home page in a fresh tab; the counter's host answers `answer`, or fails when it is undefined. */
async function home(options: BrowserContextOptions, answer?: unknown): Promise<Page> {
  const context = await browser.newContext(options);
  // Nothing leaves the machine: the counter is answered here.
  await context.route(COUNTER, (route) =>
    answer === undefined ? route.abort() : route.fulfill({ json: answer, headers: { 'Access-Control-Allow-Origin': '*' } }),
  );
  const tab = await context.newPage();
  await tab.goto(`${url}/`);
  return tab;
}

describe('"Đang truy cập", from the counter the settings name', () => {
  it('with JavaScript, the number from the counter’s JSON is shown', async () => {
    const tab = await home({}, { visitors: 1234 });
    const row = tab.locator('[data-online-url]');
    await row.waitFor({ state: 'visible' });
    expect(await row.innerText()).toMatch(/^Đang truy cập\s+1\.234$/);
    await tab.context().close();
  });

  it('a counter that fails, or no JavaScript: the row stays hidden and nothing else changes', async () => {
    for (const tab of [await home({}), await home({ javaScriptEnabled: false }, { visitors: 5 })]) {
      await tab.waitForLoadState('networkidle');
      expect(await tab.locator('[data-online-url]').isHidden()).toBe(true);
      expect(await tab.locator('#widget-stats ~ .widget-body dl.counts dd:visible').count()).toBe(4);
      await tab.context().close();
    }
  });
});

describe('"Liên kết website", a jump menu without JavaScript', () => {
  it('opens from the keyboard and its links can be followed by Tab', async () => {
    const tab = await home({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } }, { visitors: 1 });
    const summary = tab.locator('.jump-menu summary');
    await summary.focus();
    expect(await tab.getByRole('link', { name: 'Bộ Ngoại giao' }).isVisible()).toBe(false);
    await tab.keyboard.press('Enter');
    expect(await tab.getByRole('link', { name: 'Bộ Ngoại giao' }).isVisible()).toBe(true);
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Cổng Thông tin điện tử Chính phủ');
    await tab.context().close();
  });
});

describe('axe (WCAG 2.1 AA) with the widgets full', () => {
  it.each([390, 1280])('home and contact pages have no violations at %i px', async (width) => {
    const tab = await home({ viewport: { width, height: 900 } }, { visitors: 3 });
    const violations: string[] = [];
    for (const path of ['/', '/lien-he/']) {
      await tab.goto(`${url}${path}`);
      await tab.locator('.jump-menu summary').click();
      violations.push(...(await axeViolations(tab)).map((v) => `${path} ${v}`));
    }
    await tab.context().close();
    expect(violations).toEqual([]);
  });
});
