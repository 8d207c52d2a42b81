import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { TEST_DIST, fileOf, page, squash } from '../helpers/built-site';
import { ENGLISH_CLIP_PAGES } from '../helpers/english-fixtures';
import { useServedSite } from '../helpers/served-site';

const SITE = 'https://songoaivu.sonla.gov.vn';
const HISTORY = '/gioi-thieu/qua-trinh-xay-dung-va-phat-trien/';

/** The English pages of the real content, which the test corpus copies. */
const ENGLISH_PAGES = [
  '/en/',
  '/en/gioi-thieu/',
  `/en${HISTORY}`,
  '/en/gioi-thieu/chuc-nang-nhiem-vu/',
  '/en/gioi-thieu/co-cau-to-chuc/',
  '/en/gioi-thieu/lanh-dao/',
  '/en/gioi-thieu/lanh-dao/cam-van-phuong/',
  '/en/lien-he/',
  '/en/so-do-trang/',
];

const texts = (document: Document, selector: string) => [...document.querySelectorAll(selector)].map((el) => squash(el.textContent));

/** The language switcher of a page: where it leads, and its language attributes. */
function switcher(path: string) {
  const link = page(path).querySelector('header a[hreflang]')!;
  return { href: link.getAttribute('href'), lang: link.getAttribute('lang'), hreflang: link.getAttribute('hreflang'), text: squash(link.textContent) };
}

/** `hreflang → site path` of a page's `<link rel="alternate" hreflang>`. */
function alternates(path: string): Record<string, string> {
  const links = [...page(path).querySelectorAll('head link[rel="alternate"][hreflang]')];
  return Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]));
}

/** Every HTML page of the test build, as a site path. */
function builtPages(dir = TEST_DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : builtPages(path);
    if (entry.name !== 'index.html') return [];
    return [`/${relative(TEST_DIST, dir)}/`.replace(/^\/\/$/, '/').replace(/^\/\//, '/')];
  });
}

describe('the language switcher', () => {
  it('leads from a paired page to its translation, both ways, named in the language it leads to', () => {
    expect(switcher(HISTORY)).toEqual({ href: `/en${HISTORY}`, lang: 'en', hreflang: 'en', text: 'English' });
    expect(switcher(`/en${HISTORY}`)).toEqual({ href: HISTORY, lang: 'vi', hreflang: 'vi', text: 'Tiếng Việt' });
    expect(switcher('/').href).toBe('/en/');
    expect(switcher('/en/').href).toBe('/');
    expect(switcher('/lien-he/').href).toBe('/en/lien-he/');
    expect(switcher('/en/gioi-thieu/lanh-dao/cam-van-phuong/').href).toBe('/gioi-thieu/lanh-dao/cam-van-phuong/');
  });

  it('leads from a Vietnamese page without a translation to the English home page', () => {
    expect(switcher('/tin-tuc/').href).toBe('/en/');
    expect(switcher('/van-ban/thong-tu-lien-tich-02-2015-ttlt-bng-bnv/').href).toBe('/en/');
  });
});

