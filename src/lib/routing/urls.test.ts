import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../content/collections';
import { DOCUMENT_LISTS } from '../documents/lists';
import {
  categoryCrumbs,
  documentListCrumbs,
  documentYearCrumbs,
  entryCrumbs,
  categoryCrumb,
  procedureFieldCrumb,
  questionTopicCrumb,
  sectionCrumb,
  sectionCrumbs,
  sectionListCrumbs,
} from './crumbs';
import { footerLinks, mainMenu } from './navigation';
import {
  attachmentUrl,
  BILINGUAL_PAGES,
  buildSiteIndex,
  categoryUrl,
  documentListUrl,
  documentYearUrl,
  entryUrl,
  feedUrl,
  HOME,
  listPageParam,
  listPageUrl,
  mirrorPath,
  pageUrlOf,
  procedureFieldUrl,
  questionTopicUrl,
  sectionUrl,
  shareCardUrl,
  SITE_CARD_URL,
  type Section,
} from './urls';

describe('sectionUrl', () => {
  it('gives each section its address, in Vietnamese and, where it has one, in English', () => {
    expect(
      (
        [
          'home',
          'about',
          'leaders',
          'news',
          'documents',
          'procedures',
          'questions',
          'schedule',
          'albums',
          'videos',
          'contact',
          'search',
          'sitemap',
          'accessibility',
          'privacy',
        ] as const
      ).map((section) => sectionUrl(section)),
    ).toEqual([
      '/',
      '/gioi-thieu/',
      '/gioi-thieu/lanh-dao/',
      '/tin-tuc/',
      '/van-ban/',
      '/thu-tuc-hanh-chinh/',
      '/hoi-dap/',
      '/lich-cong-tac/',
      '/album-anh/',
      '/video/',
      '/lien-he/',
      '/tim-kiem/',
      '/so-do-trang/',
      '/kha-nang-tiep-can/',
      '/quyen-rieng-tu/',
    ]);
    expect((['home', 'about', 'leaders', 'contact', 'sitemap'] as const).map((section) => sectionUrl(section, 'en'))).toEqual([
      '/en/',
      '/en/gioi-thieu/',
      '/en/gioi-thieu/lanh-dao/',
      '/en/lien-he/',
      '/en/so-do-trang/',
    ]);
    expect(HOME).toEqual({ vi: '/', en: '/en/' });
    expect(() => sectionUrl('news', 'en')).toThrow(/'news' has no English page/);
  });

  it('pairs the English mirrors with the Vietnamese pages', () => {
    expect(BILINGUAL_PAGES).toEqual(['/', '/gioi-thieu/', '/gioi-thieu/lanh-dao/', '/lien-he/', '/so-do-trang/']);
    expect(BILINGUAL_PAGES.map(mirrorPath)).toEqual(['/en/', '/en/gioi-thieu/', '/en/gioi-thieu/lanh-dao/', '/en/lien-he/', '/en/so-do-trang/']);
  });
});

