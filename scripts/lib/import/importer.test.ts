import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewContent } from '../../../src/lib/checks/content-check';
import { splitFrontMatter } from '../../../src/lib/content/front-matter';
import { VALID_TREE, writeTree } from '../../../tests/helpers/content-tree';
import {
  ALBUM_TITLE,
  DOCUMENT_NUMBER,
  JOOMLA_TITLE,
  LEGACY_CAPTURE,
  NEWS_TITLE,
  OLD_HOST,
  TCVN3_TITLE,
  WXR_POST_TITLE,
  writeLegacyMirror,
  writeWordPressExport,
} from '../../../tests/helpers/legacy-portal';
import { writeWacz } from '../archive/wacz';
import { importSite, type ImportOutcome } from './importer';
import { formatImportReport } from './report';

const work = mkdtempSync(join(tmpdir(), 'import-'));
/** A copy of the real content tree: imports land beside the department's real pages and settings. */
function contentCopy(name: string): string {
  const target = join(work, name);
  cpSync('content', target, { recursive: true });
  return target;
}
const frontMatter = (path: string) => parse(splitFrontMatter(readFileSync(path, 'utf8'), 'markdown')!.yaml) as Record<string, unknown>;
const body = (path: string) => {
  const source = readFileSync(path, 'utf8');
  return source.slice(splitFrontMatter(source, 'markdown')!.bodyStart);
};

let mirror: string;
let content: string;
let outcome: ImportOutcome;

beforeAll(async () => {
  mirror = await writeLegacyMirror(join(work, 'mirror'));
  content = contentCopy('content-mirror');
  outcome = await importSite({ input: join(work, 'mirror'), outDir: content });
  // Writing the fixture pictures and importing take seconds, more on a loaded machine.
}, 180_000);