describe('hreflang alternates', () => {
  it('pair the translated pages both ways, with the Vietnamese page as x-default', () => {
    expect(alternates(HISTORY)).toEqual({ vi: HISTORY, en: `/en${HISTORY}`, 'x-default': HISTORY });
    expect(alternates(`/en${HISTORY}`)).toEqual({ vi: HISTORY, en: `/en${HISTORY}`, 'x-default': HISTORY });
    expect(alternates('/tin-tuc/')).toEqual({});
  });

  it('on every page point to pages that exist and point back', () => {
    const paired = builtPages().filter((path) => Object.keys(alternates(path)).length > 0);
    expect(paired.sort()).toEqual(
      [
        '/',
        '/gioi-thieu/',
        HISTORY,
        '/gioi-thieu/chuc-nang-nhiem-vu/',
        '/gioi-thieu/co-cau-to-chuc/',
        '/gioi-thieu/lanh-dao/',
        '/gioi-thieu/lanh-dao/cam-van-phuong/',
        '/lien-he/',
        '/so-do-trang/',
        ...ENGLISH_PAGES,
      ].sort(),
    );
    for (const path of paired) {
      const links = alternates(path);
      expect(Object.keys(links).sort(), path).toEqual(['en', 'vi', 'x-default']);
      expect(links[path.startsWith('/en/') ? 'en' : 'vi'], path).toBe(path);
      for (const target of Object.values(links)) {
        expect(() => page(target), `${path} → ${target}`).not.toThrow();
        expect(alternates(target), `${target} points back to ${path}`).toEqual(links);
      }
    }
  });

  it('are in the sitemap as xhtml:link for each pair', () => {
    const sitemap = readFileSync(join(TEST_DIST, 'sitemap-0.xml'), 'utf8');
    const entry = (path: string) => new RegExp(`<url><loc>${SITE}${path}</loc>(.*?)</url>`).exec(sitemap)?.[1] ?? '';
    const links = (path: string) =>
      [...entry(path).matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`).sort();
    const pair = [`en ${SITE}/en${HISTORY}`, `vi ${SITE}${HISTORY}`, `x-default ${SITE}${HISTORY}`];
    expect(links(HISTORY)).toEqual(pair);
    expect(links(`/en${HISTORY}`)).toEqual(pair);
    expect(links('/en/')).toEqual([`en ${SITE}/en/`, `vi ${SITE}/`, `x-default ${SITE}/`]);
    expect(links('/tin-tuc/')).toEqual([]);
  });
});

describe('English pages', () => {
  it('say lang="en" and every Vietnamese page keeps lang="vi"', () => {
    for (const path of ENGLISH_PAGES) expect(page(path).documentElement.getAttribute('lang'), path).toBe('en');
    for (const path of ['/', HISTORY, '/lien-he/', '/tin-tuc/']) expect(page(path).documentElement.getAttribute('lang'), path).toBe('vi');
  });

  it('have English interface text: skip link, menus, breadcrumbs, footer', () => {
    for (const path of ENGLISH_PAGES) {
      const document = page(path);
      expect(squash(document.querySelector('.skip-link')!.textContent), path).toBe('Skip to main content');
      expect(document.querySelector('nav.main-nav')!.getAttribute('aria-label')).toBe('Main menu');
      expect(texts(document, 'nav.main-nav a')).toEqual(['Home', 'About us', 'Leadership', 'Contact']);
      expect(texts(document, 'header .hotline')).toEqual(['Hotline: 0212 3850 384']);
      expect(squash(document.querySelector('header .brand-link .name')!.textContent)).toBe('Department of Foreign Affairs of Son La Province');
      expect(texts(document, 'footer nav a')).toEqual(['Contact', 'Sitemap']);
      expect(texts(document, 'footer dt')).toEqual(['Address:', 'Telephone:', 'Hotline:', 'Email:', 'Responsible for content:']);
      expect(squash(document.querySelector('footer .footer-name')!.textContent)).toBe('Website of the Department of Foreign Affairs of Son La Province');
      expect(document.querySelector('aside'), `${path} has no Vietnamese widgets`).toBeNull();
    }
    expect(texts(page(`/en${HISTORY}`), 'nav.breadcrumbs a')).toEqual(['Home', 'About us']);
    expect(page(`/en${HISTORY}`).querySelector('nav.breadcrumbs a')!.getAttribute('href')).toBe('/en/');
    expect(page('/en/').querySelector('title')!.textContent).toBe('Department of Foreign Affairs of Son La Province');
    expect(page('/en/lien-he/').querySelector('title')!.textContent).toBe('Contact | Department of Foreign Affairs of Son La Province');
  });

  it('home: the agency’s name, the introduction, the hotline and links to every English page', () => {
    const home = page('/en/');
    expect(texts(home, 'main h1')).toEqual(['Department of Foreign Affairs of Son La Province']);
    expect(texts(home, 'main .lead')[0]).toMatch(
      /^The Department of Foreign Affairs of Son La Province is a specialised agency of the Son La Provincial People's Committee\./,
    );
    expect(home.querySelector('main a[href="tel:+842123850384"]')).not.toBeNull();
    const links = [...home.querySelectorAll('main .card-list a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      `/en${HISTORY}`,
      '/en/gioi-thieu/chuc-nang-nhiem-vu/',
      '/en/gioi-thieu/co-cau-to-chuc/',
      '/en/gioi-thieu/lanh-dao/',
      '/en/lien-he/',
    ]);
  });

  it('history: the translated article, its timeline and English headings', () => {
    const history = page(`/en${HISTORY}`);
    expect(texts(history, 'main h1')).toEqual(['The Department of Foreign Affairs of Son La Province: history and development']);
    expect(squash(history.querySelector('main .prose')!.textContent)).toContain('Son La is a border province with 250 km of border');
    expect(texts(history, '.timeline h2')).toEqual(['Milestones']);
    expect(texts(history, '.timeline li .period')).toEqual(['1967', '1969', '1984–1985', '1989', '1991–2000', '2000–2003', '2003–2005', '2005']);
    expect(texts(history, 'main .meta')).toEqual(['Author: Cầm Văn Phương - Director of the Department of Foreign Affairs of Son La Province']);
  });

  it('contact: the same settings as /lien-he/, with English names and labels', () => {
    const contact = page('/en/lien-he/');
    expect(texts(contact, 'main .contact dt')).toEqual([
      'Address',
      'Opening hours',
      'Reception telephone',
      'Telephone',
      'Hotlines',
      'Email',
      'Responsible for content',
    ]);
    expect(texts(contact, 'main .contact dd')).toEqual([
      'to be updated',
      'to be updated',
      'to be updated',
      'to be updated',
      'Hotline: 0212 3850 384',
      'to be updated',
      'Cầm Văn Phương, Director of the Department of Foreign Affairs of Son La Province',
    ]);
    expect(texts(page('/lien-he/'), 'main .contact dd')[4]).toBe('Đường dây nóng: 0212 3850 384');
  });

  it('leadership: the director’s English profile', () => {
    const leaders = page('/en/gioi-thieu/lanh-dao/');
    expect(texts(leaders, 'main h2')).toEqual(['Cầm Văn Phương']);
    expect(texts(leaders, 'main .position')).toEqual(['Director of the Department of Foreign Affairs of Son La Province']);
    expect(leaders.querySelector('main h2 a')!.getAttribute('href')).toBe('/en/gioi-thieu/lanh-dao/cam-van-phuong/');
    expect(page('/en/gioi-thieu/lanh-dao/cam-van-phuong/').querySelector('[role="img"]')!.getAttribute('aria-label')).toBe('No photo yet: Cầm Văn Phương');
  });

  it('are written to files the sitemap lists', () => {
    const sitemap = readFileSync(join(TEST_DIST, 'sitemap-0.xml'), 'utf8');
    for (const path of ENGLISH_PAGES) {
      expect(() => readFileSync(fileOf(path)), path).not.toThrow();
      expect(sitemap, path).toContain(`<loc>${SITE}${path}</loc>`);
    }
  });
});

describe('English pages with a YouTube clip in their body', () => {
  const frameSources = (path: string) =>
    /frame-src ([^;]+)/.exec(page(path).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '')?.[1];

  it("let the clip's player in through their own policy, as the Vietnamese pages do", () => {
    for (const path of ENGLISH_CLIP_PAGES) {
      expect(page(path).querySelector('main .prose a[data-youtube-id="dQw4w9WgXcQ"]'), path).not.toBeNull();
      expect(frameSources(path), path).toBe('https://www.youtube-nocookie.com');
    }
    expect(frameSources(`/en${HISTORY}`)).toBe("'none'");
  });
});

describe('axe (WCAG 2.1 AA) on the English pages', () => {
  const site = useServedSite();
  it.each([390, 1280])('has no violations at %i px', async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    const tab = await context.newPage();
    const violations: string[] = [];
    for (const path of ENGLISH_PAGES) {
      await tab.goto(`${site.url}${path}`);
      violations.push(...(await axeViolations(tab)).map((violation) => `${path} ${violation}`));
    }
    await context.close();
    expect(violations).toEqual([]);
  });
});