describe('entry, list and file addresses', () => {
  it('gives each collection its entry page, English ones under /en/', () => {
    expect(entryUrl('news', 'hop-bao')).toBe('/tin-tuc/hop-bao/');
    expect(entryUrl('documents', 'qd-12')).toBe('/van-ban/qd-12/');
    expect(entryUrl('albums', 'le-ky-ket')).toBe('/album-anh/le-ky-ket/');
    expect(entryUrl('videos', 'clip')).toBe('/video/clip/');
    expect(entryUrl('about', 'lich-su')).toBe('/gioi-thieu/lich-su/');
    expect(entryUrl('aboutEn', 'lich-su')).toBe('/en/gioi-thieu/lich-su/');
    expect(entryUrl('leaders', 'cam-van-phuong')).toBe('/gioi-thieu/lanh-dao/cam-van-phuong/');
    expect(entryUrl('leadersEn', 'cam-van-phuong')).toBe('/en/gioi-thieu/lanh-dao/cam-van-phuong/');
    expect(entryUrl('procedures', 'cap-ho-chieu')).toBe('/thu-tuc-hanh-chinh/cap-ho-chieu/');
    expect(entryUrl('questions', 'xin-visa')).toBe('/hoi-dap/xin-visa/');
    expect(entryUrl('schedule', '2025-w10')).toBe('/lich-cong-tac/2025-w10/');
    expect(entryUrl('site', 'site')).toBeUndefined();
  });

  it('gives each collection its URL from the file path', () => {
    expect(pageUrlOf('news', '2025/hop-bao.md')).toBe('/tin-tuc/hop-bao/');
    expect(pageUrlOf('albums', 'le-ky-ket/index.md')).toBe('/album-anh/le-ky-ket/');
    expect(pageUrlOf('leaders', 'cam-van-phuong.md')).toBe('/gioi-thieu/lanh-dao/cam-van-phuong/');
    expect(pageUrlOf('about', 'lich-su.mdx')).toBe('/gioi-thieu/lich-su/');
    expect(pageUrlOf('videos', 'clip.md')).toBe('/video/clip/');
    expect(pageUrlOf('site', 'site.yaml')).toBeUndefined();
  });

  it('puts page 2 of a list, a category, a year, a document list, a field and a topic where the site has them', () => {
    expect(listPageUrl('/tin-tuc/', 1)).toBe('/tin-tuc/');
    expect(listPageUrl('/tin-tuc/', 2)).toBe('/tin-tuc/trang/2/');
    expect([listPageParam(1), listPageParam(2)]).toEqual([undefined, 'trang/2']);
    expect(categoryUrl('Hợp tác quốc tế')).toBe('/tin-tuc/chuyen-muc/hop-tac-quoc-te/');
    expect(listPageUrl(categoryUrl('Thông báo'), 3)).toBe('/tin-tuc/chuyen-muc/thong-bao/trang/3/');
    expect(documentYearUrl(2024)).toBe('/van-ban/nam/2024/');
    expect(DOCUMENT_LISTS.map(documentListUrl)).toEqual([
      '/van-ban/danh-muc/du-thao-lay-y-kien/',
      '/van-ban/danh-muc/dieu-uoc-thoa-thuan-quoc-te/',
      '/van-ban/danh-muc/cong-khai-ngan-sach/',
    ]);
    expect(procedureFieldUrl('lanh-su')).toBe('/thu-tuc-hanh-chinh/linh-vuc/lanh-su/');
    expect(questionTopicUrl('lanh-su')).toBe('/hoi-dap/#chu-de-lanh-su');
  });

  it('publishes attachments beside their entry, and names the feeds and the share cards', () => {
    expect(attachmentUrl('documents', 'qd-12', 'qd-12.pdf')).toBe('/van-ban/qd-12/qd-12.pdf');
    expect(attachmentUrl('procedures', 'cap-ho-chieu', 'mau-01.docx')).toBe('/thu-tuc-hanh-chinh/cap-ho-chieu/mau-01.docx');
    expect([feedUrl('news'), feedUrl('documents'), feedUrl('schedule')]).toEqual(['/rss.xml', '/van-ban/rss.xml', '/lich-cong-tac.ics']);
    expect(shareCardUrl('van-ban', 'qd-12-ubnd')).toBe('/anh-chia-se/van-ban/qd-12-ubnd.png');
    expect(SITE_CARD_URL).toBe('/anh-chia-se/trang-chu.png');
  });

  it('keeps the sub-pages of a section out of its entries: each sub-folder is a reserved slug', () => {
    const subPages: [CollectionName, Section, string][] = [
      ['news', 'news', listPageUrl(sectionUrl('news'), 2)],
      ['news', 'news', categoryUrl('Thông báo')],
      ['documents', 'documents', listPageUrl(sectionUrl('documents'), 2)],
      ['documents', 'documents', documentYearUrl(2024)],
      ['documents', 'documents', documentListUrl(DOCUMENT_LISTS[0])],
      ['albums', 'albums', listPageUrl(sectionUrl('albums'), 2)],
      ['videos', 'videos', listPageUrl(sectionUrl('videos'), 2)],
      ['procedures', 'procedures', procedureFieldUrl('lanh-su')],
      ['about', 'about', sectionUrl('leaders')],
      ['aboutEn', 'about', sectionUrl('leaders')],
    ];
    for (const [collection, section, url] of subPages) {
      const folder = url.slice(sectionUrl(section).length).split('/')[0];
      const reserved: readonly string[] = (COLLECTIONS[collection] as { reserved?: string[] }).reserved ?? [];
      expect(reserved, `${collection}: ${url}`).toContain(folder);
    }
  });
});

