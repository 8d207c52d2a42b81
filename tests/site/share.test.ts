import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import sharp from 'sharp';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { redirectPageFiles } from '../../src/lib/publish';
import { TEST_DIST, fileOf, page } from '../helpers/built-site';
import { corpusEntries } from '../helpers/corpus';

const SITE = 'https://songoaivu.sonla.gov.vn';
const AGENCY = 'Sở Ngoại vụ tỉnh Sơn La';

/** `2025-03-01` → `01/03/2025`, by string (an oracle independent of src/lib/shared/dates). */
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** Every Open Graph and X tag of a page, as property → content. */
function shareTags(document: Document): Record<string, string> {
  return Object.fromEntries(
    [...document.querySelectorAll('meta[property^="og:"], meta[property^="article:"], meta[name^="twitter:"]')].map((meta) => [
      meta.getAttribute('property') ?? meta.getAttribute('name'),
      meta.getAttribute('content'),
    ]),
  );
}

const jsonLd = (document: Document) => [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent!));

const newestFirst = <T extends { front: Record<string, unknown> }>(entries: T[], field: string) =>
  [...entries].sort((a, b) => day(b.front[field]).localeCompare(day(a.front[field])));

describe('link previews (Open Graph and X)', () => {
  it('an article without a cover: its title card, in Vietnamese, as an article', async () => {
    const article = (await corpusEntries('tin-tuc')).find((entry) => !entry.front.cover)!;
    const path = `/tin-tuc/${article.slug}/`;
    const document = page(path);
    expect(document.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${SITE}${path}`);
    expect(shareTags(document)).toEqual({
      'og:type': 'article',
      'og:site_name': AGENCY,
      'og:locale': 'vi_VN',
      'og:title': article.front.title,
      'og:description': article.front.summary,
      'og:url': `${SITE}${path}`,
      'og:image': `${SITE}/anh-chia-se/tin-tuc/${article.slug}.png`,
      'og:image:type': 'image/png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': `Tin tức: ${article.front.title}`,
      'article:published_time': `${day(article.front.date)}T00:00:00+07:00`,
      'twitter:card': 'summary_large_image',
      'twitter:image:alt': `Tin tức: ${article.front.title}`,
    });
  });

  it('an article with a cover: a 1.91:1 JPEG crop of it, described by the cover’s alt text', async () => {
    const article = (await corpusEntries('tin-tuc')).find((entry) => entry.front.cover)!;
    const tags = shareTags(page(`/tin-tuc/${article.slug}/`));
    expect(tags['og:image']).toMatch(new RegExp(`^${SITE}/_astro/[^/]+\\.jpe?g$`));
    expect(tags['og:image:type']).toBe('image/jpeg');
    expect(tags['og:image:alt']).toBe(article.front.coverAlt);
    const { width, height, format } = await sharp(fileOf(tags['og:image']!.slice(SITE.length))).metadata();
    expect({ width, height, format }).toEqual({ width: Number(tags['og:image:width']), height: Number(tags['og:image:height']), format: 'jpeg' });
    expect(Math.abs(width! / height! - 1200 / 630)).toBeLessThan(0.01);
  });

  it('a document: its title card with type, number and summary', async () => {
    const doc = newestFirst(await corpusEntries('van-ban'), 'issued')[0]!;
    const path = `/van-ban/${doc.slug}/`;
    const title = `${doc.front.type} ${doc.front.number}`;
    expect(shareTags(page(path))).toEqual({
      'og:type': 'article',
      'og:site_name': AGENCY,
      'og:locale': 'vi_VN',
      'og:title': title,
      'og:description': doc.front.summary,
      'og:url': `${SITE}${path}`,
      'og:image': `${SITE}/anh-chia-se/van-ban/${doc.slug}.png`,
      'og:image:type': 'image/png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': `${title}: ${doc.front.summary}`,
      'article:published_time': `${day(doc.front.issued)}T00:00:00+07:00`,
      'twitter:card': 'summary_large_image',
      'twitter:image:alt': `${title}: ${doc.front.summary}`,
    });
  });

  it('the home page: the agency’s card, as a website', () => {
    expect(shareTags(page('/'))).toEqual({
      'og:type': 'website',
      'og:site_name': AGENCY,
      'og:locale': 'vi_VN',
      'og:title': AGENCY,
      'og:description': `Trang thông tin điện tử ${AGENCY}: tin tức, văn bản, album ảnh và video về công tác đối ngoại.`,
      'og:url': `${SITE}/`,
      'og:image': `${SITE}/anh-chia-se/trang-chu.png`,
      'og:image:type': 'image/png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': `Ủy ban nhân dân tỉnh Sơn La — ${AGENCY}`,
      'twitter:card': 'summary_large_image',
      'twitter:image:alt': `Ủy ban nhân dân tỉnh Sơn La — ${AGENCY}`,
    });
  });

  it('every page’s og:image is a file of the build with the width, height and type it declares', async () => {
    // The small pages left at old addresses only send the visitor on (src/lib/publish/): nothing to share.
    const redirectPages = redirectPageFiles(readFileSync(join(TEST_DIST, '_redirects'), 'utf8'));
    const files = await glob('**/index.html', { cwd: TEST_DIST, ignore: ['admin/**', ...redirectPages] });
    const wrong: string[] = [];
    const checked = new Map<string, string>();
    for (const file of files) {
      const tags = shareTags(page(`/${file.slice(0, -'index.html'.length)}`));
      const image = tags['og:image'];
      if (!image?.startsWith(`${SITE}/`)) {
        wrong.push(`${file}: og:image ${image}`);
        continue;
      }
      const declared = `${tags['og:image:width']}×${tags['og:image:height']} ${tags['og:image:type']}`;
      if (!checked.has(image)) {
        const path = fileOf(image.slice(SITE.length));
        if (!existsSync(path)) {
          wrong.push(`${file}: ${image} missing`);
          continue;
        }
        const { width, height, format } = await sharp(path).metadata();
        checked.set(image, `${width}×${height} image/${format}`);
      }
      if (checked.get(image) !== declared) wrong.push(`${file}: ${image} is ${checked.get(image)}, declared ${declared}`);
    }
    expect(wrong).toEqual([]);
    expect(checked.size).toBeGreaterThan(40);
  });
});

describe('structured data (JSON-LD)', () => {
  it('the home page describes the agency as a GovernmentOrganization under the provincial committee', () => {
    expect(jsonLd(page('/'))).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'GovernmentOrganization',
        name: AGENCY,
        url: `${SITE}/`,
        telephone: '+842123850384',
        parentOrganization: { '@type': 'GovernmentOrganization', name: 'Ủy ban nhân dân tỉnh Sơn La' },
      },
    ]);
  });

  it('a news page is a NewsArticle with its headline, Vietnam-time date, picture, author and publisher', async () => {
    for (const article of (await corpusEntries('tin-tuc')).slice(0, 5)) {
      const path = `/tin-tuc/${article.slug}/`;
      const document = page(path);
      const [data] = jsonLd(document);
      expect(data).toEqual({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: article.front.title,
        description: article.front.summary,
        mainEntityOfPage: `${SITE}${path}`,
        url: `${SITE}${path}`,
        image: [shareTags(document)['og:image']],
        datePublished: `${day(article.front.date)}T00:00:00+07:00`,
        author: [{ '@type': expect.stringMatching(/^(Person|Organization)$/), name: article.front.author }],
        publisher: { '@type': 'GovernmentOrganization', name: AGENCY, url: `${SITE}/` },
        inLanguage: 'vi',
      });
      // The corpus's authors are a person with their unit in brackets, or a unit alone.
      expect(data.author[0]['@type']).toBe(/^(Phòng|Thanh tra) /.test(String(article.front.author)) ? 'Organization' : 'Person');
    }
  });
});

describe('feeds', () => {
  const parseFeed = (path: string) => new DOMParser().parseFromString(readFileSync(fileOf(path), 'utf8'), 'text/xml');
  const items = (feed: ReturnType<typeof parseFeed>) =>
    [...feed.querySelectorAll('item')].map((item) => ({
      title: item.querySelector('title')!.textContent,
      link: item.querySelector('link')!.textContent,
      pubDate: item.querySelector('pubDate')!.textContent,
      description: item.querySelector('description')?.textContent,
      enclosure: item.querySelector('enclosure'),
    }));

  it('the news feed lists the newest articles first, with absolute links', async () => {
    const news = newestFirst(await corpusEntries('tin-tuc'), 'date');
    const listed = items(parseFeed('/rss.xml'));
    expect(listed.length).toBe(Math.min(50, news.length));
    expect(listed[0]).toMatchObject({ title: news[0]!.front.title, link: `${SITE}/tin-tuc/${news[0]!.slug}/` });
    expect(listed.every((item) => item.link!.startsWith(`${SITE}/tin-tuc/`) && existsSync(fileOf(item.link!.slice(SITE.length))))).toBe(true);
  });

  it('the documents feed lists the newest documents with number, type, issuer, dates and the first file as enclosure', async () => {
    const documents = newestFirst(await corpusEntries('van-ban'), 'issued');
    const feed = parseFeed('/van-ban/rss.xml');
    expect(feed.querySelector('channel > title')!.textContent).toBe(`Văn bản — ${AGENCY}`);
    const listed = items(feed);
    expect(listed.length).toBe(Math.min(50, documents.length));
    const newest = documents[0]!;
    const first = listed[0]!;
    expect(first.title).toBe(`${newest.front.type} ${newest.front.number}`);
    expect(first.link).toBe(`${SITE}/van-ban/${newest.slug}/`);
    expect(new Date(first.pubDate!).toISOString()).toBe(new Date(`${day(newest.front.issued)}T00:00:00+07:00`).toISOString());
    const issuer = [newest.front.issuer].flat().join('; ');
    expect(first.description).toContain(`Số/ký hiệu: ${newest.front.number}\nLoại văn bản: ${newest.front.type}\nCơ quan ban hành: ${issuer}`);
    expect(first.description).toContain(`Ngày ban hành: ${ddmmyyyy(day(newest.front.issued))}`);
    const withFile = listed.find((item) => item.enclosure)!;
    const url = withFile.enclosure!.getAttribute('url')!;
    expect(url).toMatch(new RegExp(`^${SITE}/van-ban/[^/]+/[^/]+\\.(pdf|docx?|xlsx?|odt|ods)$`));
    expect(Number(withFile.enclosure!.getAttribute('length'))).toBe(statSync(fileOf(url.slice(SITE.length))).size);
    expect(withFile.enclosure!.getAttribute('type')).toMatch(/^application\//);
  });

  it('every page links the news feed from its head; document pages also link the documents feed', async () => {
    const feedsOf = (path: string) =>
      [...page(path).querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map((link) => [
        link.getAttribute('href'),
        link.getAttribute('title'),
      ]);
    const doc = (await corpusEntries('van-ban'))[0]!;
    const news = ['/rss.xml', `Tin tức — ${AGENCY}`];
    const documents = ['/van-ban/rss.xml', `Văn bản — ${AGENCY}`];
    expect(feedsOf('/')).toEqual([news]);
    expect(feedsOf('/van-ban/')).toEqual([news, documents]);
    expect(feedsOf(`/van-ban/${doc.slug}/`)).toEqual([news, documents]);
  });
});

describe('print and save', () => {
  it('links in a document’s body and its attachments carry their public address for print', async () => {
    const doc = (await corpusEntries('van-ban')).find((entry) => readFileSync(entry.path, 'utf8').includes('](./'))!;
    const links = [...page(`/van-ban/${doc.slug}/`).querySelectorAll('main a[href^="/"]')].filter((a) => a.closest('.prose, .attachments'));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.getAttribute('data-print-url')).toBe(`${SITE}${link.getAttribute('href')}`);
  });

  it('each entry page’s "Lưu" link leads to a saved copy beside it that is a whole page with nothing to fetch', async () => {
    const paths = (
      await glob(['tin-tuc/*/index.html', 'van-ban/*/index.html', 'album-anh/*/index.html', 'video/*/index.html', 'gioi-thieu/*/index.html'], {
        cwd: TEST_DIST,
      })
    )
      .filter((file) => !/^(tin-tuc\/(trang|chuyen-muc)|van-ban\/nam|album-anh\/trang|video\/trang|gioi-thieu\/lanh-dao)\//.test(file))
      .map((file) => `/${file.slice(0, -'index.html'.length)}`);
    expect(paths.length).toBeGreaterThan(40);
    for (const path of paths) {
      const slug = path.split('/').at(-2)!;
      const link = page(path).querySelector('a[data-save-page]')!;
      expect(link.getAttribute('href'), path).toBe(`${path}${slug}.html`);
      expect(link.getAttribute('download')).toBe(`${slug}.html`);
      const saved = page(link.getAttribute('href')!);
      expect(saved.querySelector('h1')!.textContent, path).toBe(page(path).querySelector('h1')!.textContent);
      expect(saved.documentElement.getAttribute('lang')).toBe('vi');
      expect(saved.querySelectorAll('style').length).toBeGreaterThan(0);
      const fetched = [...saved.querySelectorAll('link[rel="stylesheet"], script[src], img, video[poster], source[srcset]')]
        .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('poster') ?? element.getAttribute('srcset')!)
        .filter((url) => !url.startsWith('data:'));
      expect(fetched, path).toEqual([]);
      const relative = [...saved.querySelectorAll('[href]')].map((element) => element.getAttribute('href')!).filter((href) => href.startsWith('/'));
      expect(relative, path).toEqual([]);
    }
  });
});

describe('motion', () => {
  it('the site’s stylesheets animate nothing outside @media (prefers-reduced-motion: no-preference)', async () => {
    const moving: string[] = [];
    for (const file of await glob('**/*.css', { cwd: TEST_DIST, ignore: ['admin/**', 'pagefind/**'] })) {
      const css = readFileSync(join(TEST_DIST, file), 'utf8').replace(
        /@media\s*\(prefers-reduced-motion:\s*no-preference\)\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g,
        '',
      );
      for (const match of css.matchAll(/(transition|animation)(-[a-z-]+)?\s*:\s*([^;}]+)|scroll-behavior\s*:\s*smooth/g)) {
        if (!/^(none|0s?)$/.test((match[3] ?? 'smooth').trim())) moving.push(`${file}: ${match[0]}`);
      }
    }
    expect(moving).toEqual([]);
  });
});
