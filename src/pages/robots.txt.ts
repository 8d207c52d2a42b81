import type { APIRoute } from 'astro';
import { SITEMAP_INDEX_URL } from '../lib/routing/urls';

/** Built from `site` in astro.config.mjs, so the address is set in one place. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX_URL, site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
