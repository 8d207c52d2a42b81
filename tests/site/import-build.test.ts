import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build/build-site';
import { importSite, type ImportOutcome } from '../../scripts/lib/import/importer';
import { ALBUM_TITLE, DOCUMENT_NUMBER, NEWS_TITLE, OLD_HOST, WXR_POST_TITLE, writeLegacyMirror, writeWordPressExport } from '../helpers/legacy-portal';
import { squash } from '../helpers/built-site';

/** The real content/ with the old portal's mirror and a WordPress export imported into it, then built. */
const work = mkdtempSync(join(tmpdir(), 'import-build-'));
const content = join(work, 'content');
const OUT = '.tmp/import-dist';
const outcomes: ImportOutcome[] = [];
const read = (path: string) => parseHTML(readFileSync(join(OUT, path, 'index.html'), 'utf8')).document;
const mainText = (document: Document) => squash(document.querySelector('main')!.textContent);

beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  await writeLegacyMirror(join(work, 'mirror'));
  outcomes.push(await importSite({ input: join(work, 'mirror'), outDir: content }));
  outcomes.push(await importSite({ input: await writeWordPressExport(join(work, 'wordpress')), outDir: content }));
  await buildSite({ contentDir: content, outDir: OUT, cold: true });
});

describe('an imported corpus builds, and its pages read as the originals did', () => {
  it('imports without a problem for the check', () => {
    expect(outcomes.flatMap((outcome) => outcome.problems)).toEqual([]);
    expect(outcomes.map((outcome) => outcome.imported.length)).toEqual([6, 3]);
  });

  it('an article shows every paragraph of the old one, its captioned pictures, its table and its links to pages that exist', () => {
    const original = parseHTML(
      readFileSync(join(work, 'mirror', OLD_HOST, 'tin-tuc/le-ky-niem-60-nam-quan-he-huu-nghi-viet-nam-lao-1234.html'), 'utf8'),
    ).document;
    const page = read('tin-tuc/le-ky-niem-60-nam-quan-he-huu-nghi-viet-nam-lao');
    expect(squash(page.querySelector('main h1')?.textContent)).toBe(NEWS_TITLE);
    expect(page.querySelector('main time')?.getAttribute('datetime')).toMatch(/^2018-03-12/);
    for (const paragraph of original.querySelectorAll('.news-content p')) {
      const text = squash(paragraph.textContent);
      if (text) expect(mainText(page)).toContain(text);
    }
    const pictures = [...page.querySelectorAll('main img')].map((img) => img.getAttribute('alt'));
    expect(pictures).toEqual(expect.arrayContaining(['Đồng chí Chủ tịch UBND tỉnh phát biểu tại buổi lễ', 'Trao quà lưu niệm']));
    expect([...page.querySelectorAll('main table th')].map((th) => squash(th.textContent))).toEqual(['Năm', 'Số đoàn ra', 'Số đoàn vào']);
    const link = page.querySelector('main a[href*="tinh-son-la-tiep-doan-cong-tac-tinh-hua-phan"]')!.getAttribute('href')!;
    expect(existsSync(join(OUT, link, 'index.html'))).toBe(true);
  });

  it('a document lists its number and attachments, which download from the site', () => {
    const page = read('van-ban/quyet-dinh-125-qd-ubnd');
    expect(mainText(page)).toContain(DOCUMENT_NUMBER);
    expect(mainText(page)).toContain('Ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại');
    const files = [...page.querySelectorAll('main a[href$=".pdf"], main a[href$=".docx"]')].map((a) => a.getAttribute('href')!);
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) expect(existsSync(join(OUT, decodeURI(file)))).toBe(true);
  });

  it('an album shows its three photos with their captions as descriptions, and a WordPress post its text and picture', () => {
    const album = read('album-anh/doan-cong-tac-tinh-bo-keo-tham-va-lam-viec-tai-son-la');
    expect(squash(album.querySelector('main h1')?.textContent)).toBe(ALBUM_TITLE);
    const alts = [...album.querySelectorAll('main img')].map((img) => img.getAttribute('alt'));
    expect(alts).toEqual(expect.arrayContaining(['Lễ đón đoàn tại cửa khẩu Chiềng Khương', 'Hai đoàn hội đàm', 'Thăm mô hình trồng cà phê']));
    const post = read('tin-tuc/son-la-don-tong-lanh-su-lao-tai-da-nang');
    expect(squash(post.querySelector('main h1')?.textContent)).toBe(WXR_POST_TITLE);
    expect(mainText(post)).toContain('Hai bên trao đổi về hợp tác giáo dục và đào tạo lưu học sinh Lào tại Sơn La.');
    expect([...post.querySelectorAll('main img')].map((img) => img.getAttribute('alt'))).toContain('Lãnh đạo tỉnh tiếp Tổng Lãnh sự');
  });
});
