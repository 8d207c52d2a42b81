import { z } from 'astro/zod';
import type { SchemaContext } from './fields';
import { phoneField, text } from './fields';

/** A leader of the department: `content/lanh-dao/<slug>.md`; the body is the biography. */
export const leaderSchema = ({ image }: SchemaContext) =>
  z
    .object({
      /** Full name: `Cầm Văn Phương`. */
      name: text(),
      /** Position: `Giám đốc`, `Phó Giám đốc`. */
      position: text(),
      /** Position in the list: 1 comes first (the director). */
      order: z.number().int().min(1),
      /** Office phone, Vietnamese format: `0212 3850 384`. */
      phone: phoneField().optional(),
      /** Official e-mail address. */
      email: z.email('một địa chỉ thư điện tử, ví dụ ten@sonla.gov.vn').optional(),
      /** Portrait beside this file (JPEG or PNG). */
      photo: image().optional(),
      /** What the portrait shows, for readers who cannot see it. */
      photoAlt: text().optional(),
    })
    .strict()
    .refine((leader) => !leader.photo || leader.photoAlt, {
      message: 'mô tả ảnh (photoAlt) khi có ảnh chân dung',
      path: ['photoAlt'],
    });
