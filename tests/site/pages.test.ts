import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { glob } from 'tinyglobby';
import { redirectPageFiles } from '../../src/lib/publish';
import { beforeAll, describe, expect, it } from 'vitest';
import { editorPolicy } from '../../src/lib/security/csp';
import { TEST_CONTENT, TEST_DIST, fileOf, page, sitemapPaths, visibleText } from '../helpers/built-site';
import { corpusEntries } from '../helpers/corpus';

const entries = corpusEntries;

/** `2025-03-01` → `01/03/2025`, by string (an oracle independent of src/lib/shared/dates). */
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

let htmlFiles: string[] = [];
beforeAll(async () => {
  // The web editor (/admin/) is Sveltia CMS's own page, not a page of the site (see its test below);
  // the pages left at old addresses only send the visitor on (tests/site/nginx.test.ts).
  const redirectPages = redirectPageFiles(readFileSync(fileOf('/_redirects'), 'utf8'));
  htmlFiles = (await glob('**/*.html', { cwd: TEST_DIST, ignore: ['admin/**', ...redirectPages] })).sort();
});

describe('every page type is built', () => {
  it('has the fixed pages and one page per entry', async () => {
    const news = await entries('tin-tuc');
    const documents = await entries('van-ban');
    const albums = await entries('album-anh', '*/index.md');
    const videos = await entries('video');
    expect(news.length).toBeGreaterThan(12);
    const expected = [
      '/',
      '/gioi-thieu/',
      '/gioi-thieu/qua-trinh-xay-dung-va-phat-trien/',
      '/gioi-thieu/lanh-dao/',
      '/tin-tuc/',
      '/tin-tuc/trang/2/',
      '/tin-tuc/chuyen-muc/hop-tac-quoc-te/',
      '/van-ban/',
      '/album-anh/',
      '/video/',
      '/lien-he/',
      '/404.html',
      '/rss.xml',
      '/sitemap-index.xml',
      '/robots.txt',
      ...news.map((e) => `/tin-tuc/${e.slug}/`),
      ...documents.map((e) => `/van-ban/${e.slug}/`),
      ...albums.map((e) => `/album-anh/${e.slug}/`),
      ...videos.map((e) => `/video/${e.slug}/`),
    ];
    const missing = expected.filter((path) => !existsSync(fileOf(path)));
    expect(missing).toEqual([]);
  });
});

