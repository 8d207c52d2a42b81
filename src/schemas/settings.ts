import { z } from 'astro/zod';
import { normalizePhone } from '../lib/phone';
import { httpsUrl, text } from './fields';

const phone = () =>
  z
    .string()
    .refine((value) => normalizePhone(value) !== null, 'một số điện thoại Việt Nam, ví dụ 0212 3850 384')
    .transform((value) => normalizePhone(value)!);

/** `content/cai-dat/site.yaml`: who the agency is and how to reach it. */
export const siteSchema = () =>
  z
    .object({
      /** Full name of the agency. */
      name: text(),
      /** The body it belongs to, shown above the name. */
      parent: text(),
      /** Street address, when confirmed. */
      address: text().optional(),
      /** Main office phone, when confirmed. */
      phone: phone().optional(),
      /** Official e-mail address, when confirmed. */
      email: z.string().email('một địa chỉ thư điện tử, ví dụ ten@sonla.gov.vn').optional(),
      /** Hotlines shown in the header of every page; the first is the main one. */
      hotlines: z
        .array(z.object({ /** e.g. `Đường dây nóng`. */ label: text(), /** The number. */ number: phone() }).strict())
        .min(1, 'ít nhất một số đường dây nóng'),
      /** Who is responsible for the content (name and position), as the law asks. */
      responsible: text(),
    })
    .strict();

/** `content/cai-dat/lien-ket.yaml`: links to related agencies, in groups. */
export const linksSchema = () =>
  z
    .object({
      groups: z
        .array(
          z
            .object({
              /** Group heading: `Cơ quan Trung ương`. */
              title: text(),
              links: z
                .array(z.object({ /** Site name. */ title: text(), /** Its address. */ url: httpsUrl() }).strict())
                .min(1),
            })
            .strict(),
        )
        .min(1),
    })
    .strict();

/**
 * `content/cai-dat/thong-ke.yaml`: visitor figures taken from the site's
 * analytics. A static site counts nothing itself, so every figure shown says
 * when it was taken.
 */
export const statsSchema = () =>
  z
    .object({
      /** The old site's counter when it was retired (the figure carried forward). */
      legacyTotal: z.number().int().min(0),
      /** Where the legacy figure was read. */
      legacySource: text(),
    })
    .strict();
