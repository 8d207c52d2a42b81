import { describe, expect, it } from 'vitest';
import { QUALITY_GATES } from '../../src/lib/quality';
import { page, squash } from '../helpers/built-site';
import { corpusEntries } from '../helpers/corpus';
import { useServedSite } from '../helpers/served-site';

const hrefs = (document: Document, selector: string) => [...document.querySelectorAll(selector)].map((a) => a.getAttribute('href')!);
/** `2025-03-01` → `01/03/2025`, by string (an oracle independent of src/lib/shared/dates). */
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');
/** Today in Sơn La (UTC+7, no daylight saving), as `yyyy-mm-dd`. */
const vietnamToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const metadataRows = (document: Document) =>
  Object.fromEntries(
    [...document.querySelectorAll('table.metadata tr')].map((tr) => [squash(tr.querySelector('th')!.textContent), squash(tr.querySelector('td')!.textContent)]),
  );

describe('documents the law asks for', () => {
  it('a draft shows its comment deadline, how to comment, and whether it is still open on the day of the build (Vietnam time)', async () => {
    const drafts = (await corpusEntries('van-ban')).filter((entry) => entry.front.type === 'Dự thảo lấy ý kiến');
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    const statuses = new Set<string>();
    for (const draft of drafts) {
      const comment = draft.front.comment as { deadline: string; how: string };
      const rows = metadataRows(page(`/van-ban/${draft.slug}/`));
      const expected = vietnamToday() <= comment.deadline ? 'Đang lấy ý kiến' : 'Đã hết hạn lấy ý kiến';
      expect(rows).toMatchObject({ 'Hạn góp ý': ddmmyyyy(comment.deadline), 'Tình trạng lấy ý kiến': expected, 'Cách gửi góp ý': comment.how });
      statuses.add(expected);
    }
    expect([...statuses].sort()).toEqual(['Đang lấy ý kiến', 'Đã hết hạn lấy ý kiến']);
  });

  it('drafts, treaties and agreements, and budget disclosures each have their own list, linked from the document list', async () => {
    const documents = await corpusEntries('van-ban');
    const lists = {
      '/van-ban/danh-muc/du-thao-lay-y-kien/': documents.filter((d) => d.front.type === 'Dự thảo lấy ý kiến'),
      '/van-ban/danh-muc/dieu-uoc-thoa-thuan-quoc-te/': documents.filter((d) => ['Điều ước quốc tế', 'Thỏa thuận quốc tế'].includes(d.front.type as string)),
      '/van-ban/danh-muc/cong-khai-ngan-sach/': documents.filter((d) => d.front.budget === true),
    };
    expect(lists['/van-ban/danh-muc/cong-khai-ngan-sach/'].length).toBeGreaterThan(0);
    for (const [path, expected] of Object.entries(lists)) {
      expect(hrefs(page('/van-ban/'), 'main nav[aria-labelledby="lists-heading"] a')).toContain(path);
      const listed = hrefs(page(path), 'main table.documents tbody td.number a');
      expect(listed.sort(), path).toEqual(expected.map((d) => `/van-ban/${d.slug}/`).sort());
    }
  });

  it('a document carries its field and status as search filters, and the list offers both to narrow by', async () => {
    const doc = (await corpusEntries('van-ban')).find((d) => d.front.status === 'Còn hiệu lực')!;
    const filters = [...page(`/van-ban/${doc.slug}/`).querySelectorAll('[data-pagefind-filter]')].map((el) => el.getAttribute('data-pagefind-filter'));
    expect(filters).toEqual(expect.arrayContaining([`field:${doc.front.field}`, 'status:Còn hiệu lực']));
    const selects = [...page('/van-ban/').querySelectorAll('main form select')].map((select) => select.getAttribute('name'));
    expect(selects).toEqual(['year', 'type', 'issuer', 'field', 'status']);
    const statuses = [...page('/van-ban/').querySelectorAll('main select[name="status"] option')].map((o) => o.getAttribute('value'));
    expect(statuses).toEqual(expect.arrayContaining(['Còn hiệu lực', 'Đang lấy ý kiến', 'Đã hết hạn lấy ý kiến']));
  });
});

