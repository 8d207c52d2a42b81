import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { CollectionEntry } from 'astro:content';
import { CARD_KINDS, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, shareCropSize, type CardKind, type ShareImage } from '../lib/share/image';
import { SITE_CARD_URL, shareCardUrl } from '../lib/routing/urls';
import type { AgencyFacts } from '../lib/share/structured-data';
import { entriesOf, getDocuments, getNews, getSiteSettings } from './portal';

/**
 * The picture each page offers to link previews: its own photo cropped to
 * 1.91:1 when it has one, otherwise a card drawn from its title at build time
 * (src/pages/anh-chia-se/).
 */

/** A generated card: what it says, and which page it belongs to. */
export interface ShareCard {
  kind: CardKind;
  slug: string;
  /** The small line above the title: `Tin tức`, `Quyết định 12/QĐ-UBND`. */
  label: string;
  title: string;
}

/** The agency as structured data describes it; `siteUrl` is the site's public address. */
export async function agencyFacts(siteUrl: URL): Promise<AgencyFacts> {
  const site = await getSiteSettings();
  return {
    name: site.name,
    parent: site.parent,
    url: siteUrl.href,
    telephone: site.hotlines[0]?.number.e164,
    email: site.email,
    address: site.address,
  };
}

/** The largest 1.91:1 JPEG crop of a photo, up to 1200×630, through Astro's image pipeline. */
export async function photoShareImage(src: ImageMetadata, alt: string): Promise<ShareImage> {
  const size = shareCropSize(src.width, src.height);
  const image = await getImage({ src, ...size, fit: 'cover', position: 'attention', format: 'jpeg' });
  return { src: image.src, ...size, alt, type: 'image/jpeg' };
}

function cardImage(card: ShareCard): ShareImage {
  return {
    src: shareCardUrl(card.kind, card.slug),
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    alt: `${card.label}: ${card.title}`,
    type: 'image/png',
  };
}

const newsCard = (article: CollectionEntry<'news'>): ShareCard => ({
  kind: 'tin-tuc',
  slug: article.id,
  label: CARD_KINDS['tin-tuc'],
  title: article.data.title,
});
const documentCard = (doc: CollectionEntry<'documents'>): ShareCard => ({
  kind: 'van-ban',
  slug: doc.id,
  label: `${doc.data.type} ${doc.data.number}`,
  title: doc.data.summary,
});
const aboutCard = (page: CollectionEntry<'about'>): ShareCard => ({
  kind: 'gioi-thieu',
  slug: page.id,
  label: CARD_KINDS['gioi-thieu'],
  title: page.data.title,
});

/** Every card the build draws: news without a cover, documents, introduction pages. */
export async function getShareCards(): Promise<ShareCard[]> {
  const [news, documents, about] = await Promise.all([getNews(), getDocuments(), entriesOf('about')]);
  return [...news.filter((article) => !article.data.cover).map(newsCard), ...documents.map(documentCard), ...about.map(aboutCard)];
}

/** The agency's card, for the home page and pages without a picture of their own. */
export async function siteShareImage(): Promise<ShareImage> {
  const site = await getSiteSettings();
  return { src: SITE_CARD_URL, width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, alt: `${site.parent} — ${site.name}`, type: 'image/png' };
}

export async function newsShareImage(article: CollectionEntry<'news'>): Promise<ShareImage> {
  const { cover, coverAlt, title } = article.data;
  return cover ? photoShareImage(cover, coverAlt || title) : cardImage(newsCard(article));
}

export const documentShareImage = async (doc: CollectionEntry<'documents'>) => cardImage(documentCard(doc));
export const aboutShareImage = async (page: CollectionEntry<'about'>) => cardImage(aboutCard(page));

export async function albumShareImage(album: CollectionEntry<'albums'>): Promise<ShareImage> {
  const { cover, photos, title } = album.data;
  return cover ? photoShareImage(cover, title) : photoShareImage(photos[0]!.file, photos[0]!.alt);
}

export const videoShareImage = (video: CollectionEntry<'videos'>) => photoShareImage(video.data.poster, video.data.posterAlt);
