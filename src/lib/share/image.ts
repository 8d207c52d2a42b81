/**
 * The picture a page offers to link previews (Open Graph `og:image`): 1200×630,
 * the 1.91:1 that Facebook, Zalo and X show without cropping.
 */
export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

export interface ShareImage {
  /** Site-relative address: `/_astro/anh.hash.jpg`, `/anh-chia-se/van-ban/qd-12.png`. */
  src: string;
  width: number;
  height: number;
  alt: string;
  type: 'image/jpeg' | 'image/png';
}

/**
 * The largest 1.91:1 crop a photo of `width`×`height` fills without being
 * enlarged, at most 1200×630: a 4000×3000 photo gives 1200×630, an 800×600 one 800×420.
 */
export function shareCropSize(width: number, height: number): { width: number; height: number } {
  const ratio = SHARE_IMAGE_WIDTH / SHARE_IMAGE_HEIGHT;
  const cropWidth = Math.min(SHARE_IMAGE_WIDTH, width, Math.floor(height * ratio));
  return { width: cropWidth, height: Math.round(cropWidth / ratio) };
}

/** Pages whose card shows their title (`shareCardUrl`, src/lib/routing/urls.ts); each kind is the first segment of the page's URL. */
export const CARD_KINDS = {
  'tin-tuc': 'Tin tức',
  'van-ban': 'Văn bản',
  'gioi-thieu': 'Giới thiệu',
} as const;
export type CardKind = keyof typeof CARD_KINDS;
