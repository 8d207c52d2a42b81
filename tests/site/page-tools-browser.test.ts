import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { page } from '../helpers/built-site';
import { corpusEntries } from '../helpers/corpus';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();
const SITE = 'https://songoaivu.sonla.gov.vn';
const SHOTS = '.tmp/screenshots';

const firstArticle = () => page('/tin-tuc/').querySelector('main .news-title a')!.getAttribute('href')!;
const firstDocument = () => page('/van-ban/').querySelector('main tbody a')!.getAttribute('href')!;

describe('print', () => {
  it('on paper: no navigation, header search, widgets, footer links or buttons; the address and date of the page, and of each link', async () => {
    const path = firstArticle();
    const date = page(path).querySelector('main header time')!.textContent!.trim();
    const tab = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.goto(`${site.url}${path}`);
    await tab.emulateMedia({ media: 'print' });
    const shown = (selector: string) => tab.locator(selector).first().isVisible();
    for (const selector of [
      '.main-nav',
      'form[role="search"]',
      '.sidebar',
      '.site-footer nav',
      '.skip-link',
      '.topbar',
      'main button',
      '.page-tools',
      '.breadcrumbs',
    ]) {
      expect(await shown(selector), selector).toBe(false);
    }
    expect(await shown('main h1')).toBe(true);
    const source = tab.locator('.print-source');
    expect(await source.isVisible()).toBe(true);
    expect(await source.textContent()).toBe(`Nguồn: ${SITE}${path} — Ngày đăng: ${date}`);
    // Emulating print media fires no beforeprint; printing does, and the day of printing is added.
    await tab.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await source.textContent()).toMatch(new RegExp(`^Nguồn: ${SITE}${path} — Ngày đăng: ${date} — In ngày \\d{2}/\\d{2}/\\d{4}$`));
    mkdirSync(SHOTS, { recursive: true });
    await tab.pdf({ path: `${SHOTS}/article-print.pdf`, format: 'A4' });
    await tab.screenshot({ path: `${SHOTS}/article-print.png`, fullPage: true });
    await tab.close();
  });

  it('writes the public address after links in the content', async () => {
    const tab = await site.browser.newPage();
    await tab.goto(`${site.url}${firstDocument()}`);
    await tab.emulateMedia({ media: 'print' });
    const after = await tab
      .locator('.attachments a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    const href = await tab.locator('.attachments a').first().getAttribute('href');
    expect(after).toBe(`" (${SITE}${href})"`);
    await tab.emulateMedia({ media: 'screen' });
    expect(
      await tab
        .locator('.attachments a')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content),
    ).toBe('none');
    expect(await tab.locator('.print-source').isVisible()).toBe(false);
    await tab.close();
  });

  it('"In" opens the print dialog; without JavaScript it is not shown, and "Lưu" still is', async () => {
    const path = firstArticle();
    const tab = await site.browser.newPage();
    await tab.addInitScript(() => {
      window.print = () => {
        document.documentElement.dataset.printed = 'yes';
      };
    });
    await tab.goto(`${site.url}${path}`);
    await tab.getByRole('button', { name: 'In trang này' }).click();
    expect(await tab.evaluate(() => document.documentElement.dataset.printed)).toBe('yes');
    await tab.close();
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(`${site.url}${path}`);
    expect(await noScript.getByRole('button', { name: 'In trang này' }).count()).toBe(0);
    expect(await noScript.getByRole('link', { name: 'Lưu trang để đọc khi không có mạng' }).isVisible()).toBe(true);
    expect(await noScript.getByRole('group', { name: 'Cỡ chữ' }).count()).toBe(0);
    await context.close();
  });
});

