import { z } from 'astro/zod';
import { attachment } from './documents';
import type { SchemaContext } from './fields';
import { dateField, httpsUrl, text } from './fields';

/** Who carries a procedure out (cấp thực hiện). */
export const PROCEDURE_LEVELS = ['Cấp tỉnh', 'Cấp xã', 'Cấp trung ương'] as const;

/** A code of the national database of procedures: `1.005432`, `2.001234`. */
const PORTAL_CODE = /^\d\.\d{6}$/;

/** The national public-service portal, where citizens apply online. */
const PORTAL_HOST = 'dichvucong.gov.vn';

/** One source of law a procedure rests on, linked to its page under /van-ban/ when the site has it. */
const legalBasis = z
  .object({
    /** The document as citizens know it: `Nghị định 80/2020/NĐ-CP`. */
    title: text(),
    /** The document's file name under `van-ban/` (without `.md`), when the site publishes it. */
    document: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'tên tệp của văn bản trong thư mục van-ban/, không có .md, ví dụ nd-80-2020')
      .optional(),
  })
  .strict();

/**
 * An administrative procedure (thủ tục hành chính) the department handles:
 * `content/thu-tuc-hanh-chinh/<slug>.md`, forms beside it. The body is
 * optional notes; the steps are a field so every page reads the same way.
 */
export const procedureSchema = ({ file }: SchemaContext) =>
  z
    .object({
      /** Name of the procedure, as on the national portal. */
      title: text(),
      /** Mã thủ tục on the national portal (Cơ sở dữ liệu quốc gia về TTHC): `1.005432`. */
      code: z.string().regex(PORTAL_CODE, 'mã thủ tục trên Cổng Dịch vụ công quốc gia, dạng 1.005432'),
      /** The procedure's page on dichvucong.gov.vn, where citizens apply online. */
      portalUrl: httpsUrl().refine((url) => {
        const host = URL.canParse(url) ? new URL(url).hostname : '';
        return host === PORTAL_HOST || host.endsWith(`.${PORTAL_HOST}`);
      }, `địa chỉ trang của thủ tục trên Cổng Dịch vụ công quốc gia, bắt đầu bằng https://${PORTAL_HOST}/`),
      /** Lĩnh vực: `Hội nghị, hội thảo quốc tế`, `Lãnh sự`. */
      field: text(),
      /** Cấp thực hiện, one of PROCEDURE_LEVELS. */
      level: z.enum(PROCEDURE_LEVELS),
      /** Day the procedure appears on the site; a later day schedules it. */
      date: dateField(),
      /** Thời hạn giải quyết: `05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ`. */
      processingTime: text(),
      /** Phí, lệ phí: `Không` or the amounts. */
      fees: text(),
      /** Đối tượng thực hiện: who may apply. */
      applicants: text(),
      /** Cơ quan thực hiện, where the file is received. */
      agency: text().optional(),
      /** Trình tự thực hiện: the plain steps, in order, one per line. */
      steps: z.array(text()).min(1),
      /** Thành phần hồ sơ: the documents to bring or upload, one per line. */
      requirements: z.array(text()).min(1),
      /** Forms to download, beside this file (PDF, DOC, DOCX…). */
      forms: z.array(attachment(file)).default([]),
      /** Căn cứ pháp lý. */
      legalBasis: z.array(legalBasis).default([]),
    })
    .strict();
