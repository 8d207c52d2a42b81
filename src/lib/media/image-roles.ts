/**
 * Image widths by the role an image plays in the layout, so every picture
 * offers the sizes its slot needs and no more. `sizes` says how wide the slot
 * is, so the browser picks the smallest file that stays sharp.
 */
export const IMAGE_ROLES = {
  /** Small picture beside a headline or in the sidebar. */
  thumbnail: { widths: [160, 320, 480], sizes: '(min-width: 40rem) 15rem, 6.5rem' },
  /** A card in a grid of albums, clips or photos. */
  card: { widths: [320, 480, 640], sizes: '(min-width: 60rem) 14rem, (min-width: 30rem) 45vw, 100vw' },
  /** Sidebar widget picture, 18rem wide at most. */
  widget: { widths: [288, 576], sizes: '(min-width: 60rem) 18rem, 100vw' },
  /** Across the content column (article cover, video poster). */
  content: { widths: [400, 800, 1200], sizes: '(min-width: 72rem) 44rem, 100vw' },
  /** A leader's portrait. */
  portrait: { widths: [160, 240, 480], sizes: '(min-width: 40rem) 15rem, 7.5rem' },
  /** The full view of an album photo. */
  full: { widths: [800, 1600], sizes: '100vw' },
} as const;

export type ImageRole = keyof typeof IMAGE_ROLES;

/**
 * WebP, with JPEG as the fallback every browser reads (one width: src/components/media/ResponsivePicture.astro). AVIF is not made: its
 * files are ~30 % smaller but it costs ~4× WebP's encode time, which a
 * 10,000-entry site cannot afford on a 2-core runner (docs/dev/performance.md,
 * "Image formats").
 */
export const IMAGE_FORMAT = 'webp';
export const FALLBACK_FORMAT = 'jpeg';

/**
 * The widths of a role that an image can fill without being enlarged; an
 * original narrower than the role's largest width is offered at its own width.
 */
export function widthsFor(role: ImageRole, originalWidth: number): number[] {
  const widths: number[] = IMAGE_ROLES[role].widths.filter((width) => width <= originalWidth);
  const largest = IMAGE_ROLES[role].widths.at(-1)!;
  if (originalWidth < largest && widths.at(-1) !== originalWidth) widths.push(originalWidth);
  return widths;
}
