import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { glob } from 'tinyglobby';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build/build-site';
import { writeTree } from '../helpers/content-tree';
import { SETTINGS_TREE } from '../helpers/settings-tree';
import { squash } from '../helpers/built-site';

/** The fixture built once as it is (A), then again after staff edit its settings (B). */
const contentDir = writeTree(SETTINGS_TREE);
const shown = relative(process.cwd(), contentDir);
const OUT_A = '.tmp/settings-a';
const OUT_B = '.tmp/settings-b';
let outputA = '';

const read = (out: string, path: string) => parseHTML(readFileSync(join(out, path, 'index.html'), 'utf8')).document;
// The web editor (/admin/) is Sveltia CMS's page, without the site's header.
const pagesOf = async (out: string) => (await glob('**/index.html', { cwd: out, ignore: ['admin/**'] })).sort();

beforeAll(async () => {
  ({ output: outputA } = await buildSite({ contentDir, outDir: OUT_A, cold: true }));
  const site = join(contentDir, 'cai-dat/site.yaml');
  writeFileSync(site, readFileSync(site, 'utf8').replace('022 3850 384', '0212 3850 999'));
  writeFileSync(
    join(contentDir, 'cai-dat/thong-ke.yaml'),
    'legacyTotal: 96317\nlegacySource: Bộ đếm trang cũ\nemc:\n  enabled: true\n  siteId: so-ngoai-vu-son-la\n',
  );
  await buildSite({ contentDir, outDir: OUT_B });
});

