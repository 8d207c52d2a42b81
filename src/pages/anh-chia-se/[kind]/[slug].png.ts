import type { APIRoute, GetStaticPaths } from 'astro';
import { getShareCards, type ShareCard } from '../../../data/share';
import { getSiteSettings } from '../../../data/portal';
import { SHARE_CARD_CACHE, renderShareCard } from '../../../lib/share/card';
import { dataKey } from '../../../routes/page-keys';

export const getStaticPaths = (async () => {
  const { parent, name } = await getSiteSettings();
  // Keyed by what the card shows, for Astro's incremental build (src/routes/page-keys.ts).
  return (await getShareCards()).map((card) => ({ params: { kind: card.kind, slug: card.slug }, props: { card }, cacheKey: dataKey({ card, parent, name }) }));
}) satisfies GetStaticPaths;

/** The link-preview picture of a page without a photo: the agency's name and the page's title. */
export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
  const site = await getSiteSettings();
  const png = await renderShareCard({ parent: site.parent, agency: site.name, kind: props.card.label, title: props.card.title }, SHARE_CARD_CACHE);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
