import { describe, expect, it } from 'vitest';
import { samplePages, useServedSite } from '../helpers/served-site';

const site = useServedSite();

describe('in Chromium', () => {
  it('no page type scrolls sideways at 320 px, the narrowest phone the layout supports', async () => {
    const paths = samplePages();
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const tab = await context.newPage();
    const overflowing: string[] = [];
    for (const path of paths) {
      await tab.goto(`${site.url}${path}`);
      const { scrollWidth, clientWidth } = await tab.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth) overflowing.push(`${path}: ${scrollWidth} > ${clientWidth}`);
    }
    await context.close();
    expect(overflowing).toEqual([]);
  });

  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const tab = await site.browser.newPage();
    await tab.goto(`${site.url}/tin-tuc/`);
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    expect(await tab.evaluate(() => getComputedStyle(document.activeElement!).top)).not.toBe('-64px');
    await tab.keyboard.press('Enter');
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('main');
    await tab.close();
  });

  it('the header works from the keyboard alone: skip link, language switch, hotline, text size, home link, search box, then every menu link, each with a visible focus ring', async () => {
    const tab = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.goto(`${site.url}/van-ban/`);
    const reached: string[] = [];
    for (let step = 0; step < 19; step++) {
      await tab.keyboard.press('Tab');
      reached.push(
        await tab.evaluate(() => {
          const focused = document.activeElement as HTMLElement;
          const style = getComputedStyle(focused);
          const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          return `${focused.getAttribute('aria-label') ?? focused.getAttribute('placeholder') ?? focused.textContent!.replace(/\s+/g, ' ').trim()}${ring ? '' : ' (no focus ring)'}`;
        }),
      );
    }
    expect(reached).toEqual([
      'Bỏ qua, đến nội dung chính',
      'English',
      'Đường dây nóng: 0212 3850 384',
      'A− cỡ chữ nhỏ',
      'A cỡ chữ vừa',
      'A+ cỡ chữ lớn',
      'Ủy ban nhân dân tỉnh Sơn La Sở Ngoại vụ tỉnh Sơn La Trang thông tin điện tử — Trang chủ',
      'Tìm tin, văn bản…',
      'Tìm',
      'Trang chủ',
      'Giới thiệu',
      'Tin tức',
      'Văn bản',
      'Thủ tục hành chính',
      'Hỏi đáp',
      'Lịch công tác',
      'Album ảnh',
      'Video',
      'Liên hệ',
    ]);
    await tab.keyboard.press('Shift+Tab');
    await tab.keyboard.press('Enter');
    await tab.waitForURL(`${site.url}/video/`);
    await tab.close();
  });

  it('the main menu is usable on a phone with JavaScript turned off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const tab = await context.newPage();
    await tab.goto(`${site.url}/`);
    const menu = tab.getByRole('navigation', { name: 'Danh mục chính' });
    for (const name of ['Trang chủ', 'Giới thiệu', 'Tin tức', 'Văn bản', 'Thủ tục hành chính', 'Hỏi đáp', 'Lịch công tác', 'Album ảnh', 'Video', 'Liên hệ']) {
      await expect(menu.getByRole('link', { name, exact: true }).isVisible()).resolves.toBe(true);
    }
    await menu.getByRole('link', { name: 'Văn bản', exact: true }).click();
    expect(new URL(tab.url()).pathname).toBe('/van-ban/');
    await context.close();
  });

  it('the Vietnamese font is served from the site itself', async () => {
    const tab = await site.browser.newPage();
    const fontRequests: string[] = [];
    tab.on('request', (request) => {
      if (request.resourceType() === 'font') fontRequests.push(request.url());
    });
    await tab.goto(`${site.url}/gioi-thieu/qua-trinh-xay-dung-va-phat-trien/`);
    await tab.evaluate(() => document.fonts.ready);
    const loaded = await tab.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Đường dây nóng Sở Ngoại vụ'));
    await tab.close();
    expect(loaded).toBe(true);
    expect(fontRequests.length).toBeGreaterThan(0);
    expect(fontRequests.every((url) => url.startsWith(site.url))).toBe(true);
  });
});
