import { z } from 'astro/zod';
import type { SchemaContext } from './fields';
import { dateField, text } from './fields';

/**
 * News categories, as staff write them. Each becomes a page
 * `/tin-tuc/chuyen-muc/<slug>/` with the slug folded from its name.
 */
export const NEWS_CATEGORIES = [
  'Hoạt động đối ngoại',
  'Hợp tác quốc tế',
  'Biên giới lãnh thổ',
  'Người Việt Nam ở nước ngoài',
  'Thông tin đối ngoại',
  'Hoạt động của Sở',
  'Thông báo',
] as const;

/** A news article: `content/tin-tuc/<slug>.md` (year folders allowed), images beside it. */
export const newsSchema = ({ image }: SchemaContext) =>
  z
    .object({
      /** Headline. */
      title: text(),
      /** Day of publication: `2025-03-01`. */
      date: dateField(),
      /** One of the categories listed in NEWS_CATEGORIES. */
      category: z.enum(NEWS_CATEGORIES),
      /** One or two sentences shown under the headline and in lists. */
      summary: text(),
      /** Cover image beside this file. */
      cover: image().optional(),
      /** What the cover image shows, for readers who cannot see it. */
      coverAlt: text().optional(),
      /** Who wrote the article. */
      author: text(),
      /** Where the article first appeared, when taken from elsewhere. */
      source: text().optional(),
      /** The day the article was last corrected or added to, shown as "Cập nhật lần cuối"; not earlier than `date`. */
      updated: dateField().optional(),
      /** `true` puts the article in the home page's featured slot (the newest such article). */
      featured: z.boolean().default(false),
    })
    .strict()
    .refine((article) => !article.cover || article.coverAlt, {
      message: 'mô tả ảnh bìa (coverAlt) khi có ảnh bìa',
      path: ['coverAlt'],
    })
    .refine((article) => !article.updated || article.updated >= article.date, {
      message: 'ngày cập nhật (updated) không sớm hơn ngày đăng (date)',
      path: ['updated'],
    });
