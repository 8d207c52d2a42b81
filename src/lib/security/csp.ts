/**
 * The site's Content Security Policy and the other security headers, in one
 * place: BaseLayout puts `pagePolicy` in each page's `<meta>`, the build writes
 * `_headers` from `headersFile` (src/integrations/security-headers.ts), and
 * docs/nginx.conf carries `sitePolicy`/`editorPolicy` (a test checks it agrees).
 *
 * No page has an inline script, inline `<style>`, style attribute or event
 * handler (tests/site/security.test.ts checks the build), so neither
 * script-src nor style-src needs 'unsafe-inline' or hashes.
 *
 * Astro 7's stable `security.csp` was compared and not adopted: it hashes inline scripts and styles
 * into each page's meta policy, but these pages have none to hash, and it writes neither `_headers` nor
 * an nginx policy for a static build, which must come from the same directives as the pages'.
 */
import { ALLOWED_FRAME_ORIGINS } from './body-html';
import { thirdPartyOrigins, type ThirdPartySettings } from './third-party';
import { YOUTUBE_EMBED_ORIGIN } from '../media/videos';

/** What one page needs beyond the site's own files. */
export interface PagePolicyOptions {
  /** Hosts whose frames the page may show: a YouTube clip's player, an iframe of its body (src/lib/security/body-html.ts). */
  frameSources?: readonly string[];
  /** The search page runs Pagefind, which compiles WebAssembly. */
  wasm?: boolean;
}

type Directive = readonly [name: string, ...sources: string[]];

const serialize = (directives: readonly Directive[]) => directives.map((directive) => directive.join(' ')).join('; ');

