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
  'Văn bản khác',
] as const;

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
    })
    .strict()
    .refine((doc) => !doc.effective || doc.effective >= doc.issued, {
      message: 'ngày hiệu lực không sớm hơn ngày ban hành',
      path: ['effective'],
    });