describe('importing a wget mirror of the old portal', () => {
  it('imports the article, document, album and the other platforms’ pages into their collections, and every written file passes the check', async () => {
    expect(outcome.imported.map((page) => [page.from, page.file, page.url]).sort()).toEqual(
      [
        [
          '/Default.aspx?tabid=75&ArticleId=88',
          'tin-tuc/2018/hoi-nghi-tong-ket-cong-tac-doi-ngoai-nam-2017.md',
          '/tin-tuc/hoi-nghi-tong-ket-cong-tac-doi-ngoai-nam-2017/',
        ],
        [
          '/index.php?option=com_content&view=article&id=56',
          'tin-tuc/2019/tinh-son-la-tiep-doan-cong-tac-tinh-hua-phan.md',
          '/tin-tuc/tinh-son-la-tiep-doan-cong-tac-tinh-hua-phan/',
        ],
        [
          '/tin-tuc/dai-hoi-hoi-huu-nghi-77.html',
          'tin-tuc/2009/dai-hoi-dai-bieu-hoi-huu-nghi-viet-nam-lao-tinh-son-la.md',
          '/tin-tuc/dai-hoi-dai-bieu-hoi-huu-nghi-viet-nam-lao-tinh-son-la/',
        ],
        [
          '/tin-tuc/le-ky-niem-60-nam-quan-he-huu-nghi-viet-nam-lao-1234.html',
          'tin-tuc/2018/le-ky-niem-60-nam-quan-he-huu-nghi-viet-nam-lao.md',
          '/tin-tuc/le-ky-niem-60-nam-quan-he-huu-nghi-viet-nam-lao/',
        ],
        ['/van-ban/quyet-dinh-125-qd-ubnd-99.html', 'van-ban/quyet-dinh-125-qd-ubnd.md', '/van-ban/quyet-dinh-125-qd-ubnd/'],
        [
          '/web/guest/album-anh/-/asset_publisher/AbC123/content/doan-cong-tac-tinh-bo-keo',
          'album-anh/doan-cong-tac-tinh-bo-keo-tham-va-lam-viec-tai-son-la/index.md',
          '/album-anh/doan-cong-tac-tinh-bo-keo-tham-va-lam-viec-tai-son-la/',
        ],
      ].sort(),
    );
    expect(outcome.problems).toEqual([]);
    expect((await reviewContent(content)).problems).toEqual([]);
  });

  it('reads title, date, category, summary and the signed author of an article, and keeps its pictures, captions, table and links in Markdown without the portal’s layout', () => {
    const file = join(content, 'tin-tuc/2018/le-ky-niem-60-nam-quan-he-huu-nghi-viet-nam-lao.md');
    expect(frontMatter(file)).toEqual({
      title: NEWS_TITLE,
      date: '2018-03-12',
      category: 'Hoạt động đối ngoại',
      summary: 'Sáng 12/3, tỉnh Sơn La tổ chức lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Lào.',
      author: 'Minh Anh - Văn phòng Sở',
    });
    const markdown = body(file);
    expect(markdown).toContain(
      '![Đồng chí Chủ tịch UBND tỉnh phát biểu tại buổi lễ](./le-ky-niem-60-nam-quan-he-huu-nghi-viet-nam-lao-1.jpg)\n\n*Đồng chí Chủ tịch UBND tỉnh phát biểu tại buổi lễ*',
    );
    expect(markdown).toContain('![Trao quà lưu niệm](./le-ky-niem-60-nam-quan-he-huu-nghi-viet-nam-lao-2.png)\n\n*Hai đoàn trao quà lưu niệm*');
    expect(markdown).toContain('| Năm | Số đoàn ra | Số đoàn vào |\n| --- | --- | --- |\n| 2016 | 12 | 15 |');
    expect(markdown).toContain('[buổi tiếp đoàn tỉnh Hủa Phăn](/tin-tuc/tinh-son-la-tiep-doan-cong-tac-tinh-hua-phan/)');
    expect(markdown).toContain('[trang Bộ Ngoại giao](https://mofa.gov.vn/)');
    for (const layout of ['Lượt xem', 'Chia sẻ', 'TIN XEM NHIỀU', 'Đường dây nóng', 'Tổng số', 'quảng cáo', 'Tin liên quan', 'Thứ Hai, 12/03/2018'])
      expect(markdown).not.toContain(layout);
    expect(existsSync(join(content, 'tin-tuc/2018/le-ky-niem-60-nam-quan-he-huu-nghi-viet-nam-lao-1.jpg'))).toBe(true);
  });

  it('reads a document’s number, type, issuer, dates and attachments from its table', () => {
    const file = join(content, 'van-ban/quyet-dinh-125-qd-ubnd.md');
    expect(frontMatter(file)).toEqual({
      number: DOCUMENT_NUMBER,
      type: 'Quyết định',
      issuer: ['Ủy ban nhân dân tỉnh Sơn La'],
      field: 'Hợp tác quốc tế',
      signer: 'Hoàng Quốc Khánh',
      issued: '2020-01-15',
      effective: '2020-02-01',
      status: 'Còn hiệu lực',
      summary: 'Ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh Sơn La',
      files: [
        { file: 'quyet-dinh-125-qd-ubnd-ban-pdf.pdf', title: 'Quyết định 125/QĐ-UBND (bản PDF)' },
        { file: 'quy-che-kem-theo.docx', title: 'Quy chế kèm theo' },
      ],
    });
    expect(readFileSync(join(content, 'van-ban/quyet-dinh-125-qd-ubnd-ban-pdf.pdf'), 'latin1')).toMatch(/^%PDF/);
  });

  it('makes an album of a Liferay gallery page, photos beside it with their captions as descriptions', () => {
    const folder = join(content, 'album-anh/doan-cong-tac-tinh-bo-keo-tham-va-lam-viec-tai-son-la');
    expect(frontMatter(join(folder, 'index.md'))).toMatchObject({
      title: ALBUM_TITLE,
      date: '2021-10-20',
      photos: [
        { file: 'anh-1.jpg', alt: 'Lễ đón đoàn tại cửa khẩu Chiềng Khương' },
        { file: 'anh-2.jpg', alt: 'Hai đoàn hội đàm' },
        { file: 'anh-3.jpg', alt: 'Thăm mô hình trồng cà phê' },
      ],
    });
    expect(readdirSync(folder).sort()).toEqual(['anh-1.jpg', 'anh-2.jpg', 'anh-3.jpg', 'index.md']);
  });

  it('converts a TCVN3 page and a Windows-1258 page to Unicode, and says so for review', () => {
    const tcvn3 = outcome.imported.find((page) => page.from === '/tin-tuc/dai-hoi-hoi-huu-nghi-77.html')!;
    expect(frontMatter(join(content, tcvn3.file)).title).toBe(TCVN3_TITLE);
    expect(body(join(content, tcvn3.file))).toContain(
      'Ngày 20 tháng 11 năm 2009, Hội hữu nghị Việt Nam - Lào tỉnh Sơn La đã tổ chức Đại hội đại biểu lần thứ hai',
    );
    expect(tcvn3.review).toContain('trang cũ gõ bằng phông TCVN3 (.VnTime): đã chuyển sang Unicode, hãy đọc lại chữ');
    const dnn = outcome.imported.find((page) => page.from.startsWith('/Default.aspx'))!;
    expect(body(join(content, dnn.file))).toContain('Năm 2017, tỉnh đã đón 33 đoàn khách quốc tế');
    expect(dnn.review).toContain('trang không khai báo bảng mã và không phải UTF-8: đã đọc theo windows-1258, hãy đọc lại chữ');
  });

  it('merges the same article under a second address, recognises the real introduction page as one the site already has, and skips list and empty pages with a reason', () => {
    expect(outcome.merged).toEqual([
      { from: '/gioi-thieu/gioi-thieu-chung-1.html', into: '/gioi-thieu/qua-trinh-xay-dung-va-phat-trien/', why: 'bài đã có trên trang mới' },
      {
        from: '/index.php?option=com_content&view=article&id=1234',
        into: '/tin-tuc/le-ky-niem-60-nam-quan-he-huu-nghi-viet-nam-lao/',
        why: 'trùng bài đã nhập (cùng tiêu đề và ngày, hoặc cùng nội dung)',
      },
    ]);
    expect(outcome.skipped).toEqual([
      { from: '/', reason: 'trang chủ (chỉ có danh sách tin)' },
      { from: '/lien-he.html', reason: 'không đọc được ngày đăng (thêm bộ chọn "date" cho loại trang này trong tệp cấu hình)' },
      { from: '/tin-tuc.html', reason: 'trang danh sách (phần lớn nội dung là liên kết tới trang khác)' },
    ]);
    expect(outcome.missing).toEqual([
      { from: '/index.php?option=com_content&view=article&id=56', url: `http://${OLD_HOST}/images/2019/09/tiep-doan.jpg`, what: 'ảnh' },
    ]);
  });

  it('writes every old address with its new page into cai-dat/chuyen-huong.yaml, and the check accepts the file', () => {
    const redirects = (parse(readFileSync(join(content, 'cai-dat/chuyen-huong.yaml'), 'utf8')) as { redirects: { from: string; to: string }[] }).redirects;
    expect(redirects).toContainEqual({
      from: '/index.php?option=com_content&view=article&id=1234',
      to: '/tin-tuc/le-ky-niem-60-nam-quan-he-huu-nghi-viet-nam-lao/',
    });
    expect(redirects).toContainEqual({
      from: '/tin-tuc/le-ky-niem-60-nam-quan-he-huu-nghi-viet-nam-lao-1234.html',
      to: '/tin-tuc/le-ky-niem-60-nam-quan-he-huu-nghi-viet-nam-lao/',
    });
    expect(redirects).toContainEqual({ from: '/gioi-thieu/gioi-thieu-chung-1.html', to: '/gioi-thieu/qua-trinh-xay-dung-va-phat-trien/' });
    expect(redirects).toHaveLength(8);
    expect(Object.keys(redirects[0]!)).toEqual(['from', 'to']);
  });

  it('reports in Vietnamese: each page old → file → new address, skipped pages, merged duplicates, missing pictures, things to review', () => {
    const report = formatImportReport(outcome);
    expect(report).toContain(`| /van-ban/quyet-dinh-125-qd-ubnd-99.html | content/van-ban/quyet-dinh-125-qd-ubnd.md | /van-ban/quyet-dinh-125-qd-ubnd/ |`);
    expect(report).toContain('| /tin-tuc.html | trang danh sách (phần lớn nội dung là liên kết tới trang khác) |');
    expect(report).toContain('## Bài trùng đã gộp');
    expect(report).toContain(`- ảnh: http://${OLD_HOST}/images/2019/09/tiep-doan.jpg (trong trang /index.php?option=com_content&view=article&id=56)`);
    expect(report).toContain('tệp đính kèm "tại đây" chưa được đăng');
    expect(report).toContain('mọi tệp đã nhập đều hợp lệ');
  });

  it('a second import of the same copy creates nothing new: every page is found on the site', async () => {
    const again = await importSite({ input: join(work, 'mirror'), outDir: content, dryRun: true });
    expect(again.imported).toEqual([]);
    expect(again.files).toEqual([]);
    expect(again.merged.map((page) => page.why)).toEqual(Array(8).fill('bài đã có trên trang mới'));
  });
});