describe('"Trang này có hữu ích không?"', () => {
  it('is on every content page, with the national feedback system linked, and not on the home page', async () => {
    const article = (await corpusEntries('tin-tuc'))[0]!;
    for (const path of [`/tin-tuc/${article.slug}/`, '/gioi-thieu/qua-trinh-xay-dung-va-phat-trien/', '/lien-he/', '/en/lien-he/', '/kha-nang-tiep-can/']) {
      const block = page(path).querySelector('main .page-feedback');
      expect(block, path).not.toBeNull();
      expect(hrefs(block as unknown as Document, 'a[href^="https://dichvucong.gov.vn/"]'), path).toHaveLength(1);
    }
    expect(page('/').querySelector('.page-feedback')).toBeNull();
  });

  it('without an e-mail address in site.yaml, says so instead of offering a mail that cannot be sent', () => {
    const block = page('/lien-he/').querySelector('main .page-feedback')!;
    expect(block.querySelector('a[href^="mailto:"]')).toBeNull();
    expect(squash(block.querySelector('[data-feedback-no-email]')!.textContent)).toContain('chưa công bố địa chỉ thư điện tử');
  });
});

describe('pages every public site owes its visitors', () => {
  it('the footer leads to the HTML site map, the accessibility statement and the privacy notice, not to raw XML', () => {
    for (const path of ['/', '/tin-tuc/']) {
      const footer = hrefs(page(path), 'footer a');
      expect(footer).toEqual(expect.arrayContaining(['/so-do-trang/', '/kha-nang-tiep-can/', '/quyen-rieng-tu/', '/van-ban/danh-muc/du-thao-lay-y-kien/']));
      expect(footer).not.toContain('/sitemap-index.xml');
    }
    expect(hrefs(page('/en/'), 'footer a')).toContain('/en/so-do-trang/');
  });

  it('the site map lists every menu section, introduction page, news category, document list and year', async () => {
    const map = hrefs(page('/so-do-trang/'), 'main nav a');
    expect(map).toEqual(expect.arrayContaining(hrefs(page('/'), 'header nav a')));
    expect(map).toEqual(expect.arrayContaining(hrefs(page('/gioi-thieu/'), 'main a[href^="/gioi-thieu/"]')));
    expect(map).toEqual(expect.arrayContaining(hrefs(page('/van-ban/'), 'main nav a')));
    expect(map).toContain('/tin-tuc/chuyen-muc/hop-tac-quoc-te/');
    const english = hrefs(page('/en/so-do-trang/'), 'main nav a');
    expect(english).toEqual(expect.arrayContaining(hrefs(page('/en/'), 'header nav a')));
    expect(page('/en/so-do-trang/').documentElement.getAttribute('lang')).toBe('en');
  });

  it('the accessibility statement names the standard, every automated check the tests run, the known gaps and how to report', () => {
    const statement = page('/kha-nang-tiep-can/');
    const text = squash(statement.querySelector('main')!.textContent);
    expect(text).toContain('WCAG 2.1 mức AA');
    const checks = [...statement.querySelectorAll('main table tbody tr td:first-child')].map((td) => squash(td.textContent));
    expect(checks).toEqual(QUALITY_GATES.map((gate) => gate.check));
    expect(text).toContain('Những hạn chế đã biết');
    expect(statement.querySelector('main a[href^="tel:"]')).not.toBeNull();
  });

  it('the privacy notice cites Nghị định 13/2023 and says no cookies, host logs and page-view counts only, text size kept on the device', () => {
    const text = squash(page('/quyen-rieng-tu/').querySelector('main')!.textContent);
    for (const phrase of ['Nghị định 13/2023/NĐ-CP', 'không dùng cookie', 'Nhật ký của máy chủ', 'Số lượt xem trang', 'localStorage']) {
      expect(text).toContain(phrase);
    }
    // The test corpus loads no EMC script, so the notice does not claim one.
    expect(text).not.toContain('EMC');
  });

  it('news corrected after publication show "Cập nhật lần cuối" with the day', async () => {
    const updated = (await corpusEntries('tin-tuc')).filter((entry) => entry.front.updated);
    expect(updated.length).toBeGreaterThan(0);
    for (const entry of updated) {
      const meta = squash(page(`/tin-tuc/${entry.slug}/`).querySelector('main article header .meta:not(:first-child)')!.textContent);
      expect(meta).toContain(`Cập nhật lần cuối: ${ddmmyyyy(String(entry.front.updated))}`);
    }
  });
});

