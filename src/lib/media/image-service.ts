/**
 * Astro's sharp image service, with one rule added: a JPEG made from a picture
 * that may be transparent (PNG, WebP, AVIF, GIF, TIFF) is laid on white. JPEG
 * has no transparency and sharp would fill it with black, so a logo or a chart
 * with a clear background would publish as a black box (issue #16). AVIF and
 * WebP copies keep their transparency.
 *
 * The background is set in `validateOptions`, so it is part of each copy's
 * hash and reaches every width of a `srcset`.
 */
import type { ImageTransform, LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';

/** What a transparent area becomes in a JPEG: the page's own background. */
export const JPEG_BACKGROUND = '#fff';

/** Formats that can carry an alpha channel; a JPEG never does. */
const MAY_BE_TRANSPARENT = new Set(['png', 'webp', 'avif', 'gif', 'tiff']);

/** The background a copy needs: white for a JPEG made from a format that may be transparent, else none. */
export function jpegBackground(sourceFormat: string | undefined, outputFormat: string | undefined): string | undefined {
  if (outputFormat !== 'jpeg' && outputFormat !== 'jpg') return undefined;
  return sourceFormat === undefined || MAY_BE_TRANSPARENT.has(sourceFormat) ? JPEG_BACKGROUND : undefined;
}

const sourceFormatOf = (src: ImageTransform['src']) => (typeof src === 'string' ? undefined : src.format);

const imageService: LocalImageService = {
  ...sharpService,
  async validateOptions(options, imageConfig, logger) {
    const validated = sharpService.validateOptions ? await sharpService.validateOptions(options, imageConfig, logger) : options;
    const background = validated.background ?? jpegBackground(sourceFormatOf(validated.src), validated.format);
    if (background) validated.background = background;
    return validated;
  },
};

export default imageService;
