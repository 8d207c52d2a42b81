import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../lib/content/collections';
import { pagePolicy } from '../lib/security/csp';
import { formatReport } from '../lib/checks/problem';
import {
  NGINX_MAPS_FILE,
  REDIRECTS_FILE,
  nginxMapsFile,
  readRedirects,
  redirectPage,
  redirectPageFile,
  redirectProblems,
  redirectsFile,
} from '../lib/publish';
import { readThirdPartySettings } from './security-headers';

/**
 * What the hosts need beside the pages: the redirects of
 * `content/cai-dat/chuyen-huong.yaml`, checked against the build (each
 * target a page, no old address that is now a page), as `_redirects`
 * (Netlify, Cloudflare Pages), as a small page at each old address (hosts
 * that cannot redirect), and with the policy as `_nginx/maps.conf`
 * (docs/nginx.conf). Before the security headers, which list every
 * top-level folder, the old addresses' included.
 */
export default function publishFiles(): AstroIntegration {
  let site = '';
  return {
    name: 'songoaivu:publish-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const isPage = (path: string) => {
          const file = join(root, decodeURI(path));
          return existsSync(file) && (statSync(file).isFile() || existsSync(join(file, 'index.html')));
        };
        const redirects = readRedirects(CONTENT_DIR);
        const problems = redirectProblems(redirects, join(CONTENT_DIR, REDIRECTS_FILE), isPage);
        if (problems.length > 0) {
          const report = formatReport(problems);
          logger.error(report);
          throw new Error(report);
        }
        const policy = pagePolicy(undefined);
        for (const { from, to } of redirects) {
          const file = redirectPageFile(from);
          if (!file) continue;
          mkdirSync(dirname(join(root, file)), { recursive: true });
          writeFileSync(join(root, file), redirectPage(to, site, policy));
        }
        writeFileSync(join(root, '_redirects'), redirectsFile(redirects));
        mkdirSync(dirname(join(root, NGINX_MAPS_FILE)), { recursive: true });
        writeFileSync(join(root, NGINX_MAPS_FILE), nginxMapsFile(readThirdPartySettings(CONTENT_DIR), redirects));
        if (redirects.length > 0) logger.info(`${redirects.length} địa chỉ cũ được chuyển hướng (${REDIRECTS_FILE})`);
      },
    },
  };
}
