import { PHOTO_MAX_BYTES } from '../checks/media-check';

const MB = 1024 * 1024;

/** Attachments: the staff guide asks for PDFs under 20 MB (docs/huong-dan-bien-tap.md, "Giới hạn"). */
export const ATTACHMENT_MAX_BYTES = 20 * MB;

/**
 * The longest side a photo keeps when the editor resizes it: above the
 * widest picture a page shows (1600 px, src/lib/media/image-roles.ts), so the
 * build still has room to crop and scale, while a phone's 4000 × 3000
 * photo of 5 MB becomes a few hundred kilobytes.
 */
export const PHOTO_MAX_SIDE = 2400;

/**
 * What the editor does with an upload before it commits it (Sveltia CMS's
 * default media library: https://sveltiacms.app/en/docs/media#image-optimization).
 * A photo (JPEG, PNG, GIF, AVIF, WebP, an iPhone's HEIC) is scaled down to
 * PHOTO_MAX_SIDE and saved as WebP at quality 85, a format the content check
 * and the site's images accept (src/lib/checks/media-check.ts); the file name
 * is made ASCII kebab-case, as the check asks; a file still larger than the
 * limit is refused with the editor's own message.
 */
export function photoLibrary() {
  return {
    default: {
      config: {
        max_file_size: PHOTO_MAX_BYTES,
        slugify_filename: true,
        transformations: { raster_image: { format: 'webp', quality: 85, width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE } },
      },
    },
  } as const;
}

/** Attachments and clips (file fields): named as the check asks, up to ATTACHMENT_MAX_BYTES, not converted. */
export function attachmentLibrary() {
  return { default: { config: { max_file_size: ATTACHMENT_MAX_BYTES, slugify_filename: true } } } as const;
}
