import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, editorHeaderPolicy, sitePolicy } from '../security/csp';
import { nginxMapsFile, nginxSiteConfig, publicNginxFile } from './nginx-config';
import { EMC_SCRIPT } from '../security/third-party';

// The EMC host is fixed in code (src/lib/security/third-party.ts): settings only switch it on and give the site's id.
const EMC = { emc: { enabled: true, siteId: 'snv' } };

describe('docs/nginx.conf', () => {
  it('is the configuration generated from src/lib/security/csp.ts (npm run nginx:config rewrites it)', () => {
    expect(readFileSync('docs/nginx.conf', 'utf8')).toBe(publicNginxFile());
  });

  it('sends every security header on every answer, 404 and 301 included, and the maps of the release served', () => {
    const conf = publicNginxFile();
    const headers = [...conf.matchAll(/^ {4}add_header ([\w-]+) (?:"([^"]*)"|'([^']*)'|(\$\w+)) always;$/gm)].map((m) => [m[1], m[2] ?? m[3] ?? m[4]]);
    expect(headers).toEqual([['Content-Security-Policy', '$songoaivu_csp'], ['Cache-Control', '$songoaivu_cache'], ...Object.entries(SECURITY_HEADERS)]);
    expect(conf).toContain('include /var/www/songoaivu/current/_nginx/maps.conf;\n');
    expect(conf).toContain('    listen 443 ssl http2;\n');
    expect(conf).toContain('    brotli_static on;\n    gzip_static on;\n    gzip on;\n');
  });

  it('a loopback server for the tests differs only in where it listens', () => {
    const test = nginxSiteConfig({ root: '/srv/x/current', listen: { address: '127.0.0.1:8080' } });
    expect(test).toContain('    listen 127.0.0.1:8080;\n');
    expect(test).not.toContain('ssl');
    expect(test).toContain('    root /srv/x/current;\n');
  });
});

describe("the build's _nginx/maps.conf", () => {
  it('carries the editor policy under /admin/ and the site policy with the origins the settings switch on', () => {
    const maps = nginxMapsFile(EMC, []);
    expect(maps).toContain(`map $uri $songoaivu_csp {\n    ~^/admin/  "${editorHeaderPolicy()}";\n    default    "${sitePolicy(EMC)}";\n}\n`);
    expect(sitePolicy(EMC)).toContain(new URL(EMC_SCRIPT).origin);
  });
});