describe('dry run and configuration', () => {
  it('--dry-run lists the files it would create and writes nothing', async () => {
    const target = contentCopy('content-dry');
    // The site's own redirects file is there already (empty): a dry run leaves it as it is.
    const redirectsBefore = readFileSync(join(target, 'cai-dat/chuyen-huong.yaml'), 'utf8');
    const dry = await importSite({ input: join(work, 'mirror'), outDir: target, dryRun: true });
    expect(dry.files).toContain('van-ban/quyet-dinh-125-qd-ubnd.md');
    expect(dry.files).toContain('cai-dat/chuyen-huong.yaml');
    expect(existsSync(join(target, 'van-ban/quyet-dinh-125-qd-ubnd.md'))).toBe(false);
    expect(readFileSync(join(target, 'cai-dat/chuyen-huong.yaml'), 'utf8')).toBe(redirectsBefore);
  });

  it('a YAML config with CSS selectors reads a page kind exactly and skips what it is told to', async () => {
    const config = join(work, 'import.yaml');
    writeFileSync(
      config,
      [
        'pages:',
        '  - kind: skip',
        '    match: "^/lien-he"',
        '    reason: trang liên hệ, đã có trên trang mới',
        '  - kind: news',
        '    match: "option=com_content"',
        '    title: "[itemprop=headline]"',
        '    date: "dd.published"',
        '    author: "dd.createdby"',
        '    body: "[itemprop=articleBody]"',
        'defaults:',
        '  author: Văn phòng Sở',
        '',
      ].join('\n'),
    );
    const result = await importSite({ input: join(work, 'mirror'), outDir: contentCopy('content-config'), config, dryRun: true });
    expect(result.skipped).toContainEqual({ from: '/lien-he.html', reason: 'trang liên hệ, đã có trên trang mới' });
    const joomla = result.imported.find((page) => page.from.includes('id=56'))!;
    expect(joomla.file).toBe('tin-tuc/2019/tinh-son-la-tiep-doan-cong-tac-tinh-hua-phan.md');
    expect(result.imported.find((page) => page.from.startsWith('/Default.aspx'))!.review).toContain('không thấy tác giả: đã ghi "Văn phòng Sở"');
  });

  it('a mistake in the config is a Vietnamese message naming the file and the field', async () => {
    const config = join(work, 'bad.yaml');
    writeFileSync(config, 'pages:\n  - kind: tin\n    match: "/tin-tuc/"\n');
    await expect(importSite({ input: join(work, 'mirror'), outDir: content, config, dryRun: true })).rejects.toThrow(
      `${config}: cấu hình nhập chưa đúng:\n  trường "pages.0.kind"`,
    );
  });
});

