import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type NginxServer } from '../../scripts/lib/publish/nginx-server';
import { readThirdPartySettings } from '../../src/integrations/security-headers';
import { IMMUTABLE_CACHE, SECURITY_HEADERS, SHORT_CACHE, editorHeaderPolicy, sitePolicy } from '../../src/lib/security/csp';
import { NGINX_MAPS_FILE, redirectsFile } from '../../src/lib/publish';
import { TEST_CONTENT, TEST_DIST, fileOf, page } from '../helpers/built-site';
import { rawGet } from '../helpers/http';
import { TEST_REDIRECTS } from '../helpers/redirect-fixtures';
import { samplePages } from '../helpers/served-site';

let nginx: NginxServer;
beforeAll(async () => {
  nginx = await startNginx(TEST_DIST);
});
afterAll(() => nginx?.close());

const get = (path: string, headers: Record<string, string> = {}) => rawGet(`${nginx.url}${path}`, headers);
const SITE_POLICY = () => sitePolicy(readThirdPartySettings(TEST_CONTENT));
const article = () => page('/tin-tuc/').querySelector('main .news-title a')!.getAttribute('href')!;

/** The security headers every answer carries, whatever its status. */
function expectSecurityHeaders(headers: Record<string, unknown>, policy: string) {
  expect(headers['content-security-policy']).toBe(policy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
}

describe('nginx serves the build with the policies of src/lib/security/csp.ts', () => {
  it('each page type: 200, HTML in UTF-8, the site policy, every security header, five minutes of cache', async () => {
    for (const path of samplePages().filter((p) => p !== '/404.html')) {
      const { status, headers } = await get(path);
      expect(status, path).toBe(200);
      expect(headers['content-type'], path).toBe('text/html; charset=utf-8');
      expectSecurityHeaders(headers, SITE_POLICY());
      expect(headers['cache-control'], path).toBe(SHORT_CACHE);
    }
  });

  it('the web editor under /admin/ gets its own policy', async () => {
    const { status, headers } = await get('/admin/');
    expect(status).toBe(200);
    expectSecurityHeaders(headers, editorHeaderPolicy());
  });

  it('hashed files under /_astro/ are cached for a year; Pagefind and feeds for five minutes', async () => {
    const [css] = await glob('_astro/*.css', { cwd: TEST_DIST });
    expect((await get(`/${css}`)).headers['cache-control']).toBe(IMMUTABLE_CACHE);
    expect((await get('/pagefind/pagefind.js')).headers['cache-control']).toBe(SHORT_CACHE);
    expect((await get('/rss.xml')).headers['cache-control']).toBe(SHORT_CACHE);
  });
});

describe('compression is negotiated from the files the build compressed', () => {
  it('an article: Brotli to a browser that accepts it, gzip to one that accepts only gzip, the file as is otherwise', async () => {
    const file = fileOf(article());
    const br = await get(article(), { 'Accept-Encoding': 'gzip, deflate, br' });
    expect([br.status, br.headers['content-encoding'], br.headers.vary]).toEqual([200, 'br', 'Accept-Encoding']);
    expect(br.body.equals(readFileSync(`${file}.br`))).toBe(true);
    const gz = await get(article(), { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.equals(readFileSync(`${file}.gz`))).toBe(true);
    const plain = await get(article());
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(file))).toBe(true);
    expect(br.body.length).toBeLessThan(gz.body.length);
  });

  it("styles, scripts and Pagefind's own script come compressed too", async () => {
    const [css] = await glob('_astro/*.css', { cwd: TEST_DIST });
    for (const path of [`/${css}`, '/pagefind/pagefind.js', '/sitemap-index.xml']) {
      expect((await get(path, { 'Accept-Encoding': 'br' })).headers['content-encoding'], path).toBe('br');
    }
  });
});

