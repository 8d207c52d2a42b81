import { z } from 'astro/zod';
import type { SchemaContext } from './fields';
import { dateField, text } from './fields';

/** A photo album: `content/album-anh/<slug>/index.md` with its photos in the same folder. */
export const albumSchema = ({ image }: SchemaContext) =>
  z
    .object({
      /** Album title. */
      title: text(),
      /** Day of the event. */
      date: dateField(),
      /** One or two sentences about the event. */
      summary: text(),
      /** The photo shown in lists; the first photo when left out. */
      cover: image().optional(),
      /** The photos, in the order they are shown. */
      photos: z
        .array(
          z
            .object({
              /** Image file in the album's folder. */
              file: image(),
              /** What the photo shows, for readers who cannot see it. */
              alt: text(),
              /** Caption shown under the photo. */
              caption: text().optional(),
              /** Who took the photo. */
              credit: text().optional(),
            })
            .strict(),
        )
        .min(1, 'ít nhất một ảnh'),
    })
    .strict();
