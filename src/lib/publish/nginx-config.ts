import { EDITOR_FOLDER, HASHED_FOLDER, IMMUTABLE_CACHE, SECURITY_HEADERS, SHORT_CACHE, editorHeaderPolicy, sitePolicy } from '../security/csp';
import type { ThirdPartySettings } from '../security/third-party';
import { COMPRESSIBLE_EXTENSIONS } from './compress';
import { nginxRedirectMaps, type Redirect } from './redirects';

/** The folder of the build holding what nginx includes from it (docs/nginx.conf); never served. */
export const NGINX_FOLDER = '_nginx';
/** The file in it: the policy and redirect maps, which depend on the content. */
export const NGINX_MAPS_FILE = `${NGINX_FOLDER}/maps.conf`;

/**
 * Types Debian's /etc/nginx/mime.types (nginx 1.22) lacks, added beside it.
 * With nosniff the browser trusts the type given, so each must be right.
 */
export const EXTRA_TYPES: Readonly<Record<string, string>> = {
  'text/javascript': 'mjs',
  'application/manifest+json': 'webmanifest',
  'text/calendar': 'ics',
  'text/vtt': 'vtt',
  'text/csv': 'csv',
  'application/yaml': 'yaml yml',
  // Web Archive Collection Zipped (specs.webrecorder.net/wacz/1.1.1/#media-type).
  'application/wacz': 'wacz',
};

/** Types sent with `; charset=utf-8` and compressed on the fly when no `.gz` is beside the file. */
const TEXT_TYPES = [
  'text/css',
  'text/xml',
  'text/plain',
  'text/javascript',
  'text/calendar',
  'text/vtt',
  'text/csv',
  'application/javascript',
  'application/json',
  'application/manifest+json',
  'application/rss+xml',
  'application/atom+xml',
  'application/xml',
  'application/yaml',
  'image/svg+xml',
];

const quoted = (value: string) => (value.includes('"') ? `'${value}'` : `"${value}"`);

/**
 * `_nginx/maps.conf`, written into each build: the Content-Security-Policy
 * per path (the editor's under /admin/, the site's elsewhere, with the
 * third-party origins thong-ke.yaml switches on) and the redirects of
 * chuyen-huong.yaml. A deploy ships it with the pages it belongs to.
 */
export function nginxMapsFile(settings: ThirdPartySettings | undefined, redirects: readonly Redirect[]): string {
  return [
    '# Written by the build from src/lib/security/csp.ts and content/cai-dat/ (src/lib/publish/nginx-config.ts): edit those.\n',
    'map $uri $songoaivu_csp {\n',
    `    ~^/${EDITOR_FOLDER}/  ${quoted(editorHeaderPolicy())};\n`,
    `    default    ${quoted(sitePolicy(settings))};\n`,
    '}\n',
    nginxRedirectMaps(redirects),
  ].join('');
}

export interface NginxSiteOptions {
  /** The folder served: the `current` link of the releases (scripts/deploy.ts), or a build. */
  root: string;
  /** Public: HTTPS on 443 with HTTP sent there. Loopback: plain HTTP on one address, for the tests. */
  listen: { serverName: string; certificate: string; certificateKey: string } | { address: string };
}

/**
 * The nginx configuration of the site, for the `http` block. It includes the
 * maps the build wrote (`<root>/_nginx/maps.conf`), so a deploy that changes
 * the policy or the redirects takes effect with `nginx -s reload`.
 * docs/nginx.conf is this for the public server; the tests run it for real.
 */
