import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { withXDefault } from '../lib/routing/translations';
import afterBuild from './after-build';
import cmsAdmin from './cms-admin';
import contentGuard from './content-guard';
import devFileEndpoints from './dev-file-endpoints';
import securityHeaders from './security-headers';

/**
 * The site's integrations, in the order Astro runs their hooks (astro.config.mjs
 * takes this list whole). Why each is where it is:
 */
export function siteIntegrations(): AstroIntegration[] {
  return [
    // First: no page is rendered from content the check refuses (`astro:config:setup`).
    contentGuard(),
    // `astro dev` routes a document's or clip's file URL to its endpoint, as the build writes it.
    devFileEndpoints(),
    // MDX compiles with the same Sätteri processor, whose plugins include the MDX subset guard.
    mdx(),
    // Tells pages whether to carry the Content Security Policy (`astro dev` does not).
    securityHeaders(),
    sitemap({
      filter: (page) => !page.includes('/404') && !page.includes('/admin/'),
      // Pairs each page with the one of the same path under /en/ (src/lib/routing/translations.ts, same rule),
      // as xhtml:link alternates; the Vietnamese page is added as x-default, as in each page's <head>.
      i18n: { defaultLocale: 'vi', locales: { vi: 'vi', en: 'en' } },
      serialize: withXDefault,
    }),
    // The web editor's files under admin/, before the after-build pass compresses them.
    cmsAdmin(),
    // Last: one listing of dist/, then pruning, saved copies, search index, redirects, `_headers`, compression
    // (src/integrations/after-build.ts), once every other integration has written its files.
    afterBuild(),
  ];
}
