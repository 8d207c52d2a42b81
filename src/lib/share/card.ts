/**
 * The picture link previews show for a page without a cover photo: 1200×630
 * (the size Facebook, Zalo and X crop to), the agency's name and the page's
 * title in Be Vietnam Pro. Satori lays the text out and turns every glyph
 * into a path, so sharp (librsvg, which cannot read the site's woff2 fonts)
 * only has shapes to draw.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { cacheDirFor } from '../build/paths';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './image';

/** Drawn cards are kept beside Astro's image cache, so a rebuild only draws new or changed titles. */
export const SHARE_CARD_CACHE = join(cacheDirFor(process.env.SITE_CONTENT_DIR), 'anh-chia-se');

export interface ShareCardText {
  /** The body the agency belongs to: `Ủy ban nhân dân tỉnh Sơn La`. */
  parent: string;
  /** The agency: `Sở Ngoại vụ tỉnh Sơn La`. */
  agency: string;
  /** What the page is: `Tin tức`, `Văn bản`; left out on the home page's card. */
  kind?: string;
  /** The page's title; left out on the home page's card. */
  title?: string;
  /** Shown instead of a title on the home page's card: `songoaivu.sonla.gov.vn`. */
  host?: string;
}

const require = createRequire(import.meta.url);
/** Satori reads woff (not woff2); the two subsets together cover Vietnamese. */
const fontFile = (subset: 'latin' | 'vietnamese', weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`));

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
function loadFonts() {
  fonts ??= ([400, 700] as const).flatMap((weight) =>
    (['latin', 'vietnamese'] as const).map((subset) => ({
      // Satori looks for a missing glyph in the next family, not in another file of the same one.
      name: `Be Vietnam Pro ${subset}`,
      data: fontFile(subset, weight),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** A title of more than ~110 characters is cut at a word and ends with "…", so it never overflows the card. */
export function clampTitle(title: string, max = 110): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,.;:–—-]+$/, '')}…`;
}

/** The card's width inside its 72 px margins. */
const TEXT_WIDTH = SHARE_IMAGE_WIDTH - 2 * 72;

type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string } };
const box = (style: Node['props']['style'], children?: Node['props']['children']): Node => ({ type: 'div', props: { style, children } });

/** The card as an SVG whose text is drawn as paths. */
export async function shareCardSvg(text: ShareCardText): Promise<string> {
  const title = text.title ? clampTitle(text.title) : undefined;
  const titleSize = !title ? 0 : title.length > 80 ? 52 : title.length > 50 ? 60 : 68;
  const card = box(
    {
      width: SHARE_IMAGE_WIDTH,
      height: SHARE_IMAGE_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px 48px',
      background: '#0b4a8b',
      color: '#ffffff',
      fontFamily: 'Be Vietnam Pro latin, Be Vietnam Pro vietnamese',
      borderBottom: '24px solid #b3261e',
      boxSizing: 'border-box',
    },
    [
      box({ display: 'flex', flexDirection: 'column', width: TEXT_WIDTH }, [
        box({ fontSize: 28, textTransform: 'uppercase', letterSpacing: 1 }, text.parent),
        box({ fontSize: title ? 40 : 72, fontWeight: 700, textTransform: 'uppercase', marginTop: 8, lineHeight: 1.2 }, text.agency),
      ]),
      title
        ? box({ display: 'flex', flexDirection: 'column', width: TEXT_WIDTH }, [
            ...(text.kind ? [box({ fontSize: 30, color: '#ffbf47', fontWeight: 700, marginBottom: 12 }, text.kind)] : []),
            box({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.25, width: TEXT_WIDTH }, title),
          ])
        : box({ fontSize: 34, color: '#ffbf47', fontWeight: 700 }, text.host ?? ''),
    ],
  );
  return satori(card as Parameters<typeof satori>[0], { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, fonts: loadFonts() });
}

/** Bump when the card's look or encoding changes, so cached cards are drawn again. */
const CARD_VERSION = 2;

/**
 * The card as a PNG of 1200×630 (~0.1 s each); kept in `cacheDir` by its text, so a rebuild only draws new cards.
 * A palette of 256 colours, which the card's five and their anti-aliased edges fit: 27 KB instead of 61 KB
 * for a long title, no slower (libimagequant at effort 1), and the same to the eye (16 colours roughen the edges).
 */
export async function renderShareCard(text: ShareCardText, cacheDir?: string): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify([CARD_VERSION, text]))
    .digest('hex')
    .slice(0, 32);
  const cached = cacheDir && join(cacheDir, `${key}.png`);
  if (cached) {
    try {
      return readFileSync(cached);
    } catch {
      // Not drawn yet.
    }
  }
  const png = await sharp(Buffer.from(await shareCardSvg(text)))
    .png({ palette: true, effort: 1 })
    .toBuffer();
  if (cached) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cached, png);
  }
  return png;
}