export function nginxSiteConfig({ root, listen }: NginxSiteOptions): string {
  const headers = Object.entries(SECURITY_HEADERS).map(([name, value]) => `    add_header ${name} ${quoted(value)} always;\n`);
  const types = Object.entries(EXTRA_TYPES).map(([type, extensions]) => `    ${type} ${extensions};\n`);
  const compressible = [...COMPRESSIBLE_EXTENSIONS].join(' ');
  const front =
    'address' in listen
      ? [`    listen ${listen.address};\n`]
      : [
          // `listen … http2` rather than `http2 on`, which needs nginx 1.25 (Debian 12 has 1.22).
          '    listen 443 ssl http2;\n',
          '    listen [::]:443 ssl http2;\n',
          `    server_name ${listen.serverName};\n`,
          `    ssl_certificate     ${listen.certificate};\n`,
          `    ssl_certificate_key ${listen.certificateKey};\n`,
        ];
  const plainServer =
    'address' in listen
      ? []
      : [
          'server {\n',
          '    listen 80;\n',
          '    listen [::]:80;\n',
          `    server_name ${listen.serverName};\n`,
          '    return 301 https://$host$request_uri;\n',
          '}\n',
          '\n',
        ];
  return [
    "# The policy and redirect maps of the release being served; the old site's addresses can be long.\n",
    'map_hash_bucket_size 256;\n',
    `include ${root}/${NGINX_MAPS_FILE};\n`,
    '\n',
    `# File names under /${HASHED_FOLDER}/ carry a hash of their content: a year, never revalidated.\n`,
    "# Pages, Pagefind's files (not all hashed), attachments and feeds: five minutes.\n",
    'map $uri $songoaivu_cache {\n',
    `    ~^/${HASHED_FOLDER}/  "${IMMUTABLE_CACHE}";\n`,
    `    default     "${SHORT_CACHE}";\n`,
    '}\n',
    '\n',
    '# Types the site serves that mime.types lacks (added to it: a types block here adds, one in server replaces).\n',
    'types {\n',
    ...types,
    '}\n',
    '\n',
    ...plainServer,
    'server {\n',
    ...front,
    '\n',
    `    root ${root};\n`,
    '    index index.html;\n',
    '    # Locations are relative, right behind a CDN or a TLS proxy too.\n',
    '    absolute_redirect off;\n',
    '    # A folder without index.html (/_astro/) is a 404 like any missing page, never a listing.\n',
    '    autoindex off;\n',
    '    error_page 404 /404.html;\n',
    '    error_page 403 =404 /404.html;\n',
    '\n',
    `    # The build wrote .br and .gz beside every text file (${compressible});\n`,
    '    # anything else of these types is gzipped per request.\n',
    '    brotli_static on;\n',
    '    gzip_static on;\n',
    '    gzip on;\n',
    '    gzip_vary on;\n',
    '    gzip_min_length 256;\n',
    `    gzip_types ${TEXT_TYPES.join(' ')};\n`,
    '    charset utf-8;\n',
    `    charset_types ${TEXT_TYPES.join(' ')};\n`,
    '\n',
    '    # At server level with "always", so 301 and 404 answers carry them too; a location that\n',
    '    # used add_header itself would drop them all (nginx does not merge).\n',
    '    add_header Content-Security-Policy $songoaivu_csp always;\n',
    '    add_header Cache-Control $songoaivu_cache always;\n',
    ...headers,
    '\n',
    "    # The old site's addresses (content/cai-dat/chuyen-huong.yaml).\n",
    '    if ($songoaivu_redirect) {\n',
    '        return 301 $songoaivu_redirect;\n',
    '    }\n',
    '\n',
    '    # Read by Netlify and Cloudflare Pages, and by nginx from disk: not pages.\n',
    '    location ~ ^/(_headers|_redirects|_nginx/) {\n',
    '        return 404;\n',
    '    }\n',
    '\n',
    '    # /tin-tuc/ is served from tin-tuc/index.html, /tin-tuc gets a 301 to it; anything else 404.html.\n',
    '    location / {\n',
    '        try_files $uri $uri/ =404;\n',
    '    }\n',
    '}\n',
  ].join('');
}

/** The server of the agency, as docs/nginx.conf describes it. */
export const PUBLIC_SITE_CONFIG: NginxSiteOptions = {
  root: '/var/www/songoaivu/current',
  listen: {
    serverName: 'songoaivu.sonla.gov.vn',
    certificate: '/etc/ssl/songoaivu/fullchain.pem',
    certificateKey: '/etc/ssl/songoaivu/privkey.pem',
  },
};

/** docs/nginx.conf: the configuration above for the public server, with how to install it. */
export function publicNginxFile(): string {
  return `# nginx for the site on the agency's own server, the counterpart of the _headers and _redirects
# files the build writes for Netlify and Cloudflare Pages. Generated from src/lib/security/csp.ts by
# src/lib/publish/nginx-config.ts (npm run nginx:config); a test fails when the two disagree.
#
# Needs Debian's nginx and libnginx-mod-http-brotli-static. Put this file in the http block
# (/etc/nginx/conf.d/songoaivu.conf) and set the certificate paths; releases are deployed into
# /var/www/songoaivu/releases/ with "current" linking to the one served (docs/quan-tri-xuat-ban.md).
# The policy and the redirects come from the build (_nginx/maps.conf): after a deploy,
# "nginx -s reload" reads the new ones.

${nginxSiteConfig(PUBLIC_SITE_CONFIG)}`;
}
