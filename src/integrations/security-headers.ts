import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { COLLECTIONS, CONTENT_DIR } from '../lib/content/collections';
import { headersFile } from '../lib/security/csp';
import type { ThirdPartySettings } from '../lib/security/third-party';

/** The stats settings (`cai-dat/thong-ke.yaml`), which switch third parties on; the content check has vetted them. */
export function readThirdPartySettings(contentDir: string): ThirdPartySettings | undefined {
  const file = join(contentDir, COLLECTIONS.stats.folder, COLLECTIONS.stats.pattern);
  return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) ?? undefined) as ThirdPartySettings | undefined) : undefined;
}

/**
 * Tells pages whether to carry the Content Security Policy (`__SITE_CSP__`:
 * not in `astro dev`, whose injected inline styles and scripts it would
 * refuse; `import.meta.env.DEV` cannot tell, it is true in any build run with
 * NODE_ENV=test), and writes `_headers` at the root of the build for Netlify
 * and Cloudflare Pages: the security headers, the policy with the origins the
 * settings switch on, and cache times (src/lib/security/csp.ts). Neither host serves
 * the file itself. nginx: docs/nginx.conf.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'songoaivu:security-headers',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __SITE_CSP__: JSON.stringify(command !== 'dev') } } });
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const topLevel = readdirSync(root, { withFileTypes: true }).map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
        writeFileSync(join(root, '_headers'), headersFile(readThirdPartySettings(CONTENT_DIR), topLevel));
      },
    },
  };
}
