import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { AfterBuildStep } from '../lib/build/after-build';
import { CONTENT_DIR } from '../lib/content/collections';
import { pagePolicy } from '../lib/security/csp';
import { formatReport } from '../lib/checks/problem';
import { NGINX_MAPS_FILE, REDIRECTS_FILE, nginxMapsFile, readRedirects, redirectPage, redirectPageFile, redirectProblems, redirectsFile } from '../lib/publish';
import type { ThirdPartySettings } from '../lib/security/third-party';

/**
 * What the hosts need beside the pages: the redirects of
 * `content/cai-dat/chuyen-huong.yaml`, checked against the build (each
 * target a page, no old address that is now a page), as `_redirects`
 * (Netlify, Cloudflare Pages), as a small page at each old address (hosts
 * that cannot redirect), and with the policy as `_nginx/maps.conf`
 * (docs/nginx.conf). Before the security headers, which list every
 * top-level folder, the old addresses' included. `thirdParty` is what the
 * stats settings switch on (src/lib/settings/read.ts).
 */
export default function publishFiles(thirdParty: () => ThirdPartySettings | undefined): AfterBuildStep {
  return {
    name: 'publish-files',
    run: (files, { site, log }) => {
      const root = files.root;
      // A file of the build, or a folder with its index.html, as the list of the build has it.
      const isPage = (path: string) => {
        const file = posix.normalize(decodeURI(path)).replace(/^\/+|\/+$/g, '');
        return files.has(file) || files.has(file === '' ? 'index.html' : `${file}/index.html`);
      };
      const redirects = readRedirects(CONTENT_DIR);
      const problems = redirectProblems(redirects, join(CONTENT_DIR, REDIRECTS_FILE), isPage);
      if (problems.length > 0) throw new Error(formatReport(problems));
      const policy = pagePolicy(undefined);
      const write = (file: string, text: string) => {
        mkdirSync(dirname(join(root, file)), { recursive: true });
        writeFileSync(join(root, file), text);
        files.add(file);
      };
      for (const { from, to } of redirects) {
        const file = redirectPageFile(from);
        if (file) write(file, redirectPage(to, site.href, policy));
      }
      write('_redirects', redirectsFile(redirects));
      write(NGINX_MAPS_FILE, nginxMapsFile(thirdParty(), redirects));
      if (redirects.length > 0) log(`${redirects.length} địa chỉ cũ được chuyển hướng (${REDIRECTS_FILE})`);
    },
  };
}