describe('save', () => {
  it('"Lưu" downloads the page as one file that opens from a disk, styled and with its pictures, asking nothing of any host', async () => {
    const withCover = (await corpusEntries('tin-tuc')).find((entry) => entry.front.cover)!;
    const article = `/tin-tuc/${withCover.slug}/`;
    const context = await site.browser.newContext({ acceptDownloads: true });
    const tab = await context.newPage();
    await tab.goto(`${site.url}${article}`);
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('link', { name: 'Lưu trang để đọc khi không có mạng' }).click()]);
    expect(download.suggestedFilename()).toBe(`${withCover.slug}.html`);
    const file = `${SHOTS}/${withCover.slug}.html`;
    mkdirSync(SHOTS, { recursive: true });
    await download.saveAs(file);
    const offline = await context.newPage();
    const requests: string[] = [];
    offline.on('request', (request) => {
      if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) requests.push(request.url());
    });
    await offline.goto(pathToFileURL(file).href);
    expect(await offline.locator('h1').textContent()).toBe(withCover.front.title);
    expect(await offline.locator('.brand').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(11, 74, 139)');
    expect(
      await offline
        .locator('main img')
        .first()
        .evaluate((img) => (img as HTMLImageElement).naturalWidth),
    ).toBeGreaterThan(0);
    expect(await offline.getByRole('note').textContent()).toContain(`của trang ${SITE}${article}.`);
    expect(requests).toEqual([]);
    await context.close();
  });
});

describe('text size', () => {
  it('the A− A A+ group takes its place before its script has run, so the page below it does not shift (Lighthouse counted it on the album)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const tab = await context.newPage();
    let heldBack = 0;
    await tab.route(/TextSizeControl[^/]*\.js$/, (route) => {
      heldBack += 1;
      return route.abort();
    });
    await tab.goto(`${site.url}/`);
    expect(heldBack).toBe(1);
    expect(await tab.getByRole('group', { name: 'Cỡ chữ' }).isVisible()).toBe(true);
    await context.close();
  });

  it('A+ and A− change the root font size, say which is on, and the choice lasts across pages and reloads', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const tab = await context.newPage();
    const rootSize = () => tab.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    const pressed = async () => (await tab.locator('[data-text-size][aria-pressed="true"]').textContent())!.replace(/\s+/g, ' ').trim();
    await tab.goto(`${site.url}/`);
    expect(await rootSize()).toBe('16px');
    expect(await pressed()).toBe('A cỡ chữ vừa');
    await tab.getByRole('button', { name: 'Cỡ chữ lớn' }).click();
    expect(await rootSize()).toBe('20px');
    expect(await pressed()).toBe('A+ cỡ chữ lớn');
    const article = firstArticle();
    await tab.goto(`${site.url}${article}`);
    expect(await rootSize()).toBe('20px');
    expect(await pressed()).toBe('A+ cỡ chữ lớn');
    await tab.reload();
    expect(await rootSize()).toBe('20px');
    await tab.screenshot({ path: `${SHOTS}/article-large-390.png`, fullPage: true });

    const overflowing: string[] = [];
    const violations: string[] = [];
    for (const path of ['/', article, firstDocument(), '/van-ban/', '/lien-he/']) {
      await tab.goto(`${site.url}${path}`);
      violations.push(...(await axeViolations(tab)).map((violation) => `${path} ${violation}`));
      await tab.setViewportSize({ width: 320, height: 640 });
      const { scrollWidth, clientWidth } = await tab.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth) overflowing.push(`${path}: ${scrollWidth} > ${clientWidth}`);
      await tab.setViewportSize({ width: 390, height: 800 });
    }
    expect(violations).toEqual([]);
    expect(overflowing).toEqual([]);

    await tab.getByRole('button', { name: 'Cỡ chữ nhỏ' }).click();
    expect(await rootSize()).toBe('14px');
    violations.length = 0;
    violations.push(...(await axeViolations(tab)));
    expect(violations).toEqual([]);
    await tab.getByRole('button', { name: 'Cỡ chữ vừa' }).click();
    await tab.reload();
    expect(await rootSize()).toBe('16px');
    await context.close();
  });
});

describe('screenshots of an article', () => {
  it.each([390, 1280])('at %i px', async (width) => {
    const tab = await site.browser.newPage({ viewport: { width, height: 900 } });
    await tab.goto(`${site.url}${firstArticle()}`);
    await tab.screenshot({ path: `${SHOTS}/article-${width}.png`, fullPage: true });
    await tab.close();
  });
});
