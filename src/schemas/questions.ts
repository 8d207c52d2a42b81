import { z } from 'astro/zod';
import type { SchemaContext } from './fields';
import { dateField, text } from './fields';

/**
 * A question and its answer (hỏi đáp): `content/hoi-dap/<slug>.md`. The
 * body is the full answer; `answer` is its short form, shown first and read
 * by search engines (FAQPage).
 */
export const questionSchema = (_context: SchemaContext) =>
  z
    .object({
      /** The question, as the citizen would ask it. */
      question: text(),
      /** Chủ đề: the questions are grouped by it: `Hộ chiếu, thị thực`, `Hội nghị quốc tế`. */
      topic: text(),
      /** The answer in one to three sentences. */
      answer: text(),
      /** Day the answer appears on the site; a later day schedules it. */
      date: dateField(),
      /** Who asked, when they agree to be named: `Ông Lò Văn A, Mộc Châu`. */
      asker: text().optional(),
      /** Who answered: `Phòng Lãnh sự`. */
      answeredBy: text().optional(),
    })
    .strict();
