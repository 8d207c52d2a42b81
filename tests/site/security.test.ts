import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/shared/chromium';
import { startNginx } from '../../scripts/lib/publish/nginx-server';
import { serveStatic } from '../../scripts/lib/shared/static-server';
import { readThirdPartySettings } from '../../src/integrations/security-headers';
import { SECURITY_HEADERS, editorHeaderPolicy, headersFile, sitePolicy } from '../../src/lib/security/csp';
import { isSavedCopy } from '../../src/lib/share/saved-page';
import { TEST_CONTENT, TEST_DIST, fileOf, page, sitemapPaths } from '../helpers/built-site';

/** The policy of an ordinary page, written out: the test fails if src/lib/security/csp.ts changes it unnoticed. */
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; media-src 'self'; connect-src 'self'; worker-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
const CLIP_POLICY = PAGE_POLICY.replace("frame-src 'none'", 'frame-src https://www.youtube-nocookie.com');
const SEARCH_POLICY = PAGE_POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

const metaPolicy = (doc: Document) => doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');

/** Every page of the sitemap, and the 404 page. */
function sitemapPages(): string[] {
  return [...sitemapPaths(), '/404.html'];
}

describe('the built HTML has nothing inline for the policy to refuse', () => {
  it('no inline script, <style>, style attribute or event handler on any page', async () => {
    const found: string[] = [];
    for (const file of await glob('**/*.html', { cwd: TEST_DIST })) {
      const { document } = parseHTML(readFileSync(`${TEST_DIST}/${file}`, 'utf8'));
      // Saved copies ("Lưu") are standalone downloads with their own policy: styles inline, no script at all.
      if (isSavedCopy(document)) {
        if (document.querySelector('script:not([type="application/ld+json"])')) found.push(`${file}: a script in a saved copy`);
        continue;
      }
      // JSON-LD is a data block, which a policy does not restrict.
      for (const script of document.querySelectorAll('script:not([src]):not([type="application/ld+json"])'))
        found.push(`${file}: inline <script> ${script.textContent?.slice(0, 60)}`);
      if (document.querySelector('style')) found.push(`${file}: <style>`);
      for (const element of document.querySelectorAll('*')) {
        for (const { name } of element.attributes) {
          if (name === 'style' || /^on/i.test(name)) found.push(`${file}: <${element.localName} ${name}>`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('each page type carries its policy in a meta tag', () => {
    const clip = page('/video/').querySelector('main .title a')!.getAttribute('href')!;
    expect(metaPolicy(page('/'))).toBe(PAGE_POLICY);
    expect(metaPolicy(page('/404.html'))).toBe(PAGE_POLICY);
    expect(metaPolicy(page(clip))).toBe(CLIP_POLICY);
    expect(metaPolicy(page('/tim-kiem/'))).toBe(SEARCH_POLICY);
  });

  it('_headers gives every top-level file and folder the site policy, the editor its own, hashed assets a year', () => {
    const text = readFileSync(fileOf('/_headers'), 'utf8');
    const topLevel = readdirSync(TEST_DIST, { withFileTypes: true }).map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
    expect(text).toBe(headersFile(readThirdPartySettings(TEST_CONTENT), topLevel));
    expect(text).toContain(`/pagefind/*\n  Content-Security-Policy: ${sitePolicy(undefined)}\n  Cache-Control: public, max-age=300\n`);
    expect(text).toContain(`/admin/*\n  Content-Security-Policy: ${editorHeaderPolicy()}\n`);
    expect(text).toContain('/_astro/*\n  Content-Security-Policy: ');
    expect(text).not.toContain('\n/*\n  Content-Security-Policy');
  });
});

/** The two ways the site is served: as Netlify and Cloudflare Pages do from `_headers`, and by nginx with docs/nginx.conf. */
const HOSTS = [
  { name: 'served with the headers of _headers', serve: () => serveStatic(TEST_DIST, { hostHeaders: true }) },
  { name: 'served by nginx with the project configuration', serve: () => startNginx(TEST_DIST) },
];

describe.each(HOSTS)('in Chromium, $name', ({ serve }) => {
  let browser: Browser;
  let url: string;
  let close = async () => {};
  beforeAll(async () => {
    const [chromium, server] = await Promise.all([launchChromium(), serve()]);
    [browser, url] = [chromium, server.url];
    close = async () => {
      await Promise.all([browser.close(), server.close()]);
    };
  });
  afterAll(() => close());

  /** A tab that notes every request to another origin and everything the policy refuses. */
  async function watchedTab(problems: string[]): Promise<{ tab: Page; visit: (path: string) => Promise<void> }> {
    const tab = await browser.newPage();
    let current = '';
    tab.on('request', (request) => {
      if (!request.url().startsWith(`${url}/`)) problems.push(`${current}: request to ${request.url()}`);
    });
    tab.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) problems.push(`${current}: ${message.text()}`);
    });
    tab.on('pageerror', (error) => problems.push(`${current}: script error ${error.message}`));
    return {
      tab,
      visit: async (path: string) => {
        current = path;
        await tab.goto(`${url}${path}`, { waitUntil: 'load' });
      },
    };
  }

  it('no page requests anything from another host, and the policy refuses nothing the site uses', async () => {
    const problems: string[] = [];
    const { tab, visit } = await watchedTab(problems);
    const pages = sitemapPages();
    expect(pages.length).toBeGreaterThan(50);
    for (const path of pages) await visit(path);
    const response = await tab.goto(`${url}/tin-tuc/`);
    expect(response!.headers()['content-security-policy']).toBe(sitePolicy(undefined));
    expect(response!.headers()['permissions-policy']).toBe(SECURITY_HEADERS['Permissions-Policy']);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('search runs under the policy: Pagefind in its worker, with WebAssembly', async () => {
    const problems: string[] = [];
    const { tab, visit } = await watchedTab(problems);
    const worker = tab.waitForEvent('worker');
    await visit('/tim-kiem/?q=duong+day+nong');
    await tab
      .locator('[data-search-status]')
      .filter({ hasText: /^Tìm thấy \d+ kết quả/ })
      .waitFor();
    expect((await worker).url()).toBe(`${url}/pagefind/pagefind-worker.js`);
    expect(await tab.locator('[data-search-results] h3 a').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it("a clip's player may be framed on its page, and only from youtube-nocookie.com", async () => {
    const problems: string[] = [];
    const { tab, visit } = await watchedTab(problems);
    // The player is answered here: the test machine has no network.
    await tab.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<p>player</p>' }));
    await visit(page('/video/').querySelector('main .title a')!.getAttribute('href')!);
    await tab.locator('a.facade').click();
    const frame = tab.frameLocator('iframe.video-frame');
    await expect(frame.locator('p').textContent()).resolves.toBe('player');
    expect(problems.filter((problem) => !problem.includes('request to https://www.youtube-nocookie.com/embed/'))).toEqual([]);
    await tab.close();
  });

  it("the web editor starts under its policy, all its files from the site; only its version check and the Git host's status page are refused", async () => {
    const problems: string[] = [];
    const { tab, visit } = await watchedTab(problems);
    await visit('/admin/');
    // Without CMS_REPO the editor offers to work on a local copy, in Vietnamese, its icons drawn by its font.
    await tab.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).waitFor();
    const refused =
      /'https:\/\/(unpkg\.com\/@sveltia\/cms\/package\.json|www\.githubstatus\.com\/api\/v2\/status\.json)'|load https:\/\/(unpkg\.com|www\.githubstatus\.com)\//;
    // blob: addresses are the site's own: pictures the editor made in the page.
    expect(problems.filter((problem) => !refused.test(problem) && !problem.includes(`: request to blob:${url}/`))).toEqual([]);
    await tab.close();
  });

  it('refuses a script or event handler that got into a page', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${url}/tin-tuc/`);
    const ran = await tab.evaluate(async () => {
      const refused: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => refused.push(event.violatedDirective));
      const win = window as unknown as { injected?: string };
      const script = document.createElement('script');
      script.textContent = 'window.injected = "script"';
      document.body.append(script);
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.injected = "handler"');
      document.body.append(button);
      button.click();
      const link = document.createElement('a');
      link.href = 'javascript:window.injected = "url"';
      document.body.append(link);
      link.click();
      await new Promise((done) => setTimeout(done, 100));
      // Each of the two policies (header and meta) reports what it refused.
      return { injected: win.injected ?? null, refused: [...new Set(refused)] };
    });
    expect(ran).toEqual({ injected: null, refused: ['script-src-elem', 'script-src-attr'] });
    await tab.close();
  });
});
