// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { siteIntegrations } from './src/integrations/index.ts';
import { cacheDirFor } from './src/lib/build/paths.ts';
import { CONTENT_DIR } from './src/lib/content/collections.ts';
import rehypePrintUrls from './src/lib/markdown/rehype-print-urls.ts';
import remarkInternalLinks from './src/lib/markdown/remark-internal-links.ts';
import remarkMdxGuard from './src/lib/security/remark-mdx-guard.ts';

/** The one place the public address of the site is set. */
const SITE = 'https://songoaivu.sonla.gov.vn';

export default defineConfig({
  site: SITE,
  // URLs end in a slash and each page is a folder with index.html (the URLs: src/lib/routing/urls.ts).
  trailingSlash: 'always',
  // Astro 7's default, 'jsx', drops the line breaks between inline elements ("Sơn La</span><span>Sở",
  // "xem<a>"): text then runs together for readers and search. `true` keeps one space, as Astro 5 and 6 did.
  compressHTML: true,
  // Stylesheets stay files too, never inline <style>, so the CSP's style-src is 'self' alone (src/lib/security/csp.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro's console output, with its one line per optimized image folded into one progress line.
  logger: { entrypoint: './src/lib/build/progress-log.ts' },
  cacheDir: cacheDirFor(process.env.SITE_CONTENT_DIR),
  vite: {
    // The dev server watches sources, not build outputs and benchmark corpora (`.tmp/` holds
    // 100,000+ generated files, whose scan kept `astro dev` from starting).
    server: { watch: { ignored: ['**/.tmp/**', '**/.demo/**', '**/dist/**', '**/dist-demo/**', '**/bench-results/**'] } },
    build: {
      // Scripts stay files, never inlined, so the Content Security Policy needs no 'unsafe-inline';
      // other assets keep Vite's 4 KB rule.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      // One stylesheet for the whole site (under 4 KB gzipped), fetched once and cached: not one small
      // file per group of pages, which costs each first visit several requests.
      cssCodeSplit: false,
    },
  },
  // Astro's sharp service, with JPEG copies of transparent pictures laid on white (src/lib/media/image-service.ts).
  // The formats made (WebP and a JPEG fallback): src/lib/media/image-roles.ts. WebP at effort 2 instead of
  // sharp's 4: half the encode time for files ~5 % larger (`npm run bench:formats`, docs/dev/performance.md).
  image: { service: { entrypoint: './src/lib/media/image-service.ts', config: { webp: { effort: 2 } } } },
  markdown: {
    // Sätteri, Astro 7's native Markdown processor, for .md and .mdx alike; the site's two plugins use its
    // visitor API, so the slower unified (remark/rehype) pipeline is not installed.
    processor: satteri({
      features: {
        // Smart punctuation costs time per page and Vietnamese does not use its quotes.
        smartPunctuation: false,
      },
      // Links between content files become page URLs (`../van-ban/qd-12.md` → `/van-ban/qd-12/`).
      // The MDX subset, checked again inside the compiler (src/lib/security/remark-mdx-guard.ts).
      mdastPlugins: [remarkInternalLinks({ contentDir: CONTENT_DIR }), remarkMdxGuard()],
      // Printed links show their public address (src/styles/print.css).
      hastPlugins: [rehypePrintUrls({ site: SITE })],
    }),
  },
  // In order, with why each is where it is: src/integrations/index.ts.
  integrations: siteIntegrations(),
  experimental: {
    // A page of getStaticPaths whose code and key (src/routes/page-keys.ts) are those of the previous build is
    // copied from it instead of rendered. Astro turns this off when build.concurrency is above 1.
    incrementalBuild: true,
  },
});
