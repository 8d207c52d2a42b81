import { z } from 'astro/zod';
import { httpsUrl, phoneField, text, webUrl } from './fields';

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
      /** Main office phone, when confirmed: `0212 3850 384`, may end with `máy lẻ 12`. */
      phone: phoneField().optional(),
      /** Fax number, when confirmed. */
      fax: phoneField().optional(),
      /** Official e-mail address, when confirmed; the "Trang này có hữu ích không?" mail goes to it. */
      email: z.email('một địa chỉ thư điện tử, ví dụ ten@sonla.gov.vn').optional(),
      /** Reception phone (bộ phận tiếp nhận, tiếp công dân), when confirmed. */
      reception: phoneField().optional(),
      /** Opening hours as visitors should read them, when confirmed: `Sáng 7:00–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu`. */
      hours: text().optional(),
      /** A public map at the address (https), when the address alone does not find it; left out, an OpenStreetMap search for the address. */
      map: httpsUrl().optional(),
      /** Hotlines shown in the header of every page; the first is the main one. */
      hotlines: z
        .array(
          z
            .object({
              /** e.g. `Đường dây nóng`. */
              label: text(),
              /** The label on the English pages, e.g. `Hotline`; `Hotline` when left out. */
              labelEn: text().optional(),
              /** The number. */
              number: phoneField(),
            })
            .strict(),
        )
        .min(1, 'ít nhất một số đường dây nóng'),
      /** Who is responsible for the content (name and position), as the law asks. */
      responsible: text(),
      /** The same facts in English, for the pages under /en/; the Vietnamese ones are shown when left out. */
      en: z
        .object({
          /** `Department of Foreign Affairs of Son La Province`. */
          name: text(),
          /** `Son La Provincial People's Committee`. */
          parent: text(),
          /** Street address in English, when confirmed. */
          address: text().optional(),
          /** Opening hours in English, when confirmed. */
          hours: text().optional(),
          /** Name and position in English. */
          responsible: text(),
        })
        .strict()
        .optional(),
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
                .array(
                  z
                    .object({
                      /** Site name. */
                      title: text(),
                      /** Its full address, https:// (http:// is accepted with a warning). */
                      url: webUrl(),
                    })
                    .strict(),
                )
                .min(1),
            })
            .strict(),
        )
        .min(1),
    })
    .strict();

/**
 * `content/cai-dat/thong-ke.yaml`: visitor figures taken from the site's
 * analytics, and the counters the site may load. A static site counts nothing
 * itself, so every figure shown says when it was taken. The page views
 * themselves are CSV files in `content/cai-dat/thong-ke/` (docs/thong-ke.md).
 */
export const statsSchema = () =>
  z
    .object({
      /** The old site's counter when it was retired (the figure carried forward). */
      legacyTotal: z.number().int().min(0),
      /** Where the legacy figure was read. */
      legacySource: text(),
      /**
       * A live "Đang truy cập" counter; left out, nothing is shown and no script is loaded.
       * Its host is fixed in code (src/lib/security/third-party.ts): the settings give the path on it.
       */
      online: z
        .object({
          /** The path on the counter's host that answers JSON holding the number of visitors online: `/api/online?site=1`. */
          path: z
            .string()
            .regex(/^\/(?!\/)[\w\-./?=&%]*$/, 'một đường dẫn bắt đầu bằng một dấu /, ví dụ /api/online?site=1 (máy chủ bộ đếm do bộ phận kỹ thuật đặt sẵn)'),
          /** Where the number is in the answer, by name: `visitors`, or `0.visitors`; left out when the answer is the number itself. */
          field: z
            .string()
            .regex(/^\w+(?:\.\w+)*$/, 'tên các trường nối bằng dấu chấm, ví dụ visitors hoặc 0.visitors')
            .optional(),
        })
        .strict()
        .optional(),
      /**
       * The EMC monitoring code (Thông tư 22/2023/TT-BTTTT); left out or `enabled: false`, nothing is loaded.
       * The script's address is fixed in code (src/lib/security/third-party.ts): the settings give the id only.
       */
      emc: z
        .object({
          /** `true` loads the EMC script on every page. */
          enabled: z.boolean(),
          /** The site id EMC gave when the site was registered. */
          siteId: z.string().regex(/^[\w-]+$/, 'mã website EMC cấp: chữ, số, gạch ngang'),
        })
        .strict()
        .optional(),
    })
    .strict();