describe('web archives and WordPress', () => {
  it('imports the same pages from a WACZ of the mirror', async () => {
    const wacz = join(work, 'old-site.wacz');
    await writeWacz({ siteDir: mirror, siteUrl: `http://${OLD_HOST}`, output: wacz, title: 'Trang cũ Sở Ngoại vụ' });
    const target = contentCopy('content-wacz');
    const result = await importSite({ input: wacz, outDir: target });
    expect(result.kind).toBe('wacz');
    expect(result.problems).toEqual([]);
    const titles = result.imported.map((page) => (frontMatter(join(target, page.file)).title ?? frontMatter(join(target, page.file)).number) as string).sort();
    expect(titles).toEqual([ALBUM_TITLE, DOCUMENT_NUMBER, 'Hội nghị tổng kết công tác đối ngoại năm 2017', JOOMLA_TITLE, NEWS_TITLE, TCVN3_TITLE].sort());
    expect(readdirSync(join(target, 'van-ban'))).toContain('quy-che-kem-theo.docx');
  });

  it('reads a WARC.gz with query addresses and a recorded redirect: the redirecting address points at the new page too', async () => {
    const page = readFileSync(join(mirror, 'index.php@option=com_content&view=article&id=56.html'));
    const url = `http://${OLD_HOST}/index.php?option=com_content&view=article&id=56`;
    const date = '2024-05-01T00:00:00Z';
    const records = [
      WARCRecord.create({ url, date, type: 'response', statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } }, [page]),
      WARCRecord.create(
        { url: `http://${OLD_HOST}/?p=56`, date, type: 'response', statusline: 'HTTP/1.1 301 Moved Permanently', httpHeaders: { Location: url } },
        [],
      ),
    ];
    const path = join(work, 'old.warc.gz');
    writeFileSync(path, Buffer.concat(await Promise.all(records.map(async (record) => Buffer.from(await WARCSerializer.serialize(record, { gzip: true }))))));
    const result = await importSite({ input: path, outDir: contentCopy('content-warc') });
    expect(result.imported.map((imported) => imported.from)).toEqual(['/index.php?option=com_content&view=article&id=56']);
    expect(result.redirects).toEqual([
      { from: '/?p=56', to: '/tin-tuc/tinh-son-la-tiep-doan-cong-tac-tinh-hua-phan/' },
      { from: '/index.php?option=com_content&view=article&id=56', to: '/tin-tuc/tinh-son-la-tiep-doan-cong-tac-tinh-hua-phan/' },
    ]);
  });

  it('imports the published Vietnamese posts and pages of a WordPress export, with the author’s display name and captions, and skips drafts', async () => {
    const target = contentCopy('content-wxr');
    const result = await importSite({ input: await writeWordPressExport(join(work, 'wordpress')), outDir: target });
    expect(result.kind).toBe('wxr');
    expect(result.problems).toEqual([]);
    expect(result.imported.map((page) => page.file).sort()).toEqual([
      'gioi-thieu/lich-su-hinh-thanh.md',
      'tin-tuc/2018/son-la-don-tong-lanh-su-lao-tai-da-nang.md',
      'tin-tuc/2019/tap-huan-cong-tac-lanh-su-nam-2019.md',
    ]);
    const post = join(target, 'tin-tuc/2018/son-la-don-tong-lanh-su-lao-tai-da-nang.md');
    expect(frontMatter(post)).toMatchObject({ title: WXR_POST_TITLE, date: '2018-03-12', category: 'Hoạt động đối ngoại', author: 'Nguyễn Thu Hà' });
    expect(body(post)).toContain('![Lãnh đạo tỉnh tiếp Tổng Lãnh sự](./son-la-don-tong-lanh-su-lao-tai-da-nang-1.jpg)\n\n*Lãnh đạo tỉnh tiếp Tổng Lãnh sự*');
    expect(body(post)).toContain('Hai bên trao đổi về **hợp tác giáo dục**');
    expect(result.skipped).toContainEqual({ from: '/2020/01/ban-nhap/', reason: 'bài chưa đăng trên trang cũ (trạng thái "draft")' });
    expect(result.missing).toEqual([
      { from: '/2019/06/tap-huan-lanh-su-2019/', url: 'https://songoaivu.example.vn/wp-content/uploads/2019/06/tap-huan.jpg', what: 'ảnh' },
    ]);
  });
});

