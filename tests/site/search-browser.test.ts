import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();

/** Waits until the search page has said what it found. */
async function settled(tab: Page): Promise<string> {
  const status = tab.locator('[data-search-status]');
  await status.filter({ hasText: /kết quả/ }).waitFor();
  return (await status.textContent())!;
}

async function resultLinks(tab: Page): Promise<string[]> {
  return tab.locator('[data-search-results] h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('the search page in Chromium', () => {
  it('searches from the header box of any page, keeps the query in the URL, and announces the count', async () => {
    const tab = await site.browser.newPage();
    const pagefindRequests: string[] = [];
    tab.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
    });
    await tab.goto(`${site.url}/`);
    expect(pagefindRequests).toEqual([]);
    await tab.getByRole('searchbox', { name: 'Tìm kiếm trên trang' }).fill('duong day nong');
    await tab.keyboard.press('Enter');
    await tab.waitForURL(/\/tim-kiem\/\?q=duong\+day\+nong$/);
    expect(await settled(tab)).toMatch(/^Tìm thấy \d+ kết quả cho “duong day nong”\.$/);
    expect((await resultLinks(tab)).slice(0, 3)).toContain('/lien-he/');
    expect(await tab.locator('[data-search-results] mark').first().textContent()).toMatch(/^(Đường|dây|nóng)/);
    expect(pagefindRequests.length).toBeGreaterThan(0);
    await tab.close();
  });

  it('downloads nothing of search on the search page until there is a query', async () => {
    const tab = await site.browser.newPage();
    const pagefindRequests: string[] = [];
    tab.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
    });
    await tab.goto(`${site.url}/tim-kiem/`);
    await tab.waitForLoadState('networkidle');
    expect(pagefindRequests).toEqual([]);
    await tab.getByLabel('Tìm kiếm trên trang').fill('02/2015/TTLT-BNG-BNV');
    await tab.getByRole('button', { name: 'Tìm', exact: true }).click();
    await settled(tab);
    expect((await resultLinks(tab))[0]).toBe('/van-ban/thong-tu-lien-tich-02-2015-ttlt-bng-bnv/');
    await tab.close();
  });

  it('filters with counts by keyboard, puts filters in the URL, and Back undoes them', async () => {
    const tab = await site.browser.newPage();
    await tab.goto(`${site.url}/tim-kiem/?q=so+ngoai+vu`);
    const before = await settled(tab);
    const documents = tab.getByRole('group', { name: 'Loại nội dung' }).getByRole('checkbox', { name: /^Văn bản \(\d+\)$/ });
    await documents.focus();
    await tab.keyboard.press('Space');
    await tab.waitForURL(/kind=V%C4%83n\+b%E1%BA%A3n/);
    await settled(tab);
    const kinds = await tab.locator('[data-search-results] .meta').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind.startsWith('Văn bản')).toBe(true);
    await expect(tab.getByRole('group', { name: 'Năm ban hành' }).isVisible()).resolves.toBe(true);
    expect(await axeViolations(tab)).toEqual([]);
    await tab.goBack();
    await tab.waitForURL(/\?q=so\+ngoai\+vu$/);
    expect(await settled(tab)).toBe(before);
    await tab.setViewportSize({ width: 390, height: 800 });
    expect(await axeViolations(tab)).toEqual([]);
    await tab.close();
  });

  it('narrows the document list by year and type without typing', async () => {
    const tab = await site.browser.newPage();
    await tab.goto(`${site.url}/van-ban/`);
    const form = tab.getByRole('group', { name: 'Lọc văn bản theo năm, loại, cơ quan ban hành, lĩnh vực và tình trạng' });
    await form.getByLabel('Năm ban hành').selectOption('2015');
    await form.getByLabel('Loại văn bản').selectOption('Thông tư liên tịch');
    await form.getByRole('button', { name: 'Lọc' }).click();
    await tab.waitForURL(/\/tim-kiem\/\?/);
    await settled(tab);
    expect(await resultLinks(tab)).toEqual(['/van-ban/thong-tu-lien-tich-02-2015-ttlt-bng-bnv/']);
    await tab.close();
  });

  it('without JavaScript, says search needs it and links the document list and the sitemap; years still narrow documents', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${site.url}/tim-kiem/?q=abc`);
    await expect(tab.getByText('Tìm kiếm trên trang cần JavaScript').isVisible()).resolves.toBe(true);
    expect(await tab.getByRole('link', { name: 'danh sách văn bản', exact: true }).getAttribute('href')).toBe('/van-ban/');
    expect(await tab.getByRole('link', { name: 'sơ đồ trang', exact: true }).getAttribute('href')).toBe('/so-do-trang/');
    await tab.goto(`${site.url}/van-ban/`);
    await expect(tab.getByRole('group', { name: /Lọc văn bản/ }).isVisible()).resolves.toBe(false);
    await tab.getByRole('link', { name: /^2015 \(\d+\)$/ }).click();
    expect(new URL(tab.url()).pathname).toBe('/van-ban/nam/2015/');
    await tab.locator('main tbody td.date time').first().waitFor();
    const years = await tab.locator('main tbody td.date time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!.slice(0, 4)));
    expect(new Set(years)).toEqual(new Set(['2015']));
    await context.close();
  });

  it('sorts newest first from a choice kept in the URL, and shows date, kind, number and status', async () => {
    const tab = await site.browser.newPage();
    await tab.goto(`${site.url}/tim-kiem/?q=quyet+dinh`);
    await settled(tab);
    await tab.getByLabel('Sắp xếp').selectOption({ label: 'Mới nhất' });
    await tab.waitForURL(/sap-xep=moi-nhat/);
    await settled(tab);
    const facts = await tab.locator('[data-search-results] .meta').allTextContents();
    const days = facts.map((text) => /\d\d\/\d\d\/\d{4}/.exec(text)![0].split('/').reverse().join('-'));
    expect(days).toEqual([...days].sort().reverse());
    expect(facts.some((text) => /^Văn bản · \d\d\/\d\d\/\d{4} · Số \S+ · (Còn|Hết) hiệu lực/.test(text))).toBe(true);
    await tab.goto(`${site.url}/tim-kiem/?q=quyet+dinh&sap-xep=moi-nhat`);
    await settled(tab);
    expect(await tab.getByLabel('Sắp xếp').inputValue()).toBe('moi-nhat');
    await tab.close();
  });

  it('offers a close spelling when nothing matches', async () => {
    const tab = await site.browser.newPage();
    await tab.goto(`${site.url}/tim-kiem/?q=hua+phn`);
    expect(await settled(tab)).toBe('Không tìm thấy kết quả nào cho “hua phn”.');
    const suggestion = tab.getByRole('link', { name: 'hua phăn' });
    await suggestion.click();
    await tab.waitForURL(/q=hua\+ph%C4%83n/);
    expect(await settled(tab)).toMatch(/^Tìm thấy \d+ kết quả/);
    expect(await axeViolations(tab)).toEqual([]);
    await tab.close();
  });
});
