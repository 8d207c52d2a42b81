import { z } from 'astro/zod';
import type { SchemaContext } from './fields';
import { dateField, text } from './fields';

/** A YouTube video id is 11 characters of A–Z, a–z, 0–9, `-` and `_`. */
export const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** A video clip: `content/video/<slug>.md`; the body, when given, is the transcript. */
export const videoSchema = ({ image, file }: SchemaContext) =>
  z
    .object({
      /** Clip title. */
      title: text(),
      /** Day the clip was published. */
      date: dateField(),
      /** One or two sentences about the clip. */
      summary: text().optional(),
      /** Either a local MP4 file beside this file, or a YouTube video id (11 characters). */
      source: z.union([
        z.object({ file: file('video') }).strict(),
        z.object({ youtube: z.string().regex(YOUTUBE_ID, 'mã video YouTube gồm 11 ký tự, ví dụ dQw4w9WgXcQ') }).strict(),
      ]),
      /** Still image shown before playing, beside this file. */
      poster: image(),
      /** What the poster shows. */
      posterAlt: text(),
      /** Length as `m:ss` or `h:mm:ss`. */
      duration: z.string().regex(/^(\d+:)?\d{1,2}:\d{2}$/, 'độ dài dạng phút:giây, ví dụ 3:25'),
      /** Captions track (WebVTT) beside this file, for a local MP4. */
      captions: file('captions').optional(),
    })
    .strict()
    .refine((clip) => !clip.captions || 'file' in clip.source, {
      message: 'phụ đề chỉ dùng cho video MP4 đặt trên trang (video YouTube có phụ đề riêng)',
      path: ['captions'],
    });
