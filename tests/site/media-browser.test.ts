import { describe, expect, it } from 'vitest';
import { page } from '../helpers/built-site';
import { LARGE_ALBUM, LARGE_ALBUM_PHOTOS } from '../helpers/media-fixtures';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();
const ALBUM = `/album-anh/${LARGE_ALBUM}/`;

describe('the album viewer in Chromium', () => {
  it('opens as a dialog from the keyboard, moves with the arrows, closes with Escape and gives focus back', async () => {
    const tab = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.goto(`${site.url}${ALBUM}`);
    const thumbnails = tab.locator('[data-album] a');
    await thumbnails.nth(0).focus();
    await tab.keyboard.press('Enter');
    const dialog = tab.getByRole('dialog');
    await expect(dialog.isVisible()).resolves.toBe(true);
    expect(await dialog.getByRole('heading').textContent()).toBe(`Ảnh 1 / ${LARGE_ALBUM_PHOTOS}`);
    expect(await dialog.locator('img').getAttribute('alt')).toBe('Ảnh số 1 của buổi lễ');
    expect(await dialog.locator('figcaption').textContent()).toBe('Khoảnh khắc thứ 1');
    await tab.keyboard.press('ArrowRight');
    await tab.keyboard.press('ArrowRight');
    expect(await dialog.getByRole('heading').textContent()).toBe(`Ảnh 3 / ${LARGE_ALBUM_PHOTOS}`);
    await tab.keyboard.press('ArrowLeft');
    await tab.keyboard.press('ArrowLeft');
    await tab.keyboard.press('ArrowLeft');
    expect(await dialog.getByRole('heading').textContent()).toBe(`Ảnh ${LARGE_ALBUM_PHOTOS} / ${LARGE_ALBUM_PHOTOS}`);
    await tab.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    // The browser first gives focus back to the thumbnail that opened the dialog; the viewer's close handler then moves it.
    const last = await thumbnails.nth(LARGE_ALBUM_PHOTOS - 1).getAttribute('href');
    await expect.poll(() => tab.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(last);
    await tab.close();
  });

  it('follows a swipe on a touch screen', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const tab = await context.newPage();
    await tab.goto(`${site.url}${ALBUM}`);
    await tab.locator('[data-album] a').first().click();
    const area = tab.getByRole('dialog').locator('figure');
    // A finger moving 240 px to the left across the photo.
    await area.dispatchEvent('pointerdown', { clientX: 300, clientY: 400, pointerType: 'touch' });
    await area.dispatchEvent('pointerup', { clientX: 60, clientY: 400, pointerType: 'touch' });
    expect(await tab.getByRole('dialog').getByRole('heading').textContent()).toBe(`Ảnh 2 / ${LARGE_ALBUM_PHOTOS}`);
    await context.close();
  });

  it('without JavaScript, a thumbnail is a link to the large JPEG', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${site.url}${ALBUM}`);
    await Promise.all([tab.waitForURL(/\/_astro\//), tab.locator('[data-album] a').first().click()]);
    expect(tab.url()).toMatch(/\/_astro\/anh-001\.[^/]+\.jpe?g$/);
    await context.close();
  });

  it(`downloads only the photos in view of a ${LARGE_ALBUM_PHOTOS}-photo album on a phone`, async () => {
    const tab = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    const images = new Set<string>();
    tab.on('request', (request) => {
      if (request.resourceType() === 'image' && request.url().includes('/_astro/anh-')) images.add(request.url());
    });
    await tab.goto(`${site.url}${ALBUM}`);
    await tab.waitForLoadState('networkidle');
    expect(images.size).toBeGreaterThan(0);
    expect(images.size).toBeLessThanOrEqual(6);
    await tab.close();
  });
});

describe('a YouTube clip in Chromium', () => {
  it('creates the youtube-nocookie player only when the visitor asks for it', async () => {
    const [first] = page('/video/').querySelectorAll('main .title a');
    const tab = await site.browser.newPage();
    const thirdParty: string[] = [];
    await tab.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
      thirdParty.push(route.request().url());
      return route.abort();
    });
    await tab.goto(`${site.url}${first!.getAttribute('href')}`);
    await tab.waitForLoadState('networkidle');
    expect(thirdParty).toEqual([]);
    expect(await tab.locator('iframe').count()).toBe(0);
    await tab.getByRole('link', { name: /Phát video/ }).focus();
    await tab.keyboard.press('Enter');
    const frame = tab.locator('iframe');
    expect(await frame.getAttribute('src')).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{11}\?autoplay=1/);
    expect(await frame.getAttribute('title')).toBe(first!.textContent);
    await expect.poll(() => thirdParty.length).toBeGreaterThan(0);
    expect(thirdParty.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    await tab.close();
  });
});