describe('settings from content/cai-dat feed every page', () => {
  it('the build prints a warning naming file, line and field for an old area code and an http link, and goes on', () => {
    expect(outputA).toContain(
      `${shown}/cai-dat/site.yaml:9 — trường "hotlines (mục thứ 1).number": nhận được "022 3850 384"; cần viết "0212 3850 384": từ năm 2017 mã vùng Sơn La đổi từ 022 thành 0212 (trang đã hiện số mới).`,
    );
    expect(outputA).toContain(`${shown}/cai-dat/lien-ket.yaml:11 — trường "groups (mục thứ 2).links (mục thứ 1).url": nhận được "http://sonla.gov.vn/"`);
  });

  it('every page shows the hotline converted, grouped and linked in E.164, and the contacts in the footer', async () => {
    const pages = await pagesOf(OUT_A);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const document = parseHTML(readFileSync(join(OUT_A, page), 'utf8')).document;
      const hotlines = [...document.querySelectorAll('header a[href^="tel:"]')].map((a) => [a.getAttribute('href'), squash(a.textContent)]);
      // English pages use each hotline's labelEn, which this site.yaml leaves out: "Hotline".
      const english = page.startsWith('en/');
      expect(hotlines, page).toEqual([
        ['tel:+842123850384', `${english ? 'Hotline' : 'Đường dây nóng'}: 0212 3850 384`],
        ['tel:+84912345678', `${english ? 'Hotline' : 'Hỗ trợ công dân'}: 0912 345 678`],
      ]);
      const footer = document.querySelector('footer')!;
      expect(footer.querySelector('a[href="tel:+842123850100;ext=12"]')?.textContent, page).toBe('0212 3850 100 máy lẻ 12');
      expect(squash(footer.textContent), page).toContain('Fax: 0212 3850 101');
    }
  });

  it('after a number is changed in site.yaml, every page of the next build shows the new one and none the old', async () => {
    const pages = await pagesOf(OUT_B);
    expect(pages).toEqual(await pagesOf(OUT_A));
    for (const page of pages) {
      const html = readFileSync(join(OUT_B, page), 'utf8');
      expect(html, page).toContain('href="tel:+842123850999"');
      expect(html, page).toContain('0212 3850 999');
      expect(html, page).not.toContain('3850 384');
    }
  });

  it('the contact page lists the contacts and the website links by group', () => {
    const contact = read(OUT_A, 'lien-he');
    expect(contact.querySelector('main [itemprop="faxNumber"]')?.textContent).toBe('0212 3850 101');
    expect(contact.querySelector('main [itemprop="telephone"]')?.getAttribute('href')).toBe('tel:+842123850100;ext=12');
    const section = contact.querySelector('main section[aria-labelledby="contact-links"]')!;
    expect([...section.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Trung ương', 'Tỉnh Sơn La']);
    expect(section.querySelectorAll('a[href^="http"]')).toHaveLength(3);
  });

  it('the contact page gives the opening hours, the reception phone and a plain link to a public map at the address', () => {
    const contact = read(OUT_A, 'lien-he');
    const text = squash(contact.querySelector('main .contact')!.textContent);
    expect(text).toContain('Giờ làm việc Sáng 7:00–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu');
    expect(contact.querySelector('main .contact a[href="tel:+842123850102"]')?.textContent).toBe('0212 3850 102');
    const map = new URL(contact.querySelector('main .contact a[rel="external"]')!.getAttribute('href')!);
    expect(map.origin).toBe('https://www.openstreetmap.org');
    expect(map.searchParams.get('query')).toBe('Số 1 đường Ví Dụ, phường Mẫu, tỉnh Sơn La');
    // Nothing of the map is embedded: no frame on the page.
    expect(contact.querySelector('iframe')).toBeNull();
  });

  it('"Trang này có hữu ích không?" opens a mail to the address in site.yaml with the page\'s title and address filled in', () => {
    const links = [...read(OUT_A, 'lien-he').querySelectorAll('main .page-feedback a[href^="mailto:"]')].map((a) => new URL(a.getAttribute('href')!));
    expect(links.map((url) => url.pathname)).toEqual(['vanthu@example.vn', 'vanthu@example.vn']);
    expect(links[0]!.searchParams.get('subject')).toBe('Góp ý trang: Liên hệ');
    expect(links[0]!.searchParams.get('body')).toContain('/lien-he/\r\nTrang này có hữu ích không: Có');
    expect(links[1]!.searchParams.get('body')).toContain('Trang này có hữu ích không: Không');
  });

  it('the privacy notice names the EMC script only in the build that loads it', () => {
    const privacy = (out: string) => squash(read(out, 'quyen-rieng-tu').querySelector('main')!.textContent);
    expect(privacy(OUT_A)).not.toContain('EMC');
    expect(privacy(OUT_B)).toContain('Mã theo dõi EMC');
  });
});

describe('the widgets fed by the exported page views', () => {
  it('"Tin xem nhiều" ranks existing news over the 30 days up to the last day of the data', () => {
    const widget = read(OUT_A, '').querySelector('#widget-most-read')!.parentElement!;
    expect(widget.querySelector('time')?.getAttribute('datetime')).toBe('2025-03-31');
    expect(squash(widget.querySelector('time')?.textContent)).toBe('30 ngày đến 31/03/2025');
    const items = [...widget.querySelectorAll('ol li')].map((li) => [
      li.querySelector('a')!.getAttribute('href'),
      li.querySelector('a')!.textContent,
      li.querySelector('data')!.getAttribute('value'),
    ]);
    // hop-bao's 900 views are on 01/03, 30 days back: outside; bai-da-xoa no longer exists.
    expect(items).toEqual([
      ['/tin-tuc/doan-cong-tac-lao/', 'Đoàn công tác tỉnh Luang Prabang thăm Sơn La', '65'],
      ['/tin-tuc/hoi-nghi-hop-tac/', 'Hội nghị hợp tác quốc tế năm 2025', '30'],
    ]);
  });

  it('"Thống kê" shows today, yesterday, this month and the total carried forward, dated', () => {
    const widget = read(OUT_A, 'tin-tuc').querySelector('#widget-stats')!.parentElement!;
    expect(widget.querySelector('time')?.getAttribute('datetime')).toBe('2025-03-31');
    expect(squash(widget.querySelector('time')?.parentElement?.textContent)).toBe('Số liệu đến ngày 31/03/2025');
    const rows = [...widget.querySelectorAll('dl.counts > div:not([hidden])')].map((row) => [
      row.querySelector('dt')!.textContent,
      row.querySelector('data')!.getAttribute('value'),
      row.querySelector('data')!.textContent,
    ]);
    expect(rows).toEqual([
      ['Hôm nay', '773', '773'],
      ['Hôm qua', '132', '132'],
      ['Tháng này', '1845', '1.845'],
      ['Tổng cộng', '98162', '98.162'],
    ]);
  });
});

/** Scripts that run; JSON-LD blocks are data, which no Content Security Policy governs. */
const runnable = (document: Document) => [...document.querySelectorAll('script:not([type="application/ld+json"])')];
/** The text-size control's bundled script, on every page. */
const TEXT_SIZE_SCRIPT = expect.stringMatching(/^\/_astro\/TextSizeControl\.[^/]+\.js$/);

describe('third-party scripts only when the settings switch them on', () => {
  it('an online counter: a hidden row and one bundled script file, nothing inline', () => {
    const home = read(OUT_A, '');
    expect(home.querySelector('[data-online-url="https://thongke.sonla.gov.vn/api/online"][data-online-field="visitors"][hidden]')).not.toBeNull();
    const scripts = runnable(home);
    expect(scripts.map((s) => s.getAttribute('src'))).toEqual([TEXT_SIZE_SCRIPT, expect.stringMatching(/^\/_astro\/OnlineCount\.[^/]+\.js$/)]);
    expect(scripts.every((s) => s.textContent === '')).toBe(true);
  });

  it('EMC on and no counter: the EMC script with the site id, and no counter script', () => {
    const home = read(OUT_B, '');
    expect(home.querySelector('[data-online-url]')).toBeNull();
    expect(runnable(home).map((s) => s.getAttribute('src'))).toEqual(['https://emc.gov.vn/emc.js?siteId=so-ngoai-vu-son-la', TEXT_SIZE_SCRIPT]);
    expect(read(OUT_A, '').querySelector('script[src*="emc"]')).toBeNull();
  });
});

describe('a bad setting stops the build', () => {
  it('an invalid number and a malformed page-view row: exit non-zero, each named with file, line and field, in Vietnamese', async () => {
    const dir = writeTree({
      ...SETTINGS_TREE,
      'cai-dat/site.yaml': SETTINGS_TREE['cai-dat/site.yaml']!.replace('022 3850 384', '0217 3850 384'),
      'cai-dat/thong-ke/2025-04.csv': 'date,path,views\n2025-04-01,/,12\n2025-04-02,/,mười\n',
    });
    const error = await buildSite({ contentDir: dir, outDir: join(dir, 'dist') }).then(
      () => undefined,
      (e: Error & { output: string }) => e,
    );
    expect(error?.message).toMatch(/astro build failed \(exit [1-9]/);
    const where = relative(process.cwd(), dir);
    expect(error?.output).toContain('Nội dung có 2 lỗi, cần sửa trước khi xuất bản');
    expect(error?.output).toContain(
      `${where}/cai-dat/site.yaml:9 — trường "hotlines (mục thứ 1).number": nhận được "0217 3850 384"; cần một mã vùng có thật: 0217 không phải mã vùng của tỉnh, thành phố nào (mã vùng Sơn La là 0212).`,
    );
    expect(error?.output).toContain(
      `${where}/cai-dat/thong-ke/2025-04.csv:3 — trường "views": nhận được "mười"; cần một số nguyên không âm, viết liền không dấu chấm hay dấu phẩy (ví dụ 1234).`,
    );
  });
});