describe('links', () => {
  it('every internal href, src and srcset of every page resolves to a file in the build', () => {
    const broken: string[] = [];
    for (const file of htmlFiles) {
      const { document } = parseHTML(readFileSync(join(TEST_DIST, file), 'utf8'));
      const urls = [
        ...[...document.querySelectorAll('[href]')].map((el) => el.getAttribute('href')!),
        ...[...document.querySelectorAll('[src]')].map((el) => el.getAttribute('src')!),
        ...[...document.querySelectorAll('[srcset]')].flatMap((el) =>
          el
            .getAttribute('srcset')!
            .split(',')
            .map((part) => part.trim().split(/\s+/)[0]!),
        ),
      ];
      for (const url of urls) {
        if (!url.startsWith('/') || url.startsWith('//')) continue;
        if (!existsSync(fileOf(url))) broken.push(`${file} → ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links between content files become page URLs (src/lib/markdown/remark-internal-links.ts)', async () => {
    const documents = (await entries('van-ban')).filter((e) => readFileSync(e.path, 'utf8').includes('](./'));
    expect(documents.length).toBeGreaterThan(0);
    for (const { slug } of documents) {
      const hrefs = [...page(`/van-ban/${slug}/`).querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      expect(hrefs).toContain(`/van-ban/${slug}/${slug}.pdf`);
      expect(hrefs.filter((href) => href?.startsWith('./'))).toEqual([]);
    }
  });

  it('internal links use the trailing-slash form of the URL table', () => {
    const home = page('/');
    const navTargets = [...home.querySelectorAll('nav[aria-label="Danh mục chính"] a')].map((a) => a.getAttribute('href'));
    expect(navTargets).toEqual([
      '/',
      '/gioi-thieu/',
      '/tin-tuc/',
      '/van-ban/',
      '/thu-tuc-hanh-chinh/',
      '/hoi-dap/',
      '/lich-cong-tac/',
      '/album-anh/',
      '/video/',
      '/lien-he/',
    ]);
  });
});

describe('every page', () => {
  it('is in its language (English under /en/, else Vietnamese), has one h1, a skip link to main, and the hotline as a tel: link', () => {
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const { document } = parseHTML(readFileSync(join(TEST_DIST, file), 'utf8'));
      const english = file.startsWith('en/');
      if (document.documentElement.getAttribute('lang') !== (english ? 'en' : 'vi')) problems.push(`${file}: lang`);
      if (document.querySelectorAll('h1').length !== 1) problems.push(`${file}: h1 count`);
      if (!document.querySelector('a[href="#main"]') || !document.querySelector('main#main')) problems.push(`${file}: skip link`);
      const hotline = document.querySelector('header a[href^="tel:"]');
      if (hotline?.getAttribute('href') !== 'tel:+842123850384' || !hotline.textContent?.includes('0212 3850 384')) {
        problems.push(`${file}: hotline`);
      }
      const responsible = english ? 'Responsible for content' : 'Chịu trách nhiệm nội dung';
      if (!document.querySelector('footer')?.textContent?.includes(responsible)) problems.push(`${file}: footer`);
    }
    expect(problems).toEqual([]);
  });

  it('has a sidebar with the six widgets of the old portal', () => {
    const headings = [...page('/tin-tuc/').querySelectorAll('aside h2')].map((h) => visibleText(h));
    expect(headings).toEqual(['Tin xem nhiều', 'Video - Clip', 'Liên kết website', 'Văn bản mới', 'Album ảnh', 'Thống kê']);
  });
});

describe('dates', () => {
  it('each article shows its front-matter day as dd/mm/yyyy with a matching datetime, built in UTC', async () => {
    const news = await entries('tin-tuc');
    expect(news.some((e) => String(e.front.date).endsWith('-01'))).toBe(true);
    for (const { slug, front } of news) {
      const time = page(`/tin-tuc/${slug}/`).querySelector('article header time');
      expect(time?.getAttribute('datetime'), slug).toBe(String(front.date));
      expect(visibleText(time), slug).toBe(ddmmyyyy(String(front.date)));
    }
  });
});

describe('documents', () => {
  it('the list shows số/ký hiệu, trích yếu, ngày ban hành and loại, newest first', () => {
    const list = page('/van-ban/');
    expect([...list.querySelectorAll('thead th')].map((th) => visibleText(th))).toEqual(['Số/ký hiệu', 'Trích yếu', 'Ngày ban hành', 'Loại văn bản']);
    const days = [...list.querySelectorAll('tbody td.date time')].map((t) => t.getAttribute('datetime')!);
    expect(days.length).toBeGreaterThan(1);
    expect([...days].sort().reverse()).toEqual(days);
  });

  it('the detail page has the full metadata table and links each attachment with type and size', async () => {
    const documents = (await entries('van-ban')).filter((e) => Array.isArray(e.front.files) && e.front.files.length > 0);
    expect(documents.length).toBeGreaterThan(0);
    for (const { slug, front } of documents) {
      const doc = page(`/van-ban/${slug}/`);
      const rows = Object.fromEntries(
        [...doc.querySelectorAll('table.metadata tr')].map((tr) => [visibleText(tr.querySelector('th')), visibleText(tr.querySelector('td'))]),
      );
      expect(rows['Số/ký hiệu']).toBe(front.number);
      expect(rows['Loại văn bản']).toBe(front.type);
      expect(rows['Ngày ban hành']).toBe(ddmmyyyy(String(front.issued)));
      expect(rows['Trích yếu']).toBe(front.summary);
      // A draft for comment shows its comment period where other documents show whether they apply.
      const status = front.comment ? ['Hạn góp ý', 'Tình trạng lấy ý kiến', 'Cách gửi góp ý'] : ['Tình trạng hiệu lực'];
      expect(Object.keys(rows)).toEqual([
        'Số/ký hiệu',
        'Loại văn bản',
        'Cơ quan ban hành',
        'Lĩnh vực',
        'Người ký',
        'Ngày ban hành',
        'Ngày hiệu lực',
        ...status,
        'Trích yếu',
      ]);
      const links = [...doc.querySelectorAll('ul.attachments a')];
      expect(links).toHaveLength((front.files as unknown[]).length);
      for (const link of links) {
        const href = link.getAttribute('href')!;
        expect(href).toMatch(new RegExp(`^/van-ban/${slug}/[a-z0-9._-]+\\.(pdf|docx?|xlsx?|odt|ods)$`));
        const built = readFileSync(fileOf(href));
        const source = readFileSync(join(TEST_CONTENT, 'van-ban', href.split('/').at(-1)!));
        expect(built.equals(source)).toBe(true);
        expect(visibleText(link.parentElement)).toMatch(
          /^Tải về: .+[^ ] \((PDF|Word \(DOCX?\)|Excel \(XLSX?\)|OpenDocument \(OD[TS]\)), \d+(,\d)? (B|KB|MB)\)$/,
        );
      }
    }
  });
});

describe('albums and videos', () => {
  it('an album page shows each photo with its alt text, linked to a large version', async () => {
    const [album] = await entries('album-anh', '*/index.md');
    const photos = album!.front.photos as { alt: string }[];
    const images = [...page(`/album-anh/${album!.slug}/`).querySelectorAll('main ul li figure a img')];
    expect(images.map((img) => img.getAttribute('alt'))).toEqual(photos.map((p) => p.alt));
    for (const img of images) expect(img.closest('a')!.getAttribute('href')).toMatch(/^\/_astro\/.+\.jpe?g$/);
  });

  it('lists show counts and durations as readable text', () => {
    const meta = [...page('/album-anh/').querySelectorAll('main .meta')].map((p) => visibleText(p));
    expect(meta.length).toBeGreaterThan(0);
    for (const text of meta) expect(text).toMatch(/^\d{2}\/\d{2}\/\d{4} · \d+ ảnh$/);
    for (const text of [...page('/video/').querySelectorAll('main .meta')].map((p) => visibleText(p))) {
      expect(text).toMatch(/^\d{2}\/\d{2}\/\d{4} · Thời lượng (\d+:)?\d{1,2}:\d{2}$/);
    }
  });

  it('a video page shows our poster and no player: without JavaScript it links to the clip on YouTube', async () => {
    const [video] = await entries('video');
    const doc = page(`/video/${video!.slug}/`);
    expect(doc.querySelector('iframe')).toBeNull();
    const source = video!.front.source as { youtube: string };
    const facade = doc.querySelector('a.facade')!;
    expect(facade.getAttribute('href')).toBe(`https://www.youtube.com/watch?v=${source.youtube}`);
    expect(facade.querySelector('img')!.getAttribute('src')).toMatch(/^\/_astro\//);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain(
      '; frame-src https://www.youtube-nocookie.com; ',
    );
    expect(page('/tin-tuc/').querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("; frame-src 'none'; ");
  });
});

describe('feed and sitemap', () => {
  it('the RSS feed lists the newest articles with their links', async () => {
    const rss = readFileSync(fileOf('/rss.xml'), 'utf8');
    const news = await entries('tin-tuc');
    const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]).slice(1);
    expect(links).toHaveLength(Math.min(50, news.length));
    for (const link of links) expect(existsSync(fileOf(new URL(link!).pathname))).toBe(true);
  });

  it('the sitemap lists every page but the 404', () => {
    const listed = sitemapPaths();
    // The saved copies beside entry pages (`<slug>.html`, the "Lưu" downloads) repeat a page: not listed.
    const pages = htmlFiles.filter((f) => f.endsWith('index.html')).map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect([...listed].sort()).toEqual([...pages].sort());
  });
});

describe('the web editor at /admin/', () => {
  it('is served from the site itself, configured from the schemas, and kept out of search and the sitemap', () => {
    const admin = page('/admin/');
    expect(admin.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(admin.querySelector('[data-pagefind-body]')).toBeNull();
    // Nothing comes from a third-party host: the bundle, its languages and fonts are the site's copies.
    expect(admin.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(editorPolicy());
    expect([...admin.querySelectorAll('script[src]')].map((s) => s.getAttribute('src'))).toEqual(['/admin/start.js', '/admin/sveltia-cms.js']);
    const bundle = readFileSync(fileOf('/admin/sveltia-cms.js'), 'utf8');
    expect(bundle.length).toBeGreaterThan(500_000);
    expect(bundle).not.toContain('cdn.jsdelivr.net');
    expect(JSON.parse(readFileSync(fileOf('/admin/locales/vi.json'), 'utf8')).sign_in).toBe('Đăng nhập');
    expect(readFileSync(fileOf('/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2')).subarray(0, 4).toString()).toBe('wOF2');
    const config = readFileSync(fileOf('/admin/config.yml'), 'utf8');
    expect(config).toContain('publish_mode: editorial_workflow');
    expect(config).toContain('folder: content/van-ban');
    const sitemaps = readdirSync(TEST_DIST).filter((name) => name.startsWith('sitemap'));
    expect(sitemaps.length).toBeGreaterThan(1);
    for (const name of sitemaps) expect(readFileSync(join(TEST_DIST, name), 'utf8')).not.toContain('/admin/');
  });
});
