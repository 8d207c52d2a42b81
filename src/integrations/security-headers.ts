import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { AfterBuildStep } from '../lib/build/after-build';
import { headersFile } from '../lib/security/csp';
import type { ThirdPartySettings } from '../lib/security/third-party';
import { readSettings } from '../lib/settings/read';

/** The stats settings (`cai-dat/thong-ke.yaml`), which switch third parties on, as the settings reader gives them. */
export function readThirdPartySettings(contentDir: string): ThirdPartySettings | undefined {
  return readSettings(contentDir).settings.stats;
}

/**
 * Tells pages whether to carry the Content Security Policy (`__SITE_CSP__`:
 * not in `astro dev`, whose injected inline styles and scripts it would
 * refuse; `import.meta.env.DEV` cannot tell, it is true in any build run with
 * NODE_ENV=test). The `_headers` file is written after the build (`headersStep`).
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'songoaivu:security-headers',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __SITE_CSP__: JSON.stringify(command !== 'dev') } } });
      },
    },
  };
}

/**
 * Writes `_headers` at the root of the build for Netlify and Cloudflare Pages:
 * the security headers, the policy with the origins the settings switch on,
 * and cache times (src/lib/security/csp.ts), with a rule for every top-level
 * file and folder of the list. Neither host serves the file itself. nginx: docs/nginx.conf.
 */
export function headersStep(thirdParty: () => ThirdPartySettings | undefined): AfterBuildStep {
  return {
    name: 'security-headers',
    run: (files) => {
      const topLevel = new Map<string, boolean>();
      for (const path of files.list()) {
        const [name, ...rest] = path.split('/');
        topLevel.set(name!, (topLevel.get(name!) ?? false) || rest.length > 0);
      }
      writeFileSync(
        files.absolute('_headers'),
        headersFile(
          thirdParty(),
          [...topLevel].map(([name, folder]) => ({ name, folder })),
        ),
      );
      files.add('_headers');
    },
  };
}