describe('crumbs', () => {
  it('name each section as its page does, with its parents', () => {
    expect(sectionCrumb('home', 'en')).toEqual({ label: 'Home', href: '/en/' });
    expect(sectionCrumbs('news')).toEqual([{ label: 'Tin tức' }]);
    expect(sectionCrumbs('leaders')).toEqual([{ label: 'Giới thiệu', href: '/gioi-thieu/' }, { label: 'Lãnh đạo Sở' }]);
    expect(sectionCrumbs('leaders', 'en')).toEqual([{ label: 'About us', href: '/en/gioi-thieu/' }, { label: 'Leadership' }]);
  });

  it('lead from an entry back to its section and its group', () => {
    expect(entryCrumbs('videos', 'Lễ ký kết')).toEqual([{ label: 'Video - Clip', href: '/video/' }, { label: 'Lễ ký kết' }]);
    expect(entryCrumbs('leaders', 'Cầm Văn Phương', { lang: 'en' })).toEqual([
      { label: 'About us', href: '/en/gioi-thieu/' },
      { label: 'Leadership', href: '/en/gioi-thieu/lanh-dao/' },
      { label: 'Cầm Văn Phương' },
    ]);
    expect(entryCrumbs('news', 'Họp báo', { via: categoryCrumb('Thông báo') })).toEqual([
      { label: 'Tin tức', href: '/tin-tuc/' },
      { label: 'Thông báo', href: '/tin-tuc/chuyen-muc/thong-bao/' },
      { label: 'Họp báo' },
    ]);
    expect(procedureFieldCrumb('Lãnh sự', 'lanh-su')).toEqual({ label: 'Lãnh sự', href: '/thu-tuc-hanh-chinh/linh-vuc/lanh-su/' });
    expect(questionTopicCrumb('Lãnh sự', 'lanh-su')).toEqual({ label: 'Lãnh sự', href: '/hoi-dap/#chu-de-lanh-su' });
  });

  it('name page n of a list after its first page', () => {
    expect(sectionListCrumbs('documents', 1)).toEqual([{ label: 'Văn bản' }]);
    expect(sectionListCrumbs('albums', 2)).toEqual([{ label: 'Album ảnh', href: '/album-anh/' }, { label: 'Trang 2' }]);
    expect(categoryCrumbs('Thông báo', 2)).toEqual([
      { label: 'Tin tức', href: '/tin-tuc/' },
      { label: 'Thông báo', href: '/tin-tuc/chuyen-muc/thong-bao/' },
      { label: 'Trang 2' },
    ]);
    expect(documentYearCrumbs(2024, 1)).toEqual([{ label: 'Văn bản', href: '/van-ban/' }, { label: 'Văn bản ban hành năm 2024' }]);
    expect(documentListCrumbs(DOCUMENT_LISTS[2], 2)).toEqual([
      { label: 'Văn bản', href: '/van-ban/' },
      { label: 'Công khai ngân sách', href: '/van-ban/danh-muc/cong-khai-ngan-sach/' },
      { label: 'Trang 2' },
    ]);
  });
});