describe('what a visitor meets off the pages', () => {
  it('an unknown address: the Vietnamese 404 page with status 404 and every header', async () => {
    const { status, headers, body } = await get('/khong-co-trang-nay/');
    expect(status).toBe(404);
    expect(body.toString()).toBe(readFileSync(fileOf('/404.html'), 'utf8'));
    expect(page('/404.html').documentElement.getAttribute('lang')).toBe('vi');
    expectSecurityHeaders(headers, SITE_POLICY());
  });

  it('no folder is listed and no host file is served', async () => {
    for (const path of ['/_astro/', '/pagefind/', '/_headers', '/_redirects', `/${NGINX_MAPS_FILE}`]) {
      const { status, body } = await get(path);
      expect([path, status]).toEqual([path, 404]);
      expect(body.toString()).not.toContain('Index of');
    }
  });

  it('a folder asked without its slash is sent to it', async () => {
    const { status, headers } = await get('/tin-tuc');
    expect([status, headers.location]).toEqual([301, '/tin-tuc/']);
  });

  it("the old site's addresses, with or without a query, answer 301 to a page that answers 200", async () => {
    for (const { from, to } of TEST_REDIRECTS) {
      const { status, headers } = await get(from);
      expect([from, status, headers.location]).toEqual([from, 301, to]);
      expect((await get(to)).status).toBe(200);
    }
    expect((await get('/tin-tuc/tin-cu.html?utm_source=zalo')).headers.location).toBe('/tin-tuc/');
    expect((await get('/index.php?option=com_content&view=article&id=999')).status).toBe(404);
  });

  it('hosts without redirects get _redirects, and a page at each old address that sends the visitor on', () => {
    expect(readFileSync(fileOf('/_redirects'), 'utf8')).toBe(redirectsFile(TEST_REDIRECTS));
    const old = page('/tin-tuc/tin-cu.html');
    expect(old.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe('0; url=/tin-tuc/');
    expect(old.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe('https://songoaivu.sonla.gov.vn/tin-tuc/');
    expect(page('/van-ban-cu/').querySelector('a')!.getAttribute('href')).toBe('/van-ban/');
  });

  it('a video is served in ranges, so a player can seek', async () => {
    const [clip] = await glob('**/*.mp4', { cwd: TEST_DIST });
    const bytes = readFileSync(join(TEST_DIST, clip!));
    const { status, headers, body } = await get(`/${clip}`, { Range: 'bytes=100-199' });
    expect([status, headers['content-type'], headers['content-range']]).toEqual([206, 'video/mp4', `bytes 100-199/${statSync(join(TEST_DIST, clip!)).size}`]);
    expect(body.equals(bytes.subarray(100, 200))).toBe(true);
  });
});

describe('types the browser trusts (nosniff)', () => {
  let other: NginxServer;
  let root: string;
  beforeAll(async () => {
    // Files the test build does not have (a web archive, a calendar, a manifest), served with the same configuration.
    root = mkdtempSync(join(tmpdir(), 'nginx-types-'));
    // nginx's workers run as another user: mkdtemp's folder is private.
    chmodSync(root, 0o755);
    mkdirSync(join(root, '_nginx'));
    writeFileSync(join(root, NGINX_MAPS_FILE), readFileSync(join(TEST_DIST, NGINX_MAPS_FILE)));
    for (const name of ['ban-luu.wacz', 'lich.ics', 'site.webmanifest', 'anh.avif', 'phu-de.vtt']) writeFileSync(join(root, name), 'x');
    other = await startNginx(root);
  });
  afterAll(async () => {
    await other?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('.wacz, .ics, .webmanifest, .avif, .vtt', async () => {
    const type = async (name: string) => (await rawGet(`${other.url}/${name}`)).headers['content-type'];
    expect(await Promise.all(['ban-luu.wacz', 'lich.ics', 'site.webmanifest', 'anh.avif', 'phu-de.vtt'].map(type))).toEqual([
      'application/wacz',
      'text/calendar; charset=utf-8',
      'application/manifest+json; charset=utf-8',
      'image/avif',
      'text/vtt; charset=utf-8',
    ]);
    const [webp] = await glob('_astro/*.webp', { cwd: TEST_DIST });
    expect(webp).toBeDefined();
    expect((await get(`/${webp}`)).headers['content-type']).toBe('image/webp');
  });
});