describe('the real "Giới thiệu chung" page of the old site', () => {
  it('becomes an introduction page with every paragraph of the article and none of the old page’s chrome', async () => {
    const target = writeTree({ ...VALID_TREE });
    const result = await importSite({ input: join(work, 'mirror'), outDir: target });
    const about = result.imported.find((page) => page.from === '/gioi-thieu/gioi-thieu-chung-1.html')!;
    expect(about.file).toBe('gioi-thieu/so-ngoai-vu-tinh-son-la-qua-trinh-xay-dung-va-phat-trien.md');
    expect(about.review).toContain('tiêu đề viết hoa toàn bộ như trang cũ: hãy viết lại theo kiểu câu');
    const markdown = body(join(target, about.file));
    const lines = LEGACY_CAPTURE.split('\n').map((line) => line.trim());
    const article = lines.slice(lines.indexOf('SỞ NGOẠI VỤ TỈNH SƠN LA - QUÁ TRÌNH XÂY DỰNG VÀ PHÁT TRIỂN') + 1, lines.indexOf('VĂN BẢN MỚI')).filter(Boolean);
    expect(article.length).toBeGreaterThan(10);
    const flat = markdown.replace(/\\/g, '').replace(/\s+/g, ' ');
    for (const paragraph of article) expect(flat).toContain(paragraph.replace(/^-\s*/, '').replace(/\s+/g, ' '));
    for (const chrome of ['Đường dây nóng', 'TIN XEM NHIỀU', 'VIDEO - CLIP', 'LIÊN KẾT WEBSITE', 'Tổng số', '96317']) expect(markdown).not.toContain(chrome);
    expect(result.problems).toEqual([]);
  });
});
