import type { APIRoute, GetStaticPaths } from 'astro';
import { getShareCards, type ShareCard } from '../../../data/share';
import { getSiteSettings } from '../../../data/portal';
import { SHARE_CARD_CACHE, renderShareCard } from '../../../lib/share/card';

export const getStaticPaths = (async () =>
  (await getShareCards()).map((card) => ({ params: { kind: card.kind, slug: card.slug }, props: { card } }))) satisfies GetStaticPaths;

/** The link-preview picture of a page without a photo: the agency's name and the page's title. */
export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
  const site = await getSiteSettings();
  const png = await renderShareCard({ parent: site.parent, agency: site.name, kind: props.card.label, title: props.card.title }, SHARE_CARD_CACHE);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
