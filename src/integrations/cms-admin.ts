import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig, type CmsBackend } from '../lib/cms/config';

/** Sveltia CMS's prebuilt bundle in node_modules (its package exports only its npm entry). */
function bundlePath(): string {
  const main = createRequire(import.meta.url).resolve('@sveltia/cms');
  return join(dirname(main), '..', 'dist', 'sveltia-cms.js');
}

/**
 * The repository the editor opens, from the build's environment: CMS_REPO
 * (`owner/name`), else the one CI builds (GITHUB_REPOSITORY, GitLab's
 * CI_PROJECT_PATH); CMS_BACKEND `github` (default, `gitlab` on GitLab CI);
 * CMS_BRANCH, default `main`.
 */
function backendFromEnv(env: NodeJS.ProcessEnv): CmsBackend {
  return {
    name: env.CMS_BACKEND === 'gitlab' || (!env.CMS_BACKEND && env.GITLAB_CI) ? 'gitlab' : 'github',
    repo: env.CMS_REPO ?? env.GITHUB_REPOSITORY ?? env.CI_PROJECT_PATH,
    branch: env.CMS_BRANCH ?? 'main',
  };
}

const configText = () => stringify(cmsConfig(backendFromEnv(process.env)), { aliasDuplicateObjects: false });

/**
 * Puts the web editor's files beside src/pages/admin/index.astro: the
 * configuration built from the schemas (src/lib/cms/config.ts) and Sveltia
 * CMS's bundle, copied from npm (never a CDN). Written here, in Node, rather
 * than by endpoints: the schemas must be walked with the zod Astro's schemas
 * are made with, and Vite's bundle resolves another one.
 */
export default function cmsAdmin(): AstroIntegration {
  return {
    name: 'songoaivu:cms-admin',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0];
          if (path === '/admin/config.yml') {
            response.setHeader('Content-Type', 'application/yaml; charset=utf-8');
            response.end(configText());
          } else if (path === '/admin/sveltia-cms.js') {
            response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            response.end(readFileSync(bundlePath()));
          } else next();
        });
      },
      'astro:build:done': ({ dir }) => {
        const admin = join(fileURLToPath(dir), 'admin');
        mkdirSync(admin, { recursive: true });
        writeFileSync(join(admin, 'config.yml'), configText());
        copyFileSync(bundlePath(), join(admin, 'sveltia-cms.js'));
      },
    },
  };
}
