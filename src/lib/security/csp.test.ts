import { describe, expect, it } from 'vitest';
import { IMMUTABLE_CACHE, SECURITY_HEADERS, SHORT_CACHE, editorHeaderPolicy, editorPolicy, headersFile, offlinePolicy, pagePolicy, sitePolicy } from './csp';

const EMC = { emc: { enabled: true, siteId: 'snv' }, online: { path: '/online' } };

describe('the Content Security Policy', () => {
  it('a page: its own files only, no inline script or style, no frames', () => {
    expect(pagePolicy(undefined)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; media-src 'self'; connect-src 'self'; worker-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it('a YouTube clip page allows frames from the player host; the search page compiles WebAssembly', () => {
    expect(pagePolicy(undefined, { frameSources: ['https://www.youtube-nocookie.com'] })).toContain('; frame-src https://www.youtube-nocookie.com;');
    expect(pagePolicy(undefined, { wasm: true })).toContain("; script-src 'self' 'wasm-unsafe-eval'; ");
  });

  it('takes third-party origins from the settings, only when they are on', () => {
    expect(pagePolicy(EMC)).toBe(
      "default-src 'self'; script-src 'self' https://emc.gov.vn; style-src 'self'; img-src 'self'; font-src 'self'; media-src 'self'; connect-src 'self' https://thongke.sonla.gov.vn https://emc.gov.vn; worker-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(pagePolicy({ emc: { enabled: false, siteId: 'snv' } })).toBe(pagePolicy(undefined));
  });

  it('the header: what any page needs, and who may frame it (no one)', () => {
    expect(sitePolicy(undefined)).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; media-src 'self'; connect-src 'self'; worker-src 'self'; frame-src https://www.youtube-nocookie.com; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(sitePolicy(EMC)).toContain("script-src 'self' 'wasm-unsafe-eval' https://emc.gov.vn;");
  });

  it("the editor: its own script, fonts and languages, inline styles, the Git hosts' APIs and avatars, no other host", () => {
    expect(editorPolicy()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com https://gitlab.com https://secure.gravatar.com; font-src 'self'; media-src 'self' blob:; connect-src 'self' data: blob: https://api.github.com https://gitlab.com; worker-src 'self' blob:; frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(editorHeaderPolicy()).toBe(`${editorPolicy()}; frame-ancestors 'none'`);
  });

  it('the offline copy: files of the copy and data: captions, no host', () => {
    expect(offlinePolicy()).toBe(
      "default-src file:; script-src file:; style-src file:; img-src file:; font-src file:; media-src file: data:; connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action file:",
    );
  });
});

describe('_headers for Netlify and Cloudflare Pages', () => {
  it('security headers on every path; the policy and cache time per top-level name, the editor with its own', () => {
    const text = headersFile(undefined, [
      { name: 'tin-tuc', folder: true },
      { name: '_astro', folder: true },
      { name: 'admin', folder: true },
      { name: 'index.html', folder: false },
      { name: '_headers', folder: false },
    ]);
    const site = sitePolicy(undefined);
    expect(text).toBe(
      [
        '# Written by the build (src/integrations/security-headers.ts) from src/lib/security/csp.ts: edit those, not this file.',
        '/*',
        '  Strict-Transport-Security: max-age=63072000; includeSubDomains',
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        `  Permissions-Policy: ${SECURITY_HEADERS['Permissions-Policy']}`,
        '  X-Frame-Options: DENY',
        '/',
        `  Content-Security-Policy: ${site}`,
        '  Cache-Control: public, max-age=300',
        '/_astro/*',
        `  Content-Security-Policy: ${site}`,
        '  Cache-Control: public, max-age=31536000, immutable',
        '/admin/*',
        `  Content-Security-Policy: ${editorHeaderPolicy()}`,
        '  Cache-Control: public, max-age=300',
        '/index.html',
        `  Content-Security-Policy: ${site}`,
        '  Cache-Control: public, max-age=300',
        '/tin-tuc/*',
        `  Content-Security-Policy: ${site}`,
        '  Cache-Control: public, max-age=300',
        '',
      ].join('\n'),
    );
    expect([IMMUTABLE_CACHE, SHORT_CACHE]).toEqual(['public, max-age=31536000, immutable', 'public, max-age=300']);
  });

  it('denies camera, microphone and geolocation; lets only the clip player autoplay and go full screen', () => {
    expect(SECURITY_HEADERS['Permissions-Policy']).toBe(
      'accelerometer=(), autoplay=(self "https://www.youtube-nocookie.com"), browsing-topics=(), camera=(), display-capture=(), encrypted-media=(self "https://www.youtube-nocookie.com"), fullscreen=(self "https://www.youtube-nocookie.com"), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(self "https://www.youtube-nocookie.com"), publickey-credentials-get=(), screen-wake-lock=(), usb=()',
    );
  });
});
