import type { ImageFunction } from 'astro:content';
import { z } from 'astro/zod';
import { calendarDayFromYamlDate, parseVietnamDate } from '../lib/shared/dates';
import { attachmentExtension } from '../lib/media/files';
import { readPhone } from '../lib/phone/number';

/**
 * What a schema needs from whoever parses it: Astro passes its `image()`
 * helper; the content check (src/lib/checks/content-check.ts) passes one that also
 * checks the file exists. `file()` is a file beside the entry (an attachment,
 * a video, a captions track).
 */
export interface SchemaContext {
  image: ImageFunction;
  file: (kind: FileKind) => z.ZodType<string>;
}

export type FileKind = 'attachment' | 'video' | 'captions';

/** Expected shapes, worded for the staff who read the error. */
export const EXPECTED_DATE = 'một ngày có thật, viết YYYY-MM-DD (ví dụ 2025-03-01), hoặc kèm giờ và múi giờ (ví dụ 2025-03-01T08:30+07:00)';

/**
 * A calendar day in Vietnam. Strings are read strictly (2025-02-31 fails);
 * Dates from a YAML parser that resolved them are taken as the day written.
 */
export const dateField = () =>
  z.preprocess(
    (value) => {
      if (value instanceof Date) return calendarDayFromYamlDate(value);
      if (typeof value === 'string') return parseVietnamDate(value) ?? value;
      return value;
    },
    z.date({ error: EXPECTED_DATE }),
  );

/** Text that must not be empty. */
export const text = () => z.string().trim().min(1, 'một đoạn chữ, không để trống');

/** A file name that may stand in a URL, for files beside an entry. */
export const localFileName = (kind: FileKind) => {
  const checks: Record<FileKind, (name: string) => boolean> = {
    attachment: (name) => attachmentExtension(name) !== undefined,
    video: (name) => /\.mp4$/i.test(name),
    captions: (name) => /\.vtt$/i.test(name),
  };
  const expected: Record<FileKind, string> = {
    attachment: 'tên tệp PDF, DOC, DOCX, XLS, XLSX, ODT hoặc ODS nằm cạnh tệp Markdown',
    video: 'tên tệp .mp4 nằm cạnh tệp Markdown',
    captions: 'tên tệp phụ đề .vtt nằm cạnh tệp Markdown',
  };
  return z.string().refine((name) => /^[a-z0-9][a-z0-9._-]*$/.test(name) && checks[kind](name), expected[kind]);
};

/** An absolute address whose scheme is one of `schemes`, with one message for what is wrong. */
const absoluteUrl = (schemes: string[]) =>
  z.string().superRefine((value, context) => {
    let protocol: string;
    try {
      protocol = new URL(value).protocol;
    } catch {
      context.addIssue({ code: 'custom', message: 'một địa chỉ web đầy đủ, bắt đầu bằng https://' });
      return;
    }
    if (!schemes.includes(protocol)) {
      context.addIssue({ code: 'custom', message: 'một địa chỉ web bắt đầu bằng https://' });
    }
  });

/** An absolute web address: https, or http (which the settings check warns about). */
export const webUrl = () => absoluteUrl(['https:', 'http:']);

/** An absolute https address. */
export const httpsUrl = () => absoluteUrl(['https:']);

/**
 * What a field means, for the checks that look beyond its schema: the settings
 * check finds phone numbers by this mark (src/lib/settings/check.ts), whatever
 * the field is called. A registry of its own, so the mark stays out of the
 * editor's JSON Schema.
 */
export const fieldKinds = z.registry<{ kind: 'phone' }>();

/**
 * A Vietnamese phone number, given back as shown and as a `tel:` link. A form
 * the 2017 or 2018 changes replaced is converted here; the settings check
 * warns about it.
 */
export const phoneField = () => {
  const field = z.string().transform((value, context) => {
    const reading = readPhone(value);
    if (reading.ok) return reading.number;
    context.addIssue({ code: 'custom', message: reading.expected });
    return z.NEVER;
  });
  fieldKinds.add(field, { kind: 'phone' });
  return field;
};