describe('navigation', () => {
  it('lists the menu in its order, in each language', () => {
    expect(mainMenu('vi')).toEqual([
      { href: '/', label: 'Trang chủ' },
      { href: '/gioi-thieu/', label: 'Giới thiệu' },
      { href: '/tin-tuc/', label: 'Tin tức' },
      { href: '/van-ban/', label: 'Văn bản' },
      { href: '/thu-tuc-hanh-chinh/', label: 'Thủ tục hành chính' },
      { href: '/hoi-dap/', label: 'Hỏi đáp' },
      { href: '/lich-cong-tac/', label: 'Lịch công tác' },
      { href: '/album-anh/', label: 'Album ảnh' },
      { href: '/video/', label: 'Video' },
      { href: '/lien-he/', label: 'Liên hệ' },
    ]);
    expect(mainMenu('en')).toEqual([
      { href: '/en/', label: 'Home' },
      { href: '/en/gioi-thieu/', label: 'About us' },
      { href: '/en/gioi-thieu/lanh-dao/', label: 'Leadership' },
      { href: '/en/lien-he/', label: 'Contact' },
    ]);
  });

  it('lists the footer links, the English footer only its two pages', () => {
    expect(footerLinks('vi').map((link) => link.href)).toEqual([
      '/lien-he/',
      '/thu-tuc-hanh-chinh/',
      '/hoi-dap/',
      '/lich-cong-tac/',
      '/lich-cong-tac.ics',
      '/tim-kiem/',
      '/van-ban/danh-muc/du-thao-lay-y-kien/',
      '/van-ban/danh-muc/cong-khai-ngan-sach/',
      '/rss.xml',
      '/van-ban/rss.xml',
      '/so-do-trang/',
      '/kha-nang-tiep-can/',
      '/quyen-rieng-tu/',
    ]);
    expect(footerLinks('en')).toEqual([
      { href: '/en/lien-he/', label: 'Contact' },
      { href: '/en/so-do-trang/', label: 'Sitemap' },
    ]);
  });
});

describe('buildSiteIndex', () => {
  const index = buildSiteIndex(
    [
      { collection: 'documents', relativePath: 'qd-12.md', year: 2024, attachments: ['qd-12.pdf'] },
      { collection: 'news', relativePath: '2025/hop-bao.md' },
    ],
    ['van-ban/qd-12.md', 'van-ban/qd-12.pdf', 'tin-tuc/2025/hop-bao.md'],
  );

  it('lists fixed pages, feeds, category pages, entries, document years and attachments', () => {
    for (const url of [
      '/',
      '/lien-he/',
      '/gioi-thieu/lanh-dao/',
      '/en/so-do-trang/',
      '/kha-nang-tiep-can/',
      '/van-ban/danh-muc/cong-khai-ngan-sach/',
      '/rss.xml',
      '/van-ban/rss.xml',
      '/lich-cong-tac.ics',
      '/sitemap-index.xml',
      '/tin-tuc/chuyen-muc/thong-bao/',
      '/van-ban/qd-12/',
      '/van-ban/nam/2024/',
      '/van-ban/qd-12/qd-12.pdf',
      '/tin-tuc/hop-bao/',
    ]) {
      expect(index.urls.has(url), url).toBe(true);
    }
    expect(index.urls.has('/van-ban/nam/2025/')).toBe(false);
    expect(index.urls.has('/en/tin-tuc/')).toBe(false);
  });

  it('maps each published file to its URL', () => {
    expect(Object.fromEntries(index.published)).toEqual({
      'van-ban/qd-12.md': '/van-ban/qd-12/',
      'van-ban/qd-12.pdf': '/van-ban/qd-12/qd-12.pdf',
      'tin-tuc/2025/hop-bao.md': '/tin-tuc/hop-bao/',
    });
  });
});
