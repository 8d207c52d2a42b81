import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import { EDITOR_STYLE, editorAssets, pointBundleAtSite, START_IN_VIETNAMESE } from '../lib/cms/editor-assets';
import { cmsConfig, type CmsBackend } from '../lib/cms/config';

/** Sveltia CMS's folder in node_modules (its package exports only its npm entry, npm/index.js). */
function packageDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');
}

/** Its prebuilt bundle, pointed at the site's copies of its languages and icon font. */
const bundleText = () => pointBundleAtSite(readFileSync(join(packageDir(), 'dist', 'sveltia-cms.js'), 'utf8'));

/**
 * The repository the editor opens, from the build's environment: CMS_REPO
 * (`owner/name`), else the one CI builds (GITHUB_REPOSITORY, GitLab's
 * CI_PROJECT_PATH); CMS_BACKEND `github` (default, `gitlab` on GitLab CI);
 * CMS_BRANCH, default `main`. Signing in with one button (OAuth), set up
 * once by the administrator (docs/quan-tri-xuat-ban.md, 2.4): on GitHub the
 * address of the department's sign-in service, CMS_AUTH_URL; on GitLab the
 * id of its OAuth application, CMS_GITLAB_APP_ID. Without them staff sign in
 * with an access token of their own.
 */
function backendFromEnv(env: NodeJS.ProcessEnv): CmsBackend {
  const name = env.CMS_BACKEND === 'gitlab' || (!env.CMS_BACKEND && env.GITLAB_CI) ? 'gitlab' : 'github';
  return {
    name,
    repo: env.CMS_REPO ?? env.GITHUB_REPOSITORY ?? env.CI_PROJECT_PATH,
    branch: env.CMS_BRANCH ?? 'main',
    ...(name === 'github' && env.CMS_AUTH_URL ? { base_url: env.CMS_AUTH_URL } : {}),
    ...(name === 'gitlab' && env.CMS_GITLAB_APP_ID ? { app_id: env.CMS_GITLAB_APP_ID } : {}),
  };
}

const configText = () => stringify(cmsConfig(backendFromEnv(process.env)), { aliasDuplicateObjects: false });

/** The editor's generated files under /admin/, by site path: what they hold and their type. */
function generatedFiles(): Record<string, { type: string; body: () => string | Buffer }> {
  return {
    '/admin/config.yml': { type: 'application/yaml; charset=utf-8', body: configText },
    '/admin/sveltia-cms.js': { type: 'text/javascript; charset=utf-8', body: bundleText },
    '/admin/start.js': { type: 'text/javascript; charset=utf-8', body: () => START_IN_VIETNAMESE },
    '/admin/editor.css': { type: 'text/css; charset=utf-8', body: () => EDITOR_STYLE },
  };
}

const TYPES: Record<string, string> = { '.json': 'application/json; charset=utf-8', '.woff2': 'font/woff2' };

/**
 * Puts the web editor's files beside src/pages/admin/index.astro: the
 * configuration built from the schemas (src/lib/cms/config.ts), Sveltia
 * CMS's bundle, its interface languages and icon font, all copied from npm
 * (never a CDN: src/lib/cms/editor-assets.ts). Written here, in Node, rather
 * than by endpoints: the schemas must be walked with the zod Astro's schemas
 * are made with, and Vite's bundle resolves another one.
 */
export default function cmsAdmin(): AstroIntegration {
  return {
    name: 'songoaivu:cms-admin',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          const generated = generatedFiles()[path];
          const asset = generated ? undefined : editorAssets(packageDir()).find((file) => file.sitePath === path);
          if (generated) {
            response.setHeader('Content-Type', generated.type);
            response.end(generated.body());
          } else if (asset) {
            response.setHeader('Content-Type', TYPES[asset.sitePath.slice(asset.sitePath.lastIndexOf('.'))] ?? 'application/octet-stream');
            response.end(readFileSync(asset.source));
          } else next();
        });
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const write = (sitePath: string) => {
          const target = join(out, sitePath);
          mkdirSync(dirname(target), { recursive: true });
          return target;
        };
        for (const [sitePath, file] of Object.entries(generatedFiles())) writeFileSync(write(sitePath), file.body());
        for (const asset of editorAssets(packageDir())) copyFileSync(asset.source, write(asset.sitePath));
      },
    },
  };
}
