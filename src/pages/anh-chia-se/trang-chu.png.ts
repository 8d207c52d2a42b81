import type { APIRoute } from 'astro';
import { getSiteSettings } from '../../data/portal';
import { SHARE_CARD_CACHE, renderShareCard } from '../../lib/share/card';

/** The agency's own link-preview picture, for the home page and lists. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSiteSettings();
  const png = await renderShareCard({ parent: site.parent, agency: site.name, host: siteUrl!.host }, SHARE_CARD_CACHE);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
