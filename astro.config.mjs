// @ts-check
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentGuard from './src/integrations/content-guard.ts';

/** The one place the public address of the site is set. */
const SITE = 'https://songoaivu.sonla.gov.vn';

// A build of another content tree (demo corpus, test fixtures) keeps its own
// content-layer cache, so switching trees never serves stale entries.
const contentDir = process.env.SITE_CONTENT_DIR;
const cacheDir = contentDir
  ? `./node_modules/.astro-${createHash('sha1').update(contentDir).digest('hex').slice(0, 8)}`
  : './node_modules/.astro';

export default defineConfig({
  site: SITE,
  // URLs end in a slash and each page is a folder with index.html (design: URL table).
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir,
  markdown: {
    // Retext smartypants costs ~40 ms per Vietnamese page and Vietnamese does not use its quotes.
    smartypants: false,
  },
  integrations: [
    contentGuard(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/404') }),
  ],
});