describe('an official look and a home page with a purpose', () => {
  it('the header names the site as "Trang thông tin điện tử" of the department, beside its drawn mark', () => {
    const brand = page('/').querySelector('header .brand-link')!;
    expect(brand.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(squash(brand.textContent)).toBe('Ủy ban nhân dân tỉnh Sơn La Sở Ngoại vụ tỉnh Sơn La Trang thông tin điện tử — Trang chủ');
  });

  it('the featured slot holds the newest article staff marked featured', async () => {
    const featured = (await corpusEntries('tin-tuc'))
      .filter((entry) => entry.front.featured === true)
      .sort((a, b) => String(b.front.date).localeCompare(String(a.front.date)))[0]!;
    expect(hrefs(page('/'), 'main .featured a')).toEqual([`/tin-tuc/${featured.slug}/`]);
    expect(hrefs(page('/'), '#latest-news ~ * a')).not.toContain(`/tin-tuc/${featured.slug}/`);
  });

  it('shows each kind of content once: the sidebar leaves out the documents, albums and videos of the main column', () => {
    const home = page('/');
    expect(home.querySelector('main #new-documents')).not.toBeNull();
    for (const id of ['widget-new-documents', 'widget-albums', 'widget-videos']) expect(home.querySelector(`aside #${id}`), id).toBeNull();
    // Other pages keep the whole sidebar.
    expect(page('/tin-tuc/').querySelector('aside #widget-new-documents')).not.toBeNull();
  });

  it('puts what a visitor can use first: introduction, documents, hotline, contact', () => {
    expect(hrefs(page('/'), 'main .essentials a')).toEqual(expect.arrayContaining(['/gioi-thieu/', '/van-ban/', 'tel:+842123850384', '/lien-he/']));
  });
});

describe('the contact page', () => {
  it('gives opening hours and the reception phone as "đang cập nhật" until they are confirmed, in both languages, and no map without an address', () => {
    const rows = (path: string) => {
      const dl = page(path).querySelector('main .contact dl')!;
      return Object.fromEntries([...dl.querySelectorAll('dt')].map((dt) => [squash(dt.textContent), squash(dt.nextElementSibling!.textContent)]));
    };
    expect(rows('/lien-he/')).toMatchObject({ 'Địa chỉ': 'đang cập nhật', 'Giờ làm việc': 'đang cập nhật', 'Điện thoại bộ phận tiếp nhận': 'đang cập nhật' });
    expect(rows('/en/lien-he/')).toMatchObject({ Address: 'to be updated', 'Opening hours': 'to be updated', 'Reception telephone': 'to be updated' });
    expect(page('/lien-he/').querySelector('main .contact a[href*="openstreetmap"]')).toBeNull();
  });
});

describe('in Chromium at 390 px', () => {
  const site = useServedSite();

  it('a leader without a portrait gets a small placeholder, not a silhouette the height of the screen', async () => {
    const tab = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    // The generated leaders all have portraits; the English profile of the real director has none.
    await tab.goto(`${site.url}/en/gioi-thieu/lanh-dao/`);
    const box = await tab.locator('main .no-photo').first().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.height).toBeLessThanOrEqual(200);
    await tab.close();
  });
});
