import { z } from 'astro/zod';
import type { SchemaContext } from './fields';
import { dateField, text } from './fields';

/** Kinds of legal and administrative documents (Luật Ban hành văn bản QPPL 2015, Nghị định 30/2020/NĐ-CP). */
export const DOCUMENT_TYPES = [
  'Luật',
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Chỉ thị',
  'Thông tư',
  'Thông tư liên tịch',
  'Quy chế',
  'Quy định',
  'Chương trình',
  'Kế hoạch',
  'Công văn',
  'Báo cáo',
  'Thông báo',
  'Hướng dẫn',
  // International agreements the province takes part in (Luật Điều ước quốc tế 2016, Luật Thỏa thuận quốc tế 2020).
  'Điều ước quốc tế',
  'Thỏa thuận quốc tế',
  // A draft published for comment (Luật Ban hành văn bản QPPL 2015, Art. 120): needs `comment`.
  'Dự thảo lấy ý kiến',
  'Văn bản khác',
] as const;

/** The type that carries a comment period. */
export const DRAFT_TYPE = 'Dự thảo lấy ý kiến' satisfies (typeof DOCUMENT_TYPES)[number];

/** How a draft open for comment is answered. */
const commentPeriod = z
  .object({
    /** Last day comments are taken: `2025-03-31` (the draft is "đã hết hạn" the day after, Vietnam time). */
    deadline: dateField(),
    /** How to send a comment: address, e-mail, form, in plain words. */
    how: text(),
  })
  .strict();

/** Whether a document still applies. */
export const DOCUMENT_STATUSES = ['Còn hiệu lực', 'Hết hiệu lực một phần', 'Hết hiệu lực', 'Chưa có hiệu lực'] as const;

/** An attached file beside the Markdown, with an optional title. */
export const attachment = (file: SchemaContext['file']) =>
  z.union([
    file('attachment'),
    z
      .object({
        /** File name beside this Markdown file: `qd-12-2025.pdf`. */
        file: file('attachment'),
        /** Shown instead of the file name: `Phụ lục kèm theo`. */
        title: text().optional(),
      })
      .strict(),
  ]);

/**
 * An official document (văn bản): `content/van-ban/<slug>.md`, attachments beside it.
 * Fields follow what Nghị định 42/2022/NĐ-CP, Art. 4 asks a listing to show.
 */
export const documentSchema = ({ file }: SchemaContext) =>
  z
    .object({
      /** Số/ký hiệu: `02/2015/TTLT-BNG-BNV`. */
      number: text(),
      /** Loại văn bản, one of DOCUMENT_TYPES. */
      type: z.enum(DOCUMENT_TYPES),
      /** Cơ quan ban hành; a list for joint documents. */
      issuer: z.union([text().transform((name) => [name]), z.array(text()).min(1)]),
      /** Lĩnh vực: `Tổ chức bộ máy`, `Hợp tác quốc tế`. */
      field: text(),
      /** Người ký (name, and position when known). */
      signer: text().optional(),
      /** Ngày ban hành. */
      issued: dateField(),
      /** Ngày hiệu lực, when it is known. */
      effective: dateField().optional(),
      /** Tình trạng hiệu lực, when it is known. */
      status: z.enum(DOCUMENT_STATUSES).optional(),
      /** Trích yếu: what the document is about. */
      summary: text(),
      /** Attached files beside this Markdown file (PDF, DOC/DOCX, XLS/XLSX, ODT/ODS). */
      files: z.array(attachment(file)).default([]),
      /** For a `Dự thảo lấy ý kiến` only: until when and how comments are taken. */
      comment: commentPeriod.optional(),
      /** `true` for a budget disclosure (công khai ngân sách, Thông tư 343/2016/TT-BTC): listed on its own page too. */
      budget: z.boolean().default(false),
    })
    .strict()
    .refine((doc) => !doc.effective || doc.effective >= doc.issued, {
      message: 'ngày hiệu lực không sớm hơn ngày ban hành',
      path: ['effective'],
    })
    .refine((doc) => doc.type !== DRAFT_TYPE || doc.comment, {
      message: 'mục comment, gồm hạn góp ý (deadline) và cách góp ý (how), cho một dự thảo lấy ý kiến',
      path: ['comment'],
    })
    .refine((doc) => doc.type === DRAFT_TYPE || !doc.comment, {
      message: `bỏ mục comment: mục này chỉ dùng cho loại "${DRAFT_TYPE}"`,
      path: ['comment'],
    })
    .refine((doc) => !doc.comment || doc.comment.deadline >= doc.issued, {
      message: 'hạn góp ý không sớm hơn ngày ban hành (ngày đăng dự thảo)',
      path: ['comment', 'deadline'],
    });