/** The directives a page's `<meta>` carries (everything a meta tag can). */
function pageDirectives(settings: ThirdPartySettings | undefined, options: PagePolicyOptions): Directive[] {
  const thirdParty = thirdPartyOrigins(settings);
  const frames = options.frameSources?.length ? options.frameSources : ["'none'"];
  return [
    ['default-src', "'self'"],
    // 'wasm-unsafe-eval' allows compiling WebAssembly only, not eval() (CSP3 §2.3.1).
    ['script-src', "'self'", ...(options.wasm ? ["'wasm-unsafe-eval'"] : []), ...thirdParty.script],
    ['style-src', "'self'"],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['media-src', "'self'"],
    ['connect-src', "'self'", ...thirdParty.connect],
    // Pagefind runs its search in a worker loaded from /pagefind/.
    ['worker-src', "'self'"],
    ['frame-src', ...frames],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
}

/** Only in a header: a meta tag cannot say who may frame the page (CSP3 §6.4.2). */
const FRAME_ANCESTORS: Directive = ['frame-ancestors', "'none'"];

/** The policy of one page, for its `<meta http-equiv="Content-Security-Policy">`. */
export function pagePolicy(settings: ThirdPartySettings | undefined, options: PagePolicyOptions = {}): string {
  return serialize(pageDirectives(settings, options));
}

/**
 * The header every file of the site is served with: what any page may need
 * (the clip player and the frames bodies may hold, Pagefind's WebAssembly,
 * whose worker has no `<meta>`) and
 * frame-ancestors. A browser enforces both this and a page's `<meta>`, so each
 * page gets the narrower of the two.
 */
export function sitePolicy(settings: ThirdPartySettings | undefined): string {
  const frameSources = [...new Set([YOUTUBE_EMBED_ORIGIN, ...ALLOWED_FRAME_ORIGINS])];
  return serialize([...pageDirectives(settings, { frameSources, wasm: true }), FRAME_ANCESTORS]);
}

/**
 * The Git hosts the web editor talks to (src/lib/cms/config.ts: GitHub, or
 * gitlab.com): their APIs, and where the people's pictures it shows come
 * from. Nothing else: the editor's own checks for a new version (unpkg.com)
 * and of the Git host's status pages are refused.
 */
export const EDITOR_GIT_APIS = ['https://api.github.com', 'https://gitlab.com'] as const;
export const EDITOR_GIT_AVATARS = ['https://avatars.githubusercontent.com', 'https://gitlab.com', 'https://secure.gravatar.com'] as const;

/**
 * The web editor's (/admin/, Sveltia CMS). Its script, interface languages
 * and fonts come from the site only (src/lib/cms/editor-assets.ts) and it
 * runs with no eval or inline script; what it needs beyond a page: inline
 * styles (Svelte adds `<style>` elements and style attributes), the Git
 * host's API, `blob:`/`data:` pictures (previews of uploads, files read
 * through the API), and fetch() of `data:`/`blob:` addresses (it reads its
 * own logo that way).
 */
function editorDirectives(): Directive[] {
  return [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:', ...EDITOR_GIT_AVATARS],
    ['font-src', "'self'"],
    ['media-src', "'self'", 'blob:'],
    ['connect-src', "'self'", 'data:', 'blob:', ...EDITOR_GIT_APIS],
    ['worker-src', "'self'", 'blob:'],
    ['frame-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
}

/** The editor's policy for its `<meta>`. */
export function editorPolicy(): string {
  return serialize(editorDirectives());
}

/** The editor's policy as a header, with frame-ancestors. */
export function editorHeaderPolicy(): string {
  return serialize([...editorDirectives(), FRAME_ANCESTORS]);
}

/**
 * The policy of a page of the offline copy (scripts/lib/archive/offline-copy.ts),
 * opened from file://: its own files and `data:` caption tracks, no host at
 * all. `'self'` is not used: a file:// page's origin is opaque.
 */
export function offlinePolicy(): string {
  return serialize([
    ['default-src', 'file:'],
    ['script-src', 'file:'],
    ['style-src', 'file:'],
    ['img-src', 'file:'],
    ['font-src', 'file:'],
    ['media-src', 'file:', 'data:'],
    ['connect-src', "'none'"],
    ['frame-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    // The header's search box opens the copy's search page.
    ['form-action', 'file:'],
  ]);
}

/** Served with every file, the editor's included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Two years is what the HSTS preload list asks for; subdomains of songoaivu.sonla.gov.vn only.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Nothing the site uses; the clip player keeps what YouTube's embed asks for.
  'Permissions-Policy': [
    'accelerometer=()',
    `autoplay=(self "${YOUTUBE_EMBED_ORIGIN}")`,
    'browsing-topics=()',
    'camera=()',
    'display-capture=()',
    `encrypted-media=(self "${YOUTUBE_EMBED_ORIGIN}")`,
    `fullscreen=(self "${YOUTUBE_EMBED_ORIGIN}")`,
    'geolocation=()',
    'gyroscope=()',
    'magnetometer=()',
    'microphone=()',
    'midi=()',
    'payment=()',
    `picture-in-picture=(self "${YOUTUBE_EMBED_ORIGIN}")`,
    'publickey-credentials-get=()',
    'screen-wake-lock=()',
    'usb=()',
  ].join(', '),
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/** Files whose names carry a hash of their content (Vite's /_astro/): cached for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (pages, Pagefind's files, attachments, feeds): five minutes, so a correction shows soon. */
export const SHORT_CACHE = 'public, max-age=300';

/** The folders the editor and hashed assets live in. */
export const EDITOR_FOLDER = 'admin';
export const HASHED_FOLDER = '_astro';

/**
 * `_headers` for Netlify and Cloudflare Pages, from the names at the root of
 * the build. Both merge every rule a path matches, joining two values of one
 * header with a comma, which for Content-Security-Policy means two policies
 * enforced at once; so the policy and the cache time are given per top-level
 * file or folder, never by `/*` and an override.
 */
export function headersFile(settings: ThirdPartySettings | undefined, topLevel: readonly { name: string; folder: boolean }[]): string {
  const site = sitePolicy(settings);
  const rule = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const rules = [rule('/*', SECURITY_HEADERS), rule('/', { 'Content-Security-Policy': site, 'Cache-Control': SHORT_CACHE })];
  for (const { name, folder } of [...topLevel].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    // `.br`/`.gz` copies (src/lib/publish/compress.ts) are for nginx; these hosts compress themselves.
    if (name === '_headers' || /\.(br|gz)$/.test(name)) continue;
    const path = folder ? `/${name}/*` : `/${name}`;
    const policy = name === EDITOR_FOLDER ? editorHeaderPolicy() : site;
    rules.push(rule(path, { 'Content-Security-Policy': policy, 'Cache-Control': name === HASHED_FOLDER ? IMMUTABLE_CACHE : SHORT_CACHE }));
  }
  return `# Written by the build (src/integrations/security-headers.ts) from src/lib/security/csp.ts: edit those, not this file.\n${rules.join('\n')}\n`;
}
