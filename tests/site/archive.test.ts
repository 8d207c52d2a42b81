import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArchive, README, type ArchiveReport } from '../../scripts/lib/archive/make-archive';
import { CHECKSUMS, extractZip, MANIFEST, readZip, zipFolder } from '../../scripts/lib/archive/files';
import { SIGNATURE, generateSigningKeys } from '../../scripts/lib/archive/signature';
import { launchChromium } from '../../scripts/lib/shared/chromium';
import { serveStatic } from '../../scripts/lib/shared/static-server';
import { foldVietnamese } from '../../src/lib/shared/slug';
import { page, sitemapPaths, TEST_DIST } from '../helpers/built-site';
import { LARGE_ALBUM, LOCAL_CLIP } from '../helpers/media-fixtures';

const run = promisify(execFile);
const WORK = resolve('.tmp/test-archive');
const UNZIPPED = join(WORK, 'unzipped');
const BUILT_AT = new Date('2026-11-29T03:00:00Z');
const GIT = { commit: '0123456789abcdef0123456789abcdef01234567', uncommittedChanges: false };
const KEYS = generateSigningKeys();
const PUBLIC_KEY = join(resolve('.tmp'), 'test-archive-key.pub.pem');

let report: ArchiveReport;
let browser: Browser;

beforeAll(async () => {
  await rm(WORK, { recursive: true, force: true });
  report = await createArchive({ siteDir: TEST_DIST, outDir: WORK, workDir: join(WORK, 'work'), builtAt: BUILT_AT, git: GIT, signingKey: KEYS.privateKey });
  await writeFile(PUBLIC_KEY, KEYS.publicKey);
  await extractZip(report.zip, UNZIPPED);
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const fileUrl = (path: string) => pathToFileURL(join(UNZIPPED, path)).href;
const ROOT_URL = `${pathToFileURL(UNZIPPED).href}/`;

/** Opens a file of the unzipped archive, noting every request outside it and every failure. */
async function openOffline(tab: Page, problems: string[], url: string): Promise<void> {
  tab.removeAllListeners();
  tab.on('request', (request) => {
    if (!request.url().startsWith(ROOT_URL) && !request.url().startsWith('data:')) problems.push(`${url} requested ${request.url()}`);
  });
  tab.on('requestfailed', (request) => {
    // Aborted: cut short by the test's own next navigation (lazy images, fonts, favicon); a missing file fails otherwise.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${url}: ${request.url()} failed (${request.failure()?.errorText})`);
  });
  tab.on('pageerror', (error) => problems.push(`${url}: script error ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${url}: console error ${message.text()}`);
  });
  await tab.goto(url, { waitUntil: 'load' });
}

describe('the offline archive', () => {
  it('is named after the site, the day and the commit, with index.html, a manifest and a read-me at its root', async () => {
    expect(report.zip).toBe(join(WORK, 'songoaivu-sonla-2026-11-29-0123456.zip'));
    const names: string[] = [];
    await readZip(report.zip, async (name, content) => {
      names.push(name);
      content.resume();
    });
    expect(names).toEqual(expect.arrayContaining(['index.html', MANIFEST, SIGNATURE, CHECKSUMS, README, 'tim-kiem/chi-muc.js']));
    expect(names.some((name) => name.startsWith('admin/') || name.startsWith('pagefind/'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(UNZIPPED, MANIFEST), 'utf8'));
    expect(manifest).toMatchObject({ commit: GIT.commit, version: '0.1.0', builtAt: BUILT_AT.toISOString(), site: 'https://songoaivu.sonla.gov.vn/' });
    // Every file but the manifest and its signature, which are written after it.
    expect(manifest.files.map((file: { path: string }) => file.path).sort()).toEqual(names.filter((name) => name !== MANIFEST && name !== SIGNATURE).sort());
    expect(readFileSync(join(UNZIPPED, README), 'utf8')).toContain('commit 0123456');
  });

  it('has every page open from file://, following every internal link, with no request outside it', async () => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    const queue = [fileUrl('index.html')];
    const visited = new Set<string>();
    const fragments: [string, string, string][] = [];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (visited.has(url)) continue;
      visited.add(url);
      await openOffline(tab, problems, url);
      expect(await tab.title(), url).not.toMatch(/^Index of/);
      const links = await tab.$$eval('a[href]', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      for (const link of links) {
        if (!link.startsWith('file:')) continue;
        if (!link.startsWith(ROOT_URL)) {
          problems.push(`${url} links outside the archive: ${link}`);
          continue;
        }
        const [target, fragment] = link.split('#') as [string, string | undefined];
        const path = decodeURIComponent(target.slice(ROOT_URL.length).split('?')[0]!);
        if (target.endsWith('/')) problems.push(`${url} links a folder: ${link}`);
        else if (!existsSync(join(UNZIPPED, path))) problems.push(`${url} links a missing file: ${link}`);
        else if (path.endsWith('.html')) {
          queue.push(target.split('?')[0]!);
          if (fragment) fragments.push([url, path, fragment]);
        }
      }
    }
    for (const [from, path, fragment] of fragments) {
      const { document } = parseHTML(await readFile(join(UNZIPPED, path), 'utf8'));
      if (!document.getElementById(decodeURIComponent(fragment))) problems.push(`${from} links #${fragment} missing from ${path}`);
    }
    await tab.close();
    expect(problems).toEqual([]);
    const pages = (await glob('**/*.html', { cwd: UNZIPPED })).filter((file) => file !== '404.html');
    expect([...visited].map((url) => decodeURIComponent(url.slice(ROOT_URL.length))).sort()).toEqual(pages.sort());
  });

  it('says on every page that it is a copy, and when it was made', () => {
    const { document } = parseHTML(readFileSync(join(UNZIPPED, 'van-ban/index.html'), 'utf8'));
    expect(document.querySelector('[role="note"]')?.textContent).toBe(
      'Bản lưu ngoại tuyến của songoaivu.sonla.gov.vn, tạo ngày 29/11/2026 (phiên bản 0.1.0, commit 0123456). Nội dung trên trang chính thức có thể đã được cập nhật.',
    );
  });

  it('finds a known document offline by a query typed without diacritics, from the header search box', async () => {
    const href = page('/van-ban/').querySelector('main tbody a')!.getAttribute('href')!;
    const title = page(href).querySelector('h1')!.textContent!.trim();
    const query = foldVietnamese(title).toLowerCase();
    expect(query).not.toBe(title);
    const tab = await browser.newPage();
    const problems: string[] = [];
    await openOffline(tab, problems, fileUrl('gioi-thieu/index.html'));
    await tab.getByRole('search').getByRole('searchbox').fill(query);
    await tab.getByRole('search').getByRole('searchbox').press('Enter');
    await tab.waitForURL(/tim-kiem\/index\.html\?q=/);
    const first = tab.locator('[data-search-results] li a').first();
    await first.waitFor();
    expect(await first.textContent()).toBe(title);
    await first.click();
    await tab.waitForURL(fileUrl(`${href.slice(1)}index.html`));
    expect(await tab.locator('h1').textContent()).toBe(title);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('narrows offline results with the filters and turns đ back in what it shows', async () => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    await openOffline(tab, problems, `${fileUrl('tim-kiem/index.html')}?q=so+ngoai+vu&kind=V%C4%83n+b%E1%BA%A3n`);
    await tab.locator('[data-search-results] li').first().waitFor();
    const kinds = await tab.locator('[data-search-results] li .meta').allTextContents();
    expect(kinds.every((meta) => meta.startsWith('Văn bản'))).toBe(true);
    expect(await tab.locator('[data-search-status]').textContent()).toMatch(/^Tìm thấy \d+ kết quả/);
    expect(await tab.locator('[data-search-results]').textContent()).not.toContain('ḑ');
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('ranks and marks phrases offline as online, and offers a close spelling when nothing matches', async () => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    await openOffline(tab, problems, `${fileUrl('tim-kiem/index.html')}?q=hop+tac`);
    await tab.locator('[data-search-results] li').first().waitFor();
    const excerpts = await tab.locator('[data-search-results] li p:not(.meta)').evaluateAll((items) => items.slice(0, 3).map((p) => p.innerHTML));
    for (const excerpt of excerpts) expect(excerpt).toMatch(/<mark>[Hh]ợp tác<\/mark>/);
    await openOffline(tab, problems, `${fileUrl('tim-kiem/index.html')}?q=hua+phn`);
    await tab.getByRole('link', { name: 'hua phăn' }).waitFor();
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('runs the album viewer from file://', async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    await openOffline(tab, problems, fileUrl(`album-anh/${LARGE_ALBUM}/index.html`));
    await tab.locator('[data-album] a').first().click();
    expect(await tab.getByRole('dialog').getByRole('heading').textContent()).toMatch(/^Ảnh 1 \/ \d+$/);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('shows a local clip with its captions from file://', async () => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    await openOffline(tab, problems, fileUrl(`video/${LOCAL_CLIP}/index.html`));
    const cues = await tab.evaluate(async () => {
      const track = document.querySelector('video')!.textTracks[0]!;
      track.mode = 'showing';
      await new Promise((done) => setTimeout(done, 500));
      return track.cues?.length ?? 0;
    });
    expect(cues).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await tab.close();
  });
});

describe('npm run archive:verify', () => {
  const verify = (path: string) =>
    run('npx', ['tsx', 'scripts/archive-verify.ts', path, '--public-key', PUBLIC_KEY]).then(
      (result) => ({ code: 0, output: result.stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
    );

  it('finds the archive intact, as sha256sum does', async () => {
    const result = await verify(report.zip);
    expect(result.code).toBe(0);
    expect(result.output).toContain('Chữ ký: hợp lệ');
    expect(result.output).toContain(`Toàn vẹn: cả ${report.manifest.files.length} tệp khớp với manifest.`);
    await expect(run('sha256sum', ['--check', '--quiet', CHECKSUMS], { cwd: UNZIPPED })).resolves.toBeDefined();
  });

  it('names a file with one changed byte, a missing file and an added one', async () => {
    const tampered = join(WORK, 'tampered');
    await extractZip(report.zip, tampered);
    const bytes = await readFile(join(tampered, 'lien-he/index.html'));
    bytes[100] = bytes[100]! ^ 1;
    await writeFile(join(tampered, 'lien-he/index.html'), bytes);
    await unlink(join(tampered, 'favicon.svg'));
    await appendFile(join(tampered, 'ghi-chu.txt'), 'thêm vào sau');
    const zip = join(WORK, 'tampered.zip');
    await zipFolder(tampered, zip, BUILT_AT);
    for (const path of [zip, tampered]) {
      const result = await verify(path);
      expect(result.code).toBe(1);
      expect(result.output).toContain('ĐÃ THAY ĐỔI (mã SHA-256 khác manifest): lien-he/index.html');
      expect(result.output).toContain('BỊ THIẾU (có trong manifest, không có trong bản lưu): favicon.svg');
      expect(result.output).toContain('THÊM VÀO (không có trong manifest): ghi-chu.txt');
      expect(result.output).toContain('KHÔNG toàn vẹn: 1 tệp thay đổi, 1 tệp thiếu, 1 tệp thêm vào');
    }
  });
});

describe('the web archive (WACZ)', () => {
  it('holds every page of the sitemap under its public address', async () => {
    const entries = new Map<string, string>();
    await readZip(report.wacz, async (name, content) => {
      const chunks: Buffer[] = [];
      for await (const chunk of content) chunks.push(chunk as Buffer);
      entries.set(name, name.endsWith('.json') || name.endsWith('.jsonl') ? Buffer.concat(chunks).toString('utf8') : '');
    });
    expect([...entries.keys()]).toEqual(expect.arrayContaining(['datapackage.json', 'pages/pages.jsonl', 'archive/data.warc.gz']));
    const pages = entries
      .get('pages/pages.jsonl')!
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => JSON.parse(line).url as string);
    const sitemap = sitemapPaths().map((path) => new URL(path, report.manifest.site).href);
    expect(sitemap.length).toBeGreaterThan(50);
    expect(pages).toEqual(expect.arrayContaining(sitemap));
    expect(pages.some((url) => url.includes('/admin/'))).toBe(false);
  });
});

describe('the site as served', () => {
  it('is crawlable: wget --mirror finds no broken link and reaches every page of the sitemap', async () => {
    const server = await serveStatic(TEST_DIST);
    const mirror = join(WORK, 'mirror');
    try {
      const result = await run('wget', ['--mirror', '--no-verbose', '--no-host-directories', '-P', mirror, `${server.url}/`]).then(
        () => ({ code: 0, log: '' }),
        (error: { code: number; stderr: string }) => ({ code: error.code, log: error.stderr }),
      );
      expect(result.log.split('\n').filter((line) => /ERROR|broken/i.test(line))).toEqual([]);
      expect(result.code).toBe(0);
    } finally {
      await server.close();
    }
    const missing = sitemapPaths().filter((path) => !existsSync(join(mirror, decodeURIComponent(path), 'index.html')));
    expect(missing).toEqual([]);
  });
});
